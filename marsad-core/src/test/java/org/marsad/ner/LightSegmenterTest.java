package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LightSegmenterTest {
  private static String split(String folded) {
    int s = LightSegmenter.INSTANCE.split(folded, folded);
    int p = CliticSplitter.proclitics(s);
    int e = folded.length() - CliticSplitter.enclitics(s);
    return folded.substring(0, p) + "+" + folded.substring(p, e) + "+" + folded.substring(e);
  }

  @Test
  void splitsConjunctionPrepositionAndArticle() {
    assertEquals("وبال+حكومه+", split("وبالحكومه"));
  }

  @Test
  void splitsTheLamOfLilAsArticle() {
    assertEquals("لل+حكومه+", split("للحكومه"));
  }

  @Test
  void keepsShortWordsWhole() {
    assertEquals("+وزن+", split("وزن"));
  }

  @Test
  void leavesAPrepositionWithoutArticleAttachedBecauseNamesStartWithItToo() {
    assertEquals("+لبنان+", split("لبنان"));
  }

  @Test
  void splitsAPossessiveEnclitic() {
    assertEquals("+كتاب+هم", split("كتابهم"));
  }
}
