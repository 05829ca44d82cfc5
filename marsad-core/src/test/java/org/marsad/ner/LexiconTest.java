package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private final Lexicon lexicon = new Lexicon(
      List.of("LOC\tالرياض", "PER\tرجب طيب أردوغان", "T_PER\tالرئيس"), LightSegmenter.INSTANCE);

  private int[][] match(String... words) {
    long[] stems = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      stems[i] = Lexicon.stemHash(WordClusters.key(words[i]), LightSegmenter.INSTANCE);
    }
    int[] begin = new int[words.length];
    int[] inside = new int[words.length];
    lexicon.match(stems, words.length, begin, inside);
    return new int[][] {begin, inside};
  }

  private static int bit(String cls) {
    return 1 << Lexicon.CLASSES.indexOf(cls);
  }

  @Test
  void matchesThroughAttachedClitics() {
    assertEquals(bit("LOC"), match("وبالرياض")[0][0]);
  }

  @Test
  void marksMultiWordMatchesAsBeginAndInside() {
    int[][] m = match("الرئيس", "رجب", "طيب", "أردوغان");
    assertEquals(bit("T_PER"), m[0][0]);
    assertEquals(bit("PER"), m[0][1]);
    assertEquals(bit("PER"), m[1][2]);
    assertEquals(bit("PER"), m[1][3]);
  }

  @Test
  void ignoresPartialPhrases() {
    int[][] m = match("رجب", "طيب");
    assertEquals(0, m[0][0]);
  }

  @Test
  void rejectsAnUnknownClass() {
    assertThrows(IllegalArgumentException.class,
        () -> new Lexicon(List.of("CITY\tالرياض"), LightSegmenter.INSTANCE));
  }
}
