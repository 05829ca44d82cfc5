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
}
