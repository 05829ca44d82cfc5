package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tagging fast path (cached per-word role sums) scores exactly what training extracts. */
class RoleSumsTest {
  @Test
  void fastPathEmissionsEqualFullExtraction() {
    NerModel model = PerceptronEntityTagger.shared().model();
    String[][] sentences = {
        "وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع .".split(" "),
        "أعلنت شركة IBM في نيويورك عن أرباح بلغت 3.5 مليار دولار".split(" "),
        {"مصر"},
        "قال قال قال لأردوغان".split(" ")};
    FeatureExtractor.Scratch full = new FeatureExtractor.Scratch();
    FeatureExtractor.Scratch fast = new FeatureExtractor.Scratch();
    for (String[] words : sentences) {
      int n = words.length;
      model.extractor().extract(words, n, full);
      float[] expected = new Viterbi().emissions(model.compact(), full).clone();
      model.extractor().extractContext(words, n, fast);
      float[] actual = new Viterbi().emissionsByRole(model.compact(), model.extractor(), fast);
      for (int k = 0; k < n * Labels.COUNT; k++) {
        assertEquals(expected[k], actual[k], 1e-3, String.join(" ", words) + " at " + k);
      }
    }
  }

  /**
   * The tagger's two-stage path scores each sentence as training does: the first pass's labels
   * from the full extraction, then the full extraction plus the {@link DocumentContext} features
   * under the second stage's weights.
   */
  @Test
  void secondStageEmissionsEqualFullExtractionPlusDocumentFeatures() {
    int bits = 12;
    java.util.Random r = new java.util.Random(5);
    float[] w1 = new float[(1 << bits) * Labels.COUNT];
    float[] w2 = new float[w1.length];
    for (int i = 0; i < w1.length; i++) {
      w1[i] = r.nextInt(200) - 100;
      w2[i] = r.nextInt(200) - 100;
    }
    float[] t1 = new float[(Labels.COUNT + 1) * Labels.COUNT];
    float[] t2 = t1.clone();
    WordClusters clusters = new WordClusters(java.util.Map.of());
    Lexicon lexicon = new Lexicon(java.util.List.of("LOC\tمصر"), LightSegmenter.INSTANCE);
    NerModel model = new NerModel(bits, w1, t1, clusters, lexicon, LabelPrior.EMPTY,
        java.util.Map.of("segmenter", "light"), w2, t2, 1, true);
    java.util.List<CharSequence[]> doc = java.util.List.of(
        "زار أوباما مصر أمس".split(" "), "وقال أوباما إن مصر".split(" "),
        "ثم غادر".split(" "), "أوباما في مصر".split(" "));
    int m = doc.size();
    int[][] labels = new int[m][];
    float[][] actual = new float[m][];
    for (int s = 0; s < m; s++) {
      labels[s] = new int[doc.get(s).length];
    }
    new PerceptronEntityTagger(model).session().labelDocument(doc, labels, actual);

    // The packed table holds the weights quantized to 16 bits: score with those.
    w1 = model.compact().dense(0);
    w2 = model.compact().dense(1);
    FeatureExtractor fx = model.extractor();
    FeatureExtractor.Scratch full = new FeatureExtractor.Scratch();
    Viterbi v = new Viterbi();
    long[][] stems = new long[m][];
    int[][] first = new int[m][];
    int[] sizes = new int[m];
    for (int s = 0; s < m; s++) {
      sizes[s] = doc.get(s).length;
      fx.extract(doc.get(s), sizes[s], full);
      v.emissions(w1, full);
      first[s] = new int[sizes[s]];
      v.decode(t1, sizes[s], first[s]);
      stems[s] = full.stems();
    }
    DocumentContext context = new DocumentContext(fx, 1, true);
    context.reset(stems, first, sizes, m);
    for (int s = 0; s < m; s++) {
      int n = sizes[s];
      fx.extract(doc.get(s), n, full);
      int[] extra = new int[n * DocumentContext.MAX_FEATURES];
      int[] extraStart = new int[n + 1];
      context.features(s, extra, extraStart);
      for (int i = 0; i < n; i++) {
        float[] expected = new float[Labels.COUNT];
        for (int k = full.from(i); k < full.from(i + 1); k++) {
          add(w2, full.features()[k], expected);
        }
        for (int k = extraStart[i]; k < extraStart[i + 1]; k++) {
          add(w2, extra[k], expected);
        }
        for (int y = 0; y < Labels.COUNT; y++) {
          assertEquals(expected[y], actual[s][i * Labels.COUNT + y], 1e-2,
              "sentence " + s + " word " + i + " label " + y);
        }
      }
    }
  }

  private static void add(float[] weights, int bucket, float[] out) {
    for (int y = 0; y < Labels.COUNT; y++) {
      out[y] += weights[bucket * Labels.COUNT + y];
    }
  }
}
