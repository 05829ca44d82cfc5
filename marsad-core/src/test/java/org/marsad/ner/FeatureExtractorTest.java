package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
  private final WordClusters clusters =
      new WordClusters(Map.of("اردوغان", new int[] {1, 2, 3, 4, 50}));
  private final Lexicon lexicon =
      new Lexicon(List.of("T_PER\tالرئيس", "LOC\tأنقرة"), LightSegmenter.INSTANCE);
  private final FeatureExtractor extractor =
      new FeatureExtractor(16, clusters, lexicon, LightSegmenter.INSTANCE);

  private int[] features(int word, String... words) {
    FeatureExtractor.Scratch s = new FeatureExtractor.Scratch();
    extractor.extract(words, words.length, s);
    int[] f = Arrays.copyOfRange(s.features(), s.from(word), s.from(word + 1));
    Arrays.sort(f);
    return f;
  }

  private static int shared(int[] a, int[] b) {
    int n = 0;
    for (int x : a) {
      if (Arrays.binarySearch(b, x) >= 0) {
        n++;
      }
    }
    return n;
  }

  @Test
  void isDeterministic() {
    assertTrue(Arrays.equals(features(1, "قال", "أردوغان"), features(1, "قال", "أردوغان")));
  }

  @Test
  void spellingVariantsShareTheFoldedWordFeatures() {
    int[] hamza = features(0, "أردوغان");
    int[] bare = features(0, "اردوغان");
    // Only the raw-word feature (and nothing else) tells them apart.
    assertEquals(hamza.length - 1, shared(hamza, bare));
  }

  @Test
  void theStemOfACliticizedWordMatchesTheBareWord() {
    int[] withClitics = features(0, "وبالرياض");
    int[] bare = features(0, "الرياض");
    assertTrue(shared(withClitics, bare) >= 3, "stem, stem affixes and lexicon are shared");
  }

  @Test
  void contextChangesTheFeaturesOfAWord() {
    assertNotEquals(Arrays.toString(features(1, "الرئيس", "أردوغان")),
        Arrays.toString(features(1, "مدينة", "أردوغان")));
  }

  @Test
  void aTriggerWordBeforeANameFiresAContextFeature() {
    int[] afterTitle = features(1, "الرئيس", "أردوغان");
    int[] afterOther = features(1, "الكتاب", "أردوغان");
    assertTrue(afterTitle.length > afterOther.length, "lexicon feature of the previous word");
  }

  @Test
  void staysWithinTheFeatureBound() {
    String[] words = new String[200];
    Arrays.fill(words, "الرئيس");
    FeatureExtractor.Scratch s = new FeatureExtractor.Scratch();
    extractor.extract(words, words.length, s);
    for (int i = 0; i < words.length; i++) {
      assertTrue(s.from(i + 1) - s.from(i) <= FeatureExtractor.MAX_FEATURES);
    }
  }

  @Test
  void shapesDistinguishLatinDigitsAndArabic() {
    assertNotEquals(FeatureExtractor.shapeHash("CNN"), FeatureExtractor.shapeHash("cnn"));
    assertNotEquals(FeatureExtractor.shapeHash("2006"), FeatureExtractor.shapeHash("عام"));
    assertEquals(FeatureExtractor.shapeHash("بغداد"), FeatureExtractor.shapeHash("القاهرة"));
  }
}
