package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.CharSpan;

class NormalizerProperties {
  /** Arabic letters, diacritics, tatweel, digits, presentation forms, controls, Latin, spaces. */
  @Provide
  Arbitrary<String> arabicish() {
    return Arbitraries.strings()
        .withCharRange('\u0600', '\u06FF')
        .withCharRange('\uFB50', '\uFDFF')
        .withCharRange('\uFE70', '\uFEFF')
        .withCharRange('\u200B', '\u200F')
        .withCharRange('\u202A', '\u202E')
        .withCharRange('a', 'z')
        .withChars(' ', '.', '\n', '0', '9', '«', '»')
        .ofMaxLength(60);
  }

  @Property
  void normalizationIsIdempotent(@ForAll("arabicish") String s) {
    String once = ArabicNormalizer.normalize(s).text();
    assertEquals(once, ArabicNormalizer.normalize(once).text());
  }

  @Property
  void foldAgreesWithNormalize(@ForAll("arabicish") String s) {
    assertEquals(ArabicNormalizer.normalize(s).text(), ArabicNormalizer.fold(s));
  }

  @Property
  void offsetsStayInRangeAndNeverDecrease(@ForAll("arabicish") String s) {
    NormalizedText n = ArabicNormalizer.normalize(s);
    int prev = 0;
    for (int i = 0; i < n.length(); i++) {
      int start = n.originalStart(i);
      int end = n.originalEnd(i);
      assertTrue(start >= prev && start < end && end <= s.length(),
          "char " + i + " maps to [" + start + ", " + end + ")");
      prev = start;
    }
  }

  @Property
  void everyNormalizedRangeRoundTripsToTheOriginal(@ForAll("arabicish") String withLigatures) {
    // A range may end inside a ligature's expansion; ligatures have their own example test.
    String s = withLigatures.replaceAll("[\\uFB50-\\uFDFF\\uFE70-\\uFEFF]", "");
    NormalizedText n = ArabicNormalizer.normalize(s);
    for (int a = 0; a < n.length(); a++) {
      for (int b = a + 1; b <= Math.min(n.length(), a + 6); b++) {
        CharSpan span = n.toOriginal(a, b);
        String back = span.of(s);
        assertEquals(n.text().substring(a, b), ArabicNormalizer.fold(back),
            "range [" + a + ", " + b + ") maps to '" + back + "'");
      }
    }
  }

  @Property
  void neverLengthensTextWithoutLigatures(@ForAll("arabicish") String s) {
    String noPresentationForms = s.replaceAll("[\\uFB50-\\uFDFF\\uFE70-\\uFEFF]", "");
    assertTrue(ArabicNormalizer.normalize(noPresentationForms).length() <= noPresentationForms.length());
  }

  @Property
  void leavesTextWithoutArabicOrControlsUntouched(@ForAll String s) {
    String plain = s.replaceAll("[^\\p{IsLatin}\\p{Punct} ]", "");
    assertEquals(plain, ArabicNormalizer.normalize(plain).text());
  }
}
