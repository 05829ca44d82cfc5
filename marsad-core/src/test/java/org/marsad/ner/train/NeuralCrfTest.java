package org.marsad.ner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.ner.LabelScheme;
import org.marsad.ner.Labels;

class NeuralCrfTest {
  private static final LabelScheme BIO = LabelScheme.BIO;
  private static final int L = BIO.count();
  private static final int B_PER = Labels.begin(EntityType.PER);
  private static final int I_PER = Labels.inside(EntityType.PER);
  private static final int B_LOC = Labels.begin(EntityType.LOC);

  private static NeuralCrf.Config config(boolean linear, int hidden, float dropout) {
    return new NeuralCrf.Config(6, linear, 4, hidden, CrfNetwork.Activation.TANH, 0.3f, dropout,
        0.5f, false);
  }

  private static Instance sentence(int[][] feats, int[] gold) {
    int n = gold.length;
    int[] start = new int[n + 1];
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      start[i] = all.size();
      for (int f : feats[i]) {
        all.add(f);
      }
    }
    start[n] = all.size();
    return new Instance(all.stream().mapToInt(Integer::intValue).toArray(), start, gold);
  }

  /** Sum over all label sequences the scheme allows of exp(score), by enumeration. */
  private static double bruteLogZ(float[] s, float[] t, int n) {
    double z = 0;
    int[] y = new int[n];
    for (int code = 0; code < Math.pow(L, n); code++) {
      int c = code;
      for (int i = 0; i < n; i++) {
        y[i] = c % L;
        c /= L;
      }
      boolean ok = BIO.mayEnd(y[n - 1]);
      double score = 0;
      for (int i = 0; i < n && ok; i++) {
        int prev = i == 0 ? -1 : y[i - 1];
        ok = BIO.allowed(prev, y[i]);
        score += s[i * L + y[i]] + t[(prev + 1) * L + y[i]];
      }
      if (ok) {
        z += Math.exp(score);
      }
    }
    return Math.log(z);
  }

  @Test
  void theLossIsTheLogPartitionOverValidSequencesMinusTheGoldScore() {
    Random r = new Random(3);
    int n = 4;
    float[] s = new float[n * L];
    float[] t = new float[(L + 1) * L];
    for (int i = 0; i < s.length; i++) {
      s[i] = r.nextFloat() * 2 - 1;
    }
    for (int i = 0; i < t.length; i++) {
      t[i] = r.nextFloat() * 2 - 1;
    }
    int[] gold = {Labels.O, B_PER, I_PER, B_LOC};
    double goldScore = t[gold[0]] + s[gold[0]];
    for (int i = 1; i < n; i++) {
      goldScore += s[i * L + gold[i]] + t[(gold[i - 1] + 1) * L + gold[i]];
    }
    CrfLoss loss = new CrfLoss(BIO);
    double value = loss.lossAndGradient(s, t, gold, n, new float[n * L], new float[t.length]);
    assertEquals(bruteLogZ(s, t, n) - goldScore, value, 1e-5);
    assertTrue(loss.valid(gold, n));
    assertFalse(loss.valid(new int[] {Labels.O, I_PER}, 2), "I-PERS after O is not BIO");
  }

  /** Central differences of the loss against the analytic gradient, for every parameter. */
  private static void gradientCheck(NeuralCrf.Config cfg) {
    NeuralCrf learner = new NeuralCrf(cfg, BIO);
    CrfNetwork m = learner.initial(new Random(5));
    Random r = new Random(6);
    for (float[] p : m.arrays()) {
      for (int i = 0; p != null && i < p.length; i++) {
        p[i] += (r.nextFloat() * 2 - 1) * 0.3f;
      }
    }
    Instance x = sentence(new int[][] {{1, 7, 20}, {2, 7, 33}, {3, 40, 20, 63}},
        new int[] {B_PER, I_PER, Labels.O});
    CrfNetwork g = m.zeros();
    learner.gradient(m, x, g);
    float[][] ps = m.arrays();
    float[][] gs = g.arrays();
    int checked = 0;
    for (int a = 0; a < ps.length; a++) {
      for (int i = 0; ps[a] != null && i < ps[a].length; i++) {
        float keep = ps[a][i];
        float h = 1e-2f;
        ps[a][i] = keep + h;
        double up = learner.loss(m, x);
        ps[a][i] = keep - h;
        double down = learner.loss(m, x);
        ps[a][i] = keep;
        double numeric = (up - down) / (2 * h);
        assertEquals(numeric, gs[a][i], 2e-3 + 1e-2 * Math.abs(numeric),
            "array " + a + " index " + i);
        checked += numeric != 0 ? 1 : 0;
      }
    }
    assertTrue(checked > 50, "the check covered " + checked + " non-zero derivatives");
  }

  @Test
  void theAnalyticGradientMatchesFiniteDifferencesForEveryParameter() {
    gradientCheck(config(true, 3, 0));
    gradientCheck(config(false, 3, 0));
    gradientCheck(config(true, 0, 0));
  }

  @Test
  void trainingIsDeterministicForASeedIncludingDropout() {
    List<Instance> data = xor(1);
    NeuralCrf.Config cfg = config(true, 4, 0.2f);
    CrfNetwork a = new NeuralCrf(cfg, BIO).train(data, 3, 11, null);
    CrfNetwork b = new NeuralCrf(cfg, BIO).train(data, 3, 11, null);
    CrfNetwork c = new NeuralCrf(cfg, BIO).train(data, 3, 12, null);
    for (int k = 0; k < a.arrays().length; k++) {
      assertArrayEquals(a.arrays()[k], b.arrays()[k]);
    }
    assertFalse(Arrays.equals(a.e, c.e), "another seed, other embeddings");
  }

  /**
   * One-word sentences with features 1 (a bias), 2 and 3; the word is a person exactly when one
   * of 2 and 3 fires (an exclusive or), which no weighting of the features separates.
   */
  private static List<Instance> xor(int copies) {
    List<Instance> out = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      out.add(sentence(new int[][] {{1}}, new int[] {Labels.O}));
      out.add(sentence(new int[][] {{1, 2}}, new int[] {B_PER}));
      out.add(sentence(new int[][] {{1, 3}}, new int[] {B_PER}));
      out.add(sentence(new int[][] {{1, 2, 3}}, new int[] {Labels.O}));
    }
    return out;
  }

  private static int correct(CrfNetwork m, List<Instance> data) {
    SequencePerceptron.Decoder d = new SequencePerceptron.Decoder(BIO);
    int right = 0;
    int[] y = new int[1];
    for (Instance x : data.subList(0, 4)) {
      m.emissions(x.features(), x.start(), 1, d.buffer(1), null, null, null);
      d.decode(m.t, 1, y);
      right += y[0] == x.gold()[0] ? 1 : 0;
    }
    return right;
  }

  @Test
  void aHiddenLayerLearnsAnExclusiveOrThatTheLinearCrfCannot() {
    List<Instance> data = xor(20);
    CrfNetwork deep = new NeuralCrf(config(false, 8, 0), BIO).train(data, 30, 1, null);
    CrfNetwork wide = new NeuralCrf(config(true, 0, 0), BIO).train(data, 30, 1, null);
    assertEquals(4, correct(deep, data));
    assertTrue(correct(wide, data) <= 3, "a linear model gets at most 3 of the 4 cases right");
  }

  @Test
  void plainSgdMovesTheLinearWeightsByTheRateTimesTheGradient() {
    NeuralCrf.Config sgd = new NeuralCrf.Config(6, true, 4, 0, CrfNetwork.Activation.TANH, 0.3f,
        0, 0.5f, false, 0, false, 0.3f);
    NeuralCrf learner = new NeuralCrf(sgd, BIO);
    Instance x = xor(1).get(1);
    CrfNetwork g = learner.initial(new Random(1)).zeros();
    learner.gradient(learner.initial(new Random(1)), x, g);
    CrfNetwork after = learner.train(List.of(x), 1, 1, null);
    float[][] ga = g.arrays();
    float[][] wa = after.arrays();
    for (int a : new int[] {0, 4, 5}) { // w, c, t start at 0
      for (int i = 0; i < ga[a].length; i++) {
        assertEquals(-0.3f * ga[a][i], wa[a][i], 1e-6, "array " + a + " index " + i);
      }
    }
    assertTrue(after.w[2 * L + B_PER] > 0, "the gold label's weight of a firing feature rises");
  }

  @Test
  void weightedPseudoLabelledSentencesAreRefused() {
    Instance x = xor(1).get(0);
    Instance weighted = new Instance(x.features(), x.start(), x.gold(), 0.5f);
    assertThrows(IllegalArgumentException.class,
        () -> new NeuralCrf(config(true, 0, 0), BIO).train(List.of(weighted), 1, 1, null));
  }

  @Test
  void averagingReturnsTheMeanOfTheParametersOverAllSteps() {
    List<Instance> data = xor(1);
    NeuralCrf.Config plain = config(true, 0, 0);
    NeuralCrf.Config avg = new NeuralCrf.Config(6, true, 4, 0, CrfNetwork.Activation.TANH, 0.3f,
        0, 0.5f, true);
    // On a one-sentence corpus, epoch e is step e, so the runs of 1, 2, 3 epochs give the
    // weights after each step; the averaged run of 3 epochs is their mean with the initial 0.
    List<Instance> one = data.subList(1, 2);
    float sum = 0;
    for (int e = 1; e <= 3; e++) {
      sum += new NeuralCrf(plain, BIO).train(one, e, 4, null).w[2 * L + B_PER];
    }
    float mean = new NeuralCrf(avg, BIO).train(one, 3, 4, null).w[2 * L + B_PER];
    assertEquals(sum / 4, mean, 1e-5);
    assertTrue(mean != 0);
  }
}
