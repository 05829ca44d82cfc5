package org.marsad.ner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.ner.LabelScheme;
import org.marsad.ner.Labels;

class SequencePerceptronTest {
  private static final int BITS = 10;
  private static final int B_PER = Labels.begin(EntityType.PER);
  private static final int I_PER = Labels.inside(EntityType.PER);
  private static final int B_ORG = Labels.begin(EntityType.ORG);
  private static final int I_ORG = Labels.inside(EntityType.ORG);

  /**
   * Toy sentences over word ids: 1 = "said", 2 = "minister", 3 = "ministry", 10.. names, 40..
   * other words. Each word's features are its id and the previous word's id (hashed apart).
   */
  private static Instance sentence(int[] words, int[] bio) {
    int n = words.length;
    int[] feats = new int[2 * n];
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i] = 2 * i;
      feats[2 * i] = words[i];
      feats[2 * i + 1] = 512 + (i == 0 ? 0 : words[i - 1]);
    }
    start[n] = 2 * n;
    return new Instance(feats, start, bio);
  }

  private static List<Instance> toy() {
    List<Instance> out = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      // said minister NAME NAME
      out.add(sentence(new int[] {1, 2, 10 + k, 30 + k % 3},
          new int[] {Labels.O, Labels.O, B_PER, I_PER}));
      // ministry X X X said
      out.add(sentence(new int[] {3, 40 + k, 50 + k % 2, 55, 1},
          new int[] {B_ORG, I_ORG, I_ORG, I_ORG, Labels.O}));
    }
    return out;
  }

  private static List<Instance> coded(List<Instance> data, LabelScheme scheme) {
    List<Instance> out = new ArrayList<>();
    for (Instance x : data) {
      int[] g = new int[x.size()];
      scheme.fromBio(x.gold(), x.size(), g);
      out.add(new Instance(x.features(), x.start(), g));
    }
    return out;
  }

  @Test
  void learnsTheToySpansUnderBilou() {
    List<Instance> data = coded(toy(), LabelScheme.BILOU);
    float[][] m = new SequencePerceptron(BITS, LabelScheme.BILOU, 0, 0).train(data, 5, 42, null);
    SequencePerceptron.Decoder d = new SequencePerceptron.Decoder(LabelScheme.BILOU);
    for (Instance x : data) {
      int[] y = new int[x.size()];
      d.emissions(m[0], x.features(), x.start(), x.size());
      d.decode(m[1], x.size(), y);
      assertArrayEquals(x.gold(), y);
    }
  }

  @Test
  void bilouDecodingAlwaysGivesWellFormedSpans() {
    LabelScheme s = LabelScheme.BILOU;
    int l = s.count();
    Random r = new Random(1);
    float[] weights = new float[64 * l];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (float) r.nextGaussian();
    }
    float[] transitions = new float[(l + 1) * l];
    SequencePerceptron.Decoder d = new SequencePerceptron.Decoder(s);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + r.nextInt(8);
      int[] feats = new int[n];
      int[] start = new int[n + 1];
      for (int i = 0; i < n; i++) {
        feats[i] = r.nextInt(64);
        start[i + 1] = i + 1;
      }
      int[] y = new int[n];
      d.emissions(weights, feats, start, n);
      d.decode(transitions, n, y);
      for (int i = 0; i < n; i++) {
        assertTrue(s.allowed(i == 0 ? -1 : y[i - 1], y[i]), "transition at " + i);
      }
      assertTrue(s.mayEnd(y[n - 1]), "no span left open at the end");
    }
  }

  /** Mean over gold entity tokens of the gold label's emission minus the best other one's. */
  private static double entityMargin(List<Instance> data, float[][] m) {
    SequencePerceptron.Decoder d = new SequencePerceptron.Decoder(LabelScheme.BIO);
    double sum = 0;
    int count = 0;
    for (Instance x : data) {
      float[] em = d.emissions(m[0], x.features(), x.start(), x.size());
      for (int i = 0; i < x.size(); i++) {
        int g = x.gold()[i];
        if (g == Labels.O) {
          continue;
        }
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < Labels.COUNT; y++) {
          if (y != g) {
            best = Math.max(best, em[i * Labels.COUNT + y]);
          }
        }
        sum += em[i * Labels.COUNT + g] - best;
        count++;
      }
    }
    return sum / count;
  }

  @Test
  void aMissCostWidensTheMarginOfEntityTokens() {
    List<Instance> data = toy();
    float[][] plain = new SequencePerceptron(BITS, LabelScheme.BIO, 0, 0).train(data, 5, 42, null);
    float[][] costed =
        new SequencePerceptron(BITS, LabelScheme.BIO, 3, 0).train(data, 5, 42, null);
    assertTrue(entityMargin(data, costed) > entityMargin(data, plain),
        entityMargin(data, costed) + " vs " + entityMargin(data, plain));
  }

  @Test
  void withBioAndNoCostItIsThePerceptronTrainer() {
    List<Instance> data = toy();
    float[][] a = new SequencePerceptron(BITS, LabelScheme.BIO, 0, 0).train(data, 3, 7, null);
    float[][] b = new PerceptronTrainer(BITS).train(data, 3, 7, null);
    assertArrayEquals(b[0], a[0]);
    assertArrayEquals(b[1], a[1]);
  }

  @Test
  void averagingOverShufflesIsTheMeanOfTheSingleRuns() {
    List<Instance> data = toy();
    float[][] one = new PerceptronTrainer(BITS).train(data, 3, 7, null);
    float[][] two =
        new PerceptronTrainer(BITS).train(data, 3, 7 + PerceptronTrainer.SHUFFLE_SEED_STEP, null);
    float[][] mean = new PerceptronTrainer(BITS, 2).train(data, 3, 7, null);
    for (int k = 0; k < 2; k++) {
      for (int i = 0; i < mean[k].length; i++) {
        assertEquals((one[k][i] + two[k][i]) / 2, mean[k][i], 1e-5, "weight " + i);
      }
    }
    boolean differ = false;
    for (int i = 0; i < one[0].length && !differ; i++) {
      differ = one[0][i] != two[0][i];
    }
    assertTrue(differ, "the two visiting orders give different perceptrons");
  }

  @Test
  void averagingCallsTheListenerWithTheMeanEachEpoch() {
    List<Instance> data = toy();
    float[][] last = new float[1][];
    int[] epochs = {0};
    float[][] m = new PerceptronTrainer(BITS, 3).train(data, 4, 7, (e, w, t) -> {
      epochs[0] = e;
      last[0] = w.clone();
    });
    assertEquals(4, epochs[0]);
    assertArrayEquals(m[0], last[0]);
  }
}
