package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbLoaderTest {
  private static final String PEOPLE = "id\tname_ar\tname_en\tforms\n";
  private static final String ROLES = "id\trole\tscope\tactor\tfrom\tto\n";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void malformedRowReportsFileAndLine() throws IOException {
    Path p = write("people.tsv", PEOPLE + "# comment\nmarsad:a\tأحمد\tAhmed\t\n"
        + "marsad:b\tباسم\tBasim\tx\textra\n");
    KbFormatException ex = assertThrows(KbFormatException.class,
        () -> KnowledgeBase.loadOnly(List.of(p)));
    assertEquals(4, ex.line());
    assertTrue(ex.getMessage().startsWith(p + " line 4: "), ex.getMessage());
  }

  @Test
  void badDateReportsFileAndLine() throws IOException {
    Path people = write("people.tsv", PEOPLE + "marsad:a\tأحمد\tAhmed\t\n");
    Path roles = write("roles.tsv", ROLES + "marsad:a\tFM\tTUR\tTURGOV\t2015-13-01\t\n");
    KbFormatException ex = assertThrows(KbFormatException.class,
        () -> KnowledgeBase.loadOnly(List.of(people, roles)));
    assertEquals(2, ex.line());
    assertTrue(ex.getMessage().contains("'2015-13-01' is not a date"), ex.getMessage());
  }

  @Test
  void unknownHeaderIsRejectedWithTheKnownOnes() throws IOException {
    Path p = write("x.tsv", "name\tcode\nفلان\tX\n");
    KbFormatException ex = assertThrows(KbFormatException.class,
        () -> KnowledgeBase.loadOnly(List.of(p)));
    assertEquals(1, ex.line());
    assertTrue(ex.getMessage().contains("id<TAB>name_ar<TAB>name_en<TAB>forms"), ex.getMessage());
  }

  @Test
  void duplicateIdsAreAnError() throws IOException {
    Path p = write("people.tsv", PEOPLE + "marsad:a\tأحمد\tAhmed\t\nmarsad:a\tباسم\tBasim\t\n");
    KbFormatException ex = assertThrows(KbFormatException.class,
        () -> KnowledgeBase.loadOnly(List.of(p)));
    assertEquals(3, ex.line());
    assertTrue(ex.getMessage().contains("duplicate id 'marsad:a'"), ex.getMessage());
  }

  @Test
  void roleOfUnknownIdIsAnError() throws IOException {
    Path people = write("people.tsv", PEOPLE + "marsad:a\tأحمد\tAhmed\t\n");
    Path roles = write("roles.tsv", ROLES + "marsad:zz\tFM\tTUR\tTURGOV\t\t\n");
    KbFormatException ex = assertThrows(KbFormatException.class,
        () -> KnowledgeBase.loadOnly(List.of(people, roles)));
    assertTrue(ex.getMessage().contains("unknown id 'marsad:zz'"), ex.getMessage());
  }

  @Test
  void badActorCodeIsAnError() throws IOException {
    Path people = write("people.tsv", PEOPLE + "marsad:a\tأحمد\tAhmed\t\n");
    Path roles = write("roles.tsv", ROLES + "marsad:a\tFM\tTUR\tturgov\t\t\n");
    KbFormatException ex = assertThrows(KbFormatException.class,
        () -> KnowledgeBase.loadOnly(List.of(people, roles)));
    assertTrue(ex.getMessage().contains("not a CAMEO actor code"), ex.getMessage());
  }

  @Test
  void collidingFormsGiveAWarningNamingBothEntries() throws IOException {
    Path p = write("people.tsv", PEOPLE + "marsad:a\tأحمد صالح\tAhmed Salih\tصالح\n"
        + "marsad:b\tعقيلة صالح\tAguila Saleh\tصالح\n");
    KnowledgeBase kb = KnowledgeBase.loadOnly(List.of(p));
    assertEquals(1, kb.warnings().size());
    String w = kb.warnings().get(0);
    assertTrue(w.contains("marsad:a") && w.contains("marsad:b"), w);
  }

  @Test
  void trailingEmptyColumnsMayBeLeftOut() throws IOException {
    Path p = write("people.tsv", PEOPLE + "marsad:a\tأحمد\n");
    assertEquals("أحمد", KnowledgeBase.loadOnly(List.of(p)).get("marsad:a").name());
  }

  @Test
  void userFileOverridesTheShippedEntryWithTheSameId() throws IOException {
    Path p = write("mine.tsv", PEOPLE + "Q39259\tأردوغان الرئيس\tErdogan (mine)\tالريس\n");
    KnowledgeBase kb = KnowledgeBase.load(List.of(p));
    assertEquals("Erdogan (mine)", kb.get("Q39259").nameEn());
    assertEquals("Q39259", kb.lookup("الريس", LocalDate.of(2019, 1, 1)).get(0).entry().id());
  }

  @Test
  void missingUserFileNamesThePath() {
    Path p = dir.resolve("nope.tsv");
    KbFormatException ex = assertThrows(KbFormatException.class,
        () -> KnowledgeBase.load(List.of(p)));
    assertTrue(ex.getMessage().contains("nope.tsv"), ex.getMessage());
  }

  @Test
  void countryTemplatesAndTitlesExpandPerCountry() throws IOException {
    Path c = write("countries.tsv",
        "code\tqid\tname_ar\tname_en\tforms\tadj_m\tadj_f\tdemonyms\tcapital\n"
            + "TUR\tQ43\tتركيا\tTurkey\t\tتركي\tتركية\tأتراك\t\n");
    Path o = write("country_orgs.tsv", "key\ttype\tactor_suffix\tname_en\tforms\n"
        + "gov\tORG\tGOV\tGovernment of {en}\tالحكومة {f}|حكومة {c}\n");
    KnowledgeBase kb = KnowledgeBase.loadOnly(List.of(c, o));
    KbEntry gov = kb.lookup("حكومة تركيا", null).get(0).entry();
    assertEquals("marsad:gov/TUR", gov.id());
    assertEquals("TURGOV", gov.actorOn(LocalDate.of(2020, 1, 1)));
    assertEquals("Q43", kb.lookup("الأتراك", null).get(0).entry().id());
  }
}
