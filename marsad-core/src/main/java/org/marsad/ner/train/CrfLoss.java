package org.marsad.ner.train;

import java.util.Arrays;
import org.marsad.ner.LabelScheme;

/**
 * The negative log-likelihood of a gold label sequence under a first-order linear-chain CRF and
 * its gradient with respect to the emission scores and the transition weights, by
 * forward-backward in log space (double precision) over the labels of a {@link LabelScheme}:
 * sequences the scheme forbids ({@code I-t} after anything but {@code B-t}/{@code I-t}, or an end
 * state it does not allow) get probability 0, exactly as Viterbi never returns them. Emissions are
 * {@code s[i * L + y]}, transitions {@code t[(prev + 1) * L + y]} with row 0 the sentence start, as
 * in {@link SequencePerceptron.Decoder}. One instance per thread; its buffers grow as needed.
 */
final class CrfLoss {
  private final LabelScheme scheme;
  private final int l;
  private final boolean[] allowed;
  private double[] alpha = new double[0];
  private double[] beta = new double[0];
  private final double[] terms;

  CrfLoss(LabelScheme scheme) {
    this.scheme = scheme;
    this.l = scheme.count();
    allowed = new boolean[(l + 1) * l];
    for (int p = -1; p < l; p++) {
      for (int y = 0; y < l; y++) {
        allowed[(p + 1) * l + y] = scheme.allowed(p, y);
      }
    }
    terms = new double[l];
  }

  /** Whether the scheme allows {@code gold[0, n)} as a whole sequence. */
  boolean valid(int[] gold, int n) {
    for (int i = 0; i < n; i++) {
      if (!allowed[(i == 0 ? 0 : gold[i - 1] + 1) * l + gold[i]]) {
        return false;
      }
    }
    return n == 0 || scheme.mayEnd(gold[n - 1]);
  }

  /**
   * Returns {@code -log p(gold | s, t)} for a sentence of {@code n} words and writes its gradient:
   * {@code ds[i * L + y] = p(y_i = y) - [gold_i = y]} (overwritten), and the expected minus the
   * gold transition counts added to {@code dt}. The gold sequence must be {@link #valid}.
   */
  double lossAndGradient(float[] s, float[] t, int[] gold, int n, float[] ds, float[] dt) {
    if (n == 0) {
      return 0;
    }
    ensure(n);
    forward(s, t, n);
    backward(s, t, n);
    int last = (n - 1) * l;
    int k = 0;
    for (int y = 0; y < l; y++) {
      if (scheme.mayEnd(y)) {
        terms[k++] = alpha[last + y];
      }
    }
    double logZ = logSumExp(terms, k);
    double goldScore = 0;
    for (int i = 0; i < n; i++) {
      int base = i * l;
      for (int y = 0; y < l; y++) {
        ds[base + y] = (float) Math.exp(alpha[base + y] + beta[base + y] - logZ);
      }
      int g = gold[i];
      ds[base + g] -= 1f;
      int prevRow = i == 0 ? 0 : (gold[i - 1] + 1) * l;
      dt[prevRow + g] -= 1f;
      goldScore += s[base + g] + t[prevRow + g];
    }
    for (int y = 0; y < l; y++) {
      dt[y] += ds[y] + (y == gold[0] ? 1f : 0f);
    }
    for (int i = 1; i < n; i++) {
      int prev = (i - 1) * l;
      int cur = i * l;
      for (int p = 0; p < l; p++) {
        double a = alpha[prev + p];
        if (a == Double.NEGATIVE_INFINITY) {
          continue;
        }
        int row = (p + 1) * l;
        for (int y = 0; y < l; y++) {
          if (allowed[row + y]) {
            dt[row + y] += (float) Math.exp(a + t[row + y] + s[cur + y] + beta[cur + y] - logZ);
          }
        }
      }
    }
    return logZ - goldScore;
  }

  private void forward(float[] s, float[] t, int n) {
    for (int y = 0; y < l; y++) {
      alpha[y] = allowed[y] ? s[y] + t[y] : Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      int prev = (i - 1) * l;
      int cur = i * l;
      for (int y = 0; y < l; y++) {
        int k = 0;
        for (int p = 0; p < l; p++) {
          if (allowed[(p + 1) * l + y]) {
            terms[k++] = alpha[prev + p] + t[(p + 1) * l + y];
          }
        }
        alpha[cur + y] = logSumExp(terms, k) + s[cur + y];
      }
    }
  }

  private void backward(float[] s, float[] t, int n) {
    int last = (n - 1) * l;
    for (int y = 0; y < l; y++) {
      beta[last + y] = scheme.mayEnd(y) ? 0 : Double.NEGATIVE_INFINITY;
    }
    for (int i = n - 2; i >= 0; i--) {
      int cur = i * l;
      int next = cur + l;
      for (int y = 0; y < l; y++) {
        int row = (y + 1) * l;
        int k = 0;
        for (int q = 0; q < l; q++) {
          if (allowed[row + q]) {
            terms[k++] = t[row + q] + s[next + q] + beta[next + q];
          }
        }
        beta[cur + y] = logSumExp(terms, k);
      }
    }
  }

  static double logSumExp(double[] x, int k) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      max = Math.max(max, x[j]);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (int j = 0; j < k; j++) {
      sum += Math.exp(x[j] - max);
    }
    return max + Math.log(sum);
  }

  private void ensure(int n) {
    if (alpha.length < n * l) {
      alpha = new double[n * l * 2];
      beta = new double[n * l * 2];
    }
    Arrays.fill(alpha, 0, n * l, 0);
  }
}
