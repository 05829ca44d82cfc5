package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LexiconErrorsTest {
  private static final String HEADER = "# comment\n\n";

  private static EventLexiconException triggers(String body) {
    return assertThrows(EventLexiconException.class, () -> EventCoder.load(
        new StringReader(HEADER + body), new StringReader("متظاهر\tCVL\n"), CameoTable.shared(),
        "my-triggers.tsv", "my-agents.tsv"));
  }

  @Test
  void malformedCameoCodeNamesFileAndLine() {
    EventLexiconException e = triggers("قتل|يقتل\tverb\t1823\t-\t-\nضرب|يضرب\tverb\t19X\t-\t-\n");
    assertEquals("my-triggers.tsv", e.file());
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("my-triggers.tsv line 4: '19X' is not a CAMEO code"),
        e.getMessage());
  }

  @Test
  void codeMissingFromTheCameoTableIsNamed() {
    EventLexiconException e = triggers("قتل|يقتل\tverb\t1999\t-\t-\n");
    assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("1999"),
        e.getMessage());
  }

  @Test
  void wrongColumnCountIsReported() {
    EventLexiconException e = triggers("قتل|يقتل\tverb\t1823\n");
    assertTrue(e.getMessage().contains("line 3: expected 5 tab-separated columns, found 3"),
        e.getMessage());
  }

  @Test
  void unknownPartOfSpeechFlagAndPrepositionAreReported() {
    assertTrue(triggers("قتل\tadj\t1823\t-\t-\n").getMessage().contains("part of speech 'adj'"));
    assertTrue(triggers("قتل\tverb\t1823\t-\tfast\n").getMessage().contains("flag 'fast'"));
    assertTrue(triggers("قتل\tverb\t1823\tتحت\t-\n").getMessage().contains("preposition 'تحت'"));
  }

  @Test
  void nonArabicFormIsReported() {
    assertTrue(triggers("kill\tverb\t1823\t-\t-\n").getMessage().contains("form 'kill'"));
  }

  @Test
  void badSectorInAgentsNamesFileAndLine() {
    EventLexiconException e = assertThrows(EventLexiconException.class, () -> EventCoder.load(
        new StringReader("قتل|يقتل\tverb\t1823\t-\t-\n"),
        new StringReader("متظاهر\tCVL\nشرطة\tcop\n"), CameoTable.shared(), "t.tsv", "a.tsv"));
    assertEquals("a.tsv", e.file());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("'cop' is not a CAMEO sector code"), e.getMessage());
  }

  @Test
  void cameoTableChecksQuadClassAndGoldstein() {
    EventLexiconException quad = assertThrows(EventLexiconException.class, () -> CameoTable.load(
        "c.tsv", new StringReader("190\tASSAULT\t-\t3\t-10.0\tfight\n")));
    assertTrue(quad.getMessage().startsWith("c.tsv line 1: QuadClass '3' for 190 should be 4"),
        quad.getMessage());
    EventLexiconException g = assertThrows(EventLexiconException.class, () -> CameoTable.load(
        "c.tsv", new StringReader("190\tASSAULT\t-\t4\t-12\tfight\n")));
    assertTrue(g.getMessage().contains("Goldstein value '-12'"), g.getMessage());
    EventLexiconException root = assertThrows(EventLexiconException.class, () -> CameoTable.load(
        "c.tsv", new StringReader("193\tASSAULT\t-\t4\t-\tsmall arms\n")));
    assertTrue(root.getMessage().contains("root 190"), root.getMessage());
  }

  @Test
  void shippedLexiconsLoad() {
    int[] sizes = EventCoder.shared().sizes();
    assertTrue(sizes[0] > 200 && sizes[1] > 2000 && sizes[2] > 40,
        () -> java.util.Arrays.toString(sizes));
  }
}
