package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

/** The second stage's non-local features: first-pass labels of the same stem nearby. */
class DocumentContextTest {
  private static final FeatureExtractor FX = new FeatureExtractor(20,
      new WordClusters(Map.of()), new Lexicon(List.of(), LightSegmenter.INSTANCE),
      LightSegmenter.INSTANCE);
  private static final int O = Labels.O;
  private static final int B_PER = Labels.begin(EntityType.PER);
  private static final int B_LOC = Labels.begin(EntityType.LOC);

  /** The features of every word of sentence {@code target}, visiting sentences in order. */
  private static int[][] features(long[][] stems, int[][] labels, int window, boolean local,
      int target) {
    int m = stems.length;
    int[] sizes = new int[m];
    for (int s = 0; s < m; s++) {
      sizes[s] = stems[s].length;
    }
    DocumentContext c = new DocumentContext(FX, window, local);
    c.reset(stems, labels, sizes, m);
    int[][] result = null;
    for (int s = 0; s <= target; s++) {
      int n = sizes[s];
      int[] out = new int[Math.max(1, n) * DocumentContext.MAX_FEATURES];
      int[] start = new int[n + 1];
      c.features(s, out, start);
      result = new int[n][];
      for (int i = 0; i < n; i++) {
        result[i] = Arrays.copyOfRange(out, start[i], start[i + 1]);
      }
    }
    return result;
  }

  @Test
  void theFirstPassLabelOfTheSameStemInANearbySentenceIsEvidence() {
    long[][] stems = {{7, 1}, {2, 3}, {1, 5, 7}};
    int[][] taggedPerson = {{B_PER, O}, {O, O}, {O, O, O}};
    int[][] taggedNothing = {{O, O}, {O, O}, {O, O, O}};
    int[][] withPerson = features(stems, taggedPerson, 2, false, 2);
    int[][] without = features(stems, taggedNothing, 2, false, 2);
    assertFalse(Arrays.equals(withPerson[2], without[2]), "stem 7 was a person two sentences back");
    assertArrayEquals(withPerson[0], without[0], "stem 1 was never tagged");
  }

  @Test
  void labelsBeyondTheWindowAreNotSeen() {
    long[][] stems = {{7}, {2}, {3}, {7}};
    int[][] a = features(stems, new int[][] {{B_PER}, {O}, {O}, {O}}, 2, false, 3);
    int[][] b = features(stems, new int[][] {{B_LOC}, {O}, {O}, {O}}, 2, false, 3);
    assertArrayEquals(a[0], b[0]);
    int[][] c = features(stems, new int[][] {{B_PER}, {O}, {O}, {O}}, 3, false, 3);
    assertFalse(Arrays.equals(a[0], c[0]), "a window of 3 reaches the first sentence");
  }

  @Test
  void aWordIsNoEvidenceForItselfUnlessLocalLabelsAreOn() {
    long[][] stems = {{7, 8}};
    assertArrayEquals(features(stems, new int[][] {{B_PER, O}}, 5, false, 0)[0],
        features(stems, new int[][] {{O, O}}, 5, false, 0)[0]);
    assertFalse(Arrays.equals(features(stems, new int[][] {{B_PER, O}}, 5, true, 0)[0],
        features(stems, new int[][] {{O, O}}, 5, true, 0)[0]));
  }

  @Test
  void theSlidingWindowCountsWhatARecountOfTheWindowCounts() {
    Random r = new Random(3);
    int m = 40;
    int window = 3;
    long[][] stems = new long[m][];
    int[][] labels = new int[m][];
    for (int s = 0; s < m; s++) {
      int n = r.nextInt(6);
      stems[s] = new long[n];
      labels[s] = new int[n];
      for (int i = 0; i < n; i++) {
        stems[s][i] = 1 + r.nextInt(8);
        labels[s][i] = r.nextInt(Labels.COUNT);
      }
    }
    for (int s = 0; s < m; s++) {
      // A document made of the window alone, where every sentence is in the window.
      int from = Math.max(0, s - window);
      int to = Math.min(m, s + window + 1);
      int[][] expected = features(Arrays.copyOfRange(stems, from, to),
          Arrays.copyOfRange(labels, from, to), 2 * window + 1, true, s - from);
      int[][] actual = features(stems, labels, window, true, s);
      for (int i = 0; i < actual.length; i++) {
        assertArrayEquals(expected[i], actual[i], "sentence " + s + " word " + i);
      }
    }
  }

  @Test
  void sentencesMustBeVisitedInOrder() {
    DocumentContext c = new DocumentContext(FX, 2, false);
    c.reset(new long[][] {{1}, {2}}, new int[][] {{O}, {O}}, new int[] {1, 1}, 2);
    assertThrows(IllegalStateException.class, () -> c.features(1, new int[16], new int[2]));
  }
}
