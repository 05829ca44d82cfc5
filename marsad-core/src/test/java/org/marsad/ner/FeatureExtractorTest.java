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

  /** Features of the word "اردوغان" alone with this packed prior entry. */
  private int priorFeatures(int packed) {
    FeatureExtractor fx = new FeatureExtractor(16, clusters, lexicon,
        new LabelPrior(Map.of("اردوغان", packed)), LightSegmenter.INSTANCE);
    FeatureExtractor.Scratch s = new FeatureExtractor.Scratch();
    fx.extract(new String[] {"اردوغان"}, 1, s);
    return s.from(1) - s.from(0);
  }

  @Test
  void theConfidenceAndPositionOfAPriorAddFeaturesOnlyWhenPacked() {
    int per = org.marsad.model.EntityType.PER.ordinal();
    int levels = 4 << (4 * per);
    int plain = priorFeatures(levels);
    assertEquals(plain - 1, priorFeatures(0), "one level feature");
    // the count bucket alone and with the level
    assertEquals(plain + 2, priorFeatures(levels | 7 << 16));
    // the position with the level
    assertEquals(plain + 1, priorFeatures(levels | 2 << (20 + 2 * per)));
  }

  @Test
  void shapesDistinguishLatinDigitsAndArabic() {
    assertNotEquals(FeatureExtractor.shapeHash("CNN"), FeatureExtractor.shapeHash("cnn"));
    assertNotEquals(FeatureExtractor.shapeHash("2006"), FeatureExtractor.shapeHash("عام"));
    assertEquals(FeatureExtractor.shapeHash("بغداد"), FeatureExtractor.shapeHash("القاهرة"));
  }

  private final FeatureExtractor structural = new FeatureExtractor(16, clusters, lexicon,
      LabelPrior.EMPTY_PRIOR, LightSegmenter.INSTANCE, true);

  /** How many more features word {@code word} has with the structural features on. */
  private int structuralCount(int word, String... words) {
    FeatureExtractor.Scratch on = new FeatureExtractor.Scratch();
    structural.extract(words, words.length, on);
    FeatureExtractor.Scratch off = new FeatureExtractor.Scratch();
    extractor.extract(words, words.length, off);
    return (on.from(word + 1) - on.from(word)) - (off.from(word + 1) - off.from(word));
  }

  @Test
  void aTitleFourWordsToTheLeftReachesTheWordWithinAClause() {
    // الرئيس المصري السابق محمد حسني: the title reaches the fourth word after it.
    assertEquals(1, structuralCount(4, "الرئيس", "المصري", "السابق", "محمد", "حسني"));
    assertEquals(0, structuralCount(4, "الرئيس", "المصري", "،", "محمد", "حسني"),
        "punctuation ends the clause");
    assertEquals(0, structuralCount(4, "الكتاب", "المصري", "السابق", "محمد", "حسني"));
  }

  @Test
  void theTriggerFeatureTellsAGenitiveChainFromAPhraseWithAFunctionWord() {
    String[] chain = {"الرئيس", "المصري", "السابق", "محمد"};
    String[] broken = {"الرئيس", "في", "السابق", "محمد"};
    int[] a = structuralOnly(3, chain);
    int[] b = structuralOnly(3, broken);
    assertEquals(1, a.length);
    assertEquals(1, b.length);
    assertNotEquals(a[0], b[0]);
  }

  /** The features the structural extractor adds to word {@code word} (sorted). */
  private int[] structuralOnly(int word, String... words) {
    FeatureExtractor.Scratch on = new FeatureExtractor.Scratch();
    structural.extract(words, words.length, on);
    int[] all = Arrays.copyOfRange(on.features(), on.from(word), on.from(word + 1));
    FeatureExtractor.Scratch off = new FeatureExtractor.Scratch();
    extractor.extract(words, words.length, off);
    // The structural features come last in a word's list.
    int base = off.from(word + 1) - off.from(word);
    int[] extra = Arrays.copyOfRange(all, base, all.length);
    Arrays.sort(extra);
    return extra;
  }

  @Test
  void wordsInsideQuotesKnowTheMarkAndWhatPrecedesIt() {
    // قال «الحياة» اللندنية: distance from the mark, closing mark next, the mark's left word.
    String[] words = {"قال", "«", "الحياة", "»", "اللندنية"};
    assertEquals(3, structuralCount(2, words));
    assertEquals(0, structuralCount(4, words), "after the closing mark");
    // A title before the mark adds its class, and reaches through the quote as a left trigger.
    String[] afterTitle = {"الرئيس", "«", "الحياة", "»", "اللندنية"};
    assertEquals(5, structuralCount(2, afterTitle));
    String[] straight = {"قال", "\"", "الحياة", "\"", "اللندنية"};
    assertEquals(3, structuralCount(2, straight), "a straight quote opens");
    assertEquals(0, structuralCount(4, straight), "and the next one closes");
  }
}
