package org.marsad.ner.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.marsad.ner.Labels;
import org.marsad.ner.Viterbi;

/**
 * Averaged structured perceptron (Collins 2002) for first-order BIO sequence labelling, with the
 * lazy averaging of Daumé III (2006): the averaged weights are {@code w - u / c} where {@code u}
 * sums each update times the example counter {@code c}. Sentences are visited in a fresh
 * order each epoch drawn from the seed, so training is deterministic. Not thread-safe.
 */
final class PerceptronTrainer {
  private static final int L = Labels.COUNT;

  /** Receives the averaged model after each epoch. */
  interface EpochListener {
    void epoch(int epoch, float[] weights, float[] transitions);
  }

  private final int bits;

  PerceptronTrainer(int bits) {
    this.bits = bits;
  }

  /** Returns {@code {weights, transitions}}, averaged, after {@code epochs} passes. */
  float[][] train(List<Instance> data, int epochs, long seed, EpochListener listener) {
    float[] w = new float[(1 << bits) * L];
    float[] u = new float[w.length];
    float[] t = new float[(L + 1) * L];
    float[] tu = new float[t.length];
    Viterbi viterbi = new Viterbi();
    int[] pred = new int[16];
    List<Instance> order = new ArrayList<>(data);
    Random random = new Random(seed);
    long c = 1;
    float[][] avg = null;
    for (int e = 1; e <= epochs; e++) {
      Collections.shuffle(order, random);
      for (Instance x : order) {
        int n = x.size();
        if (pred.length < n) {
          pred = new int[n * 2];
        }
        viterbi.emissions(w, x.features(), x.start(), n);
        viterbi.decode(t, n, pred);
        update(x, pred, w, u, t, tu, c);
        c++;
      }
      if (listener != null || e == epochs) {
        avg = average(w, u, t, tu, c);
        if (listener != null) {
          listener.epoch(e, avg[0], avg[1]);
        }
      }
    }
    return avg;
  }

  private static void update(Instance x, int[] pred, float[] w, float[] u, float[] t, float[] tu,
      long c) {
    int[] gold = x.gold();
    int n = x.size();
    int[] feats = x.features();
    int[] start = x.start();
    for (int i = 0; i < n; i++) {
      int g = gold[i];
      int p = pred[i];
      if (g != p) {
        for (int k = start[i]; k < start[i + 1]; k++) {
          int f = feats[k] * L;
          w[f + g] += 1;
          u[f + g] += c;
          w[f + p] -= 1;
          u[f + p] -= c;
        }
      }
      int gPrev = i == 0 ? -1 : gold[i - 1];
      int pPrev = i == 0 ? -1 : pred[i - 1];
      if (g != p || gPrev != pPrev) {
        int gi = (gPrev + 1) * L + g;
        int pi = (pPrev + 1) * L + p;
        t[gi] += 1;
        tu[gi] += c;
        t[pi] -= 1;
        tu[pi] -= c;
      }
    }
  }

  private static float[][] average(float[] w, float[] u, float[] t, float[] tu, long c) {
    float[] aw = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      aw[i] = w[i] - u[i] / c;
    }
    float[] at = new float[t.length];
    for (int i = 0; i < t.length; i++) {
      at[i] = t[i] - tu[i] / c;
    }
    return new float[][] {aw, at};
  }
}
