package org.marsad.ner.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.marsad.ner.LabelScheme;

/**
 * Averaged structured perceptron over any {@link LabelScheme}, with optional cost-augmented
 * training (margin rescaling, Taskar et al. 2003; for the perceptron, Crammer et al. 2006): while
 * learning, the decoder adds {@code missCost} to every wrong label of a token inside a gold
 * mention and {@code falseCost} to every non-O label of a gold O token, so updates also fire on
 * sequences that are right by too small a margin; a miss cost above the false-alarm cost makes
 * the learner trade precision for recall. With both costs 0 and the BIO scheme it is the
 * learner of {@link PerceptronTrainer}. Instances carry gold labels in the scheme's coding.
 * Lazy averaging as in Daumé III (2006); deterministic for a seed. Not thread-safe.
 */
final class SequencePerceptron {
  /** Receives the averaged model after each epoch. */
  interface EpochListener {
    void epoch(int epoch, float[] weights, float[] transitions);
  }

  private final int bits;
  private final LabelScheme scheme;
  private final int l;
  private final float missCost;
  private final float falseCost;

  SequencePerceptron(int bits, LabelScheme scheme, float missCost, float falseCost) {
    this.bits = bits;
    this.scheme = scheme;
    this.l = scheme.count();
    this.missCost = missCost;
    this.falseCost = falseCost;
  }

  /** Returns {@code {weights, transitions}}, averaged, after {@code epochs} passes. */
  float[][] train(List<Instance> data, int epochs, long seed, EpochListener listener) {
    float[] w = new float[(1 << bits) * l];
    float[] u = new float[w.length];
    float[] t = new float[(l + 1) * l];
    float[] tu = new float[t.length];
    Decoder decoder = new Decoder(scheme);
    int[] pred = new int[16];
    List<Instance> order = new ArrayList<>(data);
    Random random = new Random(seed);
    long c = 1;
    float[][] avg = null;
    boolean costed = missCost != 0 || falseCost != 0;
    for (int e = 1; e <= epochs; e++) {
      Collections.shuffle(order, random);
      for (Instance x : order) {
        int n = x.size();
        if (pred.length < n) {
          pred = new int[n * 2];
        }
        float[] em = decoder.emissions(w, x.features(), x.start(), n);
        if (costed) {
          addCosts(em, x.gold(), n);
        }
        decoder.decode(t, n, pred);
        update(x, pred, w, u, t, tu, c, l);
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

  private void addCosts(float[] em, int[] gold, int n) {
    for (int i = 0; i < n; i++) {
      int g = gold[i];
      int base = i * l;
      for (int y = 0; y < l; y++) {
        if (y != g) {
          em[base + y] += g != 0 ? missCost : y != 0 ? falseCost : 0;
        }
      }
    }
  }

  /**
   * One perceptron step on sentence {@code x} with {@code l} labels: gold features and
   * transitions up, predicted ones down, by the instance's weight (1 for labelled sentences),
   * with the lazy-averaging sums {@code u}, {@code tu} at step {@code c}. Shared with {@link
   * PerceptronTrainer}.
   */
  static void update(Instance x, int[] pred, float[] w, float[] u, float[] t, float[] tu,
      long c, int l) {
    int[] gold = x.gold();
    int n = x.size();
    int[] feats = x.features();
    int[] start = x.start();
    float a = x.weight();
    float ac = a * c;
    for (int i = 0; i < n; i++) {
      int g = gold[i];
      int p = pred[i];
      if (g != p) {
        for (int k = start[i]; k < start[i + 1]; k++) {
          int f = feats[k] * l;
          w[f + g] += a;
          u[f + g] += ac;
          w[f + p] -= a;
          u[f + p] -= ac;
        }
      }
      int gPrev = i == 0 ? -1 : gold[i - 1];
      int pPrev = i == 0 ? -1 : pred[i - 1];
      if (g != p || gPrev != pPrev) {
        int gi = (gPrev + 1) * l + g;
        int pi = (pPrev + 1) * l + p;
        t[gi] += a;
        tu[gi] += ac;
        t[pi] -= a;
        tu[pi] -= ac;
      }
    }
  }

  /** The averaged weights and transitions after {@code c} steps (Daume III's lazy form). */
  static float[][] average(float[] w, float[] u, float[] t, float[] tu, long c) {
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

  /** First-order Viterbi under a scheme's constraints, over dense weights. One per thread. */
  static final class Decoder {
    private final LabelScheme scheme;
    private final int l;
    private final int[][] previous;
    private float[] emission = new float[0];
    private float[] score = new float[0];
    private int[] back = new int[0];

    Decoder(LabelScheme scheme) {
      this.scheme = scheme;
      this.l = scheme.count();
      previous = new int[l][];
      for (int y = 0; y < l; y++) {
        int[] p = new int[l];
        int k = 0;
        for (int q = 0; q < l; q++) {
          if (scheme.allowed(q, y)) {
            p[k++] = q;
          }
        }
        previous[y] = java.util.Arrays.copyOf(p, k);
      }
    }

    float[] emissions(float[] weights, int[] feats, int[] start, int n) {
      ensure(n);
      for (int i = 0; i < n; i++) {
        int base = i * l;
        java.util.Arrays.fill(emission, base, base + l, 0f);
        for (int k = start[i]; k < start[i + 1]; k++) {
          int w = feats[k] * l;
          for (int y = 0; y < l; y++) {
            emission[base + y] += weights[w + y];
          }
        }
      }
      return emission;
    }

    /** The emission buffer of {@link #decode}, for {@code n} words, to fill by another scorer. */
    float[] buffer(int n) {
      ensure(n);
      return emission;
    }

    /** Best allowed sequence for the last {@link #emissions}; {@code transitions[(p + 1) * L + y]}. */
    void decode(float[] transitions, int n, int[] out) {
      if (n == 0) {
        return;
      }
      for (int y = 0; y < l; y++) {
        score[y] = scheme.allowed(-1, y) ? emission[y] + transitions[y] : Float.NEGATIVE_INFINITY;
      }
      for (int i = 1; i < n; i++) {
        int cur = i * l;
        int prevBase = cur - l;
        for (int y = 0; y < l; y++) {
          float best = Float.NEGATIVE_INFINITY;
          int arg = 0;
          for (int p : previous[y]) {
            float v = score[prevBase + p] + transitions[(p + 1) * l + y];
            if (v > best) {
              best = v;
              arg = p;
            }
          }
          score[cur + y] = best + emission[cur + y];
          back[cur + y] = arg;
        }
      }
      int last = (n - 1) * l;
      int y = -1;
      for (int k = 0; k < l; k++) {
        if (scheme.mayEnd(k) && (y < 0 || score[last + k] > score[last + y])) {
          y = k;
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        out[i] = y;
        y = back[i * l + y];
      }
    }

    private void ensure(int n) {
      if (emission.length < n * l) {
        int cap = Math.max(n * l, emission.length * 2);
        emission = new float[cap];
        score = new float[cap];
        back = new int[cap];
      }
    }
  }
}
