package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.marsad.model.CharSpan;

class ArabicNormalizerTest {
  private static void check(String input, String expected) {
    assertEquals(expected, ArabicNormalizer.normalize(input).text());
    assertEquals(expected, ArabicNormalizer.fold(input));
  }

  @Test
  void foldsHamzaAndMaddaAlefFormsToBareAlef() {
    check("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله");
  }

  @Test
  void foldsAlefMaksuraToYeh() {
    check("مستشفى على", "مستشفي علي");
  }

  @Test
  void foldsTehMarbutaToHehForMatching() {
    check("حكومة الوفاق", "حكومه الوفاق");
  }

  @Test
  void foldsHamzaSeatsToBareHamza() {
    check("مسؤول مسئول", "مسءول مسءول");
  }

  @Test
  void dropsTatweelAndDiacritics() {
    check("أمـــس", "امس");
    check("أَمْسِ", "امس");
    check("مُحَمَّدٌ", "محمد");
  }

  @Test
  void foldsArabicIndicAndPersianDigitsToAscii() {
    check("٢٣/١٢/٢٠١٥", "23/12/2015");
    check("۱۴۰۰", "1400");
    check("٣٫٥", "3.5");
  }

  @Test
  void foldsPresentationFormsToLetters() {
    check("ﺃﺭﺩﻭﻏﺎﻥ", "اردوغان");
  }

  @Test
  void expandsLigaturesKeepingTheWayBack() {
    NormalizedText n = ArabicNormalizer.normalize("ﻻ شك");
    assertEquals("لا شك", n.text());
    assertEquals(new CharSpan(0, 1), n.toOriginal(0, 2));
    assertEquals(new CharSpan(2, 4), n.toOriginal(3, 5));
  }

  @Test
  void dropsZeroWidthAndBidiControls() {
    check("أردو\u200Cغان\u200F \u202Bنص\u202C\uFEFF", "اردوغان نص");
  }

  @Test
  void foldsPersianKafAndYeh() {
    check("کیف", "كيف");
  }

  @Test
  void leavesLatinTextUntouched() {
    NormalizedText n = ArabicNormalizer.normalize("Erdogan met Sarraj, 2019.");
    assertEquals("Erdogan met Sarraj, 2019.", n.text());
    assertSame(n.original(), n.text());
  }

  @Test
  void mapsNormalizedSpansBackToTheOriginalIncludingDiacritics() {
    String original = "قال مُحَمَّدٌ أمـس";
    NormalizedText n = ArabicNormalizer.normalize(original);
    int s = n.text().indexOf("محمد");
    CharSpan span = n.toOriginal(s, s + 4);
    assertEquals("مُحَمَّدٌ", span.of(original));
    int y = n.text().indexOf("امس");
    assertEquals("أمـس", n.toOriginal(y, y + 3).of(original));
  }

  @Test
  void mapsEmptyRangesToEmptySpans() {
    NormalizedText n = ArabicNormalizer.normalize("أمس");
    assertEquals(new CharSpan(3, 3), n.toOriginal(3, 3));
    assertEquals(new CharSpan(0, 0), n.toOriginal(0, 0));
  }

  @Test
  void foldsIntoCallerBuffersWithoutAllocating() {
    char[] in = "وأَمـس".toCharArray();
    char[] out = new char[8];
    int[] from = new int[8];
    int n = ArabicNormalizer.fold(in, 0, in.length, out, from);
    assertEquals("وامس", new String(out, 0, n));
    assertEquals(5, from[3]);
  }
}
