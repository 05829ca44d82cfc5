package org.marsad.ner.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.ner.Labels;

class ConllReaderTest {
  private static ConllCorpus read(String text, boolean strict) throws IOException {
    return new ConllReader(strict).read(new StringReader(text), "gold.txt");
  }

  @Test
  void readsSentencesSeparatedByBlankLines() throws IOException {
    ConllCorpus c = read("قال O\nأردوغان B-PERS\n\nفي O\nأنقرة B-LOC\n", true);
    assertEquals(2, c.sentences().size());
    assertEquals(4, c.tokens());
    assertArrayEquals(new int[] {Labels.O, Labels.begin(EntityType.LOC)},
        c.sentences().get(1).labels());
  }

  @Test
  void acceptsPerAndPersAndTakesTheLastFieldAsTheLabel() throws IOException {
    ConllCorpus c = read("رجب x B-PER\nأردوغان I-PERS\n", true);
    assertArrayEquals(new int[] {Labels.begin(EntityType.PER), Labels.inside(EntityType.PER)},
        c.sentences().get(0).labels());
    assertEquals("رجب", c.sentences().get(0).words().get(0));
  }

  @Test
  void rejectsAnUnknownLabelWithItsLineNumber() {
    ConllFormatException e = assertThrows(ConllFormatException.class,
        () -> read("قال O\n\nأنقرة B-CITY\n", false));
    assertTrue(e.getMessage().startsWith("gold.txt line 3: unknown label 'B-CITY'"),
        e.getMessage());
  }

  @Test
  void rejectsALineWithoutALabel() {
    ConllFormatException e = assertThrows(ConllFormatException.class,
        () -> read("قال O\nأنقرة\n", false));
    assertTrue(e.getMessage().startsWith("gold.txt line 2: 'أنقرة' has no label"),
        e.getMessage());
  }

  @Test
  void rejectsAnInsideLabelAfterOutsideInStrictMode() {
    ConllFormatException e = assertThrows(ConllFormatException.class,
        () -> read("قال O\nأنقرة I-LOC\n", true));
    assertTrue(e.getMessage().startsWith("gold.txt line 2: I-LOC follows O"), e.getMessage());
  }

  @Test
  void repairsAnInsideLabelAfterOutsideAndCountsIt() throws IOException {
    ConllCorpus c = read("قال O\nأنقرة I-LOC\nرجب B-PERS\nمصر I-LOC\n", false);
    assertEquals(2, c.repairs());
    assertEquals(Labels.begin(EntityType.LOC), c.sentences().get(0).label(1));
    assertEquals(Labels.begin(EntityType.LOC), c.sentences().get(0).label(3));
  }

  @Test
  void namesAMissingFile() {
    ConllFormatException e = assertThrows(ConllFormatException.class,
        () -> new ConllReader(false).read(Path.of("no-such-dir", "gold.txt")));
    assertTrue(e.getMessage().contains("gold.txt does not exist"), e.getMessage());
  }
}
