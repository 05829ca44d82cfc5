package org.marsad.ner;

/**
 * First-order Viterbi decoding over BIO labels with the hard constraint that {@code I-t} only
 * follows {@code B-t} or {@code I-t} (Viterbi 1967; the constraint as in Ratinov and Roth 2009).
 * One instance per thread: it keeps its buffers.
 */
public final class Viterbi {
  private static final int L = Labels.COUNT;
  private static final boolean[] ALLOWED = new boolean[(L + 1) * L];

  /** For each label, the labels allowed before it (all for O and B-t; B-t and I-t for I-t). */
  private static final int[][] PREVIOUS = new int[L][];

  static {
    for (int prev = -1; prev < L; prev++) {
      for (int y = 0; y < L; y++) {
        ALLOWED[(prev + 1) * L + y] = Labels.allowed(prev, y);
      }
    }
    for (int y = 0; y < L; y++) {
      int count = 0;
      int[] p = new int[L];
      for (int prev = 0; prev < L; prev++) {
        if (ALLOWED[(prev + 1) * L + y]) {
          p[count++] = prev;
        }
      }
      PREVIOUS[y] = java.util.Arrays.copyOf(p, count);
    }
  }

  private float[] emission = new float[0];
  private float[] score = new float[0];
  private int[] back = new int[0];

  /**
   * Computes the emission scores of every word into {@link #emission()} and returns them.
   *
   * @param weights {@code weights[bucket * L + label]}
   */
  float[] emissions(CompactWeights weights, FeatureExtractor.Scratch s) {
    int n = s.n;
    ensure(n);
    java.util.Arrays.fill(emission, 0, n * L, 0f);
    for (int i = 0; i < n; i++) {
      weights.sum(s.features, s.start[i], s.start[i + 1], emission, i * L);
    }
    return emission;
  }

  /**
   * Emission scores for the tagging fast path: the per-position features left by
   * {@link FeatureExtractor#extractContext} plus each word's cached role sums. Equal to
   * {@link #emissions(CompactWeights, FeatureExtractor.Scratch)} after a full extraction, up to
   * float rounding.
   */
  float[] emissionsByRole(CompactWeights weights, FeatureExtractor extractor,
      FeatureExtractor.Scratch s) {
    return emissionsByRole(weights, 0, extractor, s.info, s.features, s.start, s.n, null,
        s.roleBuffer);
  }

  /**
   * The fast-path emission scores of stage {@code stage} of {@code weights} for {@code n} words:
   * their per-position features {@code feats[start[i], start[i + 1])} and the cached role sums
   * of each word ({@code info}); a word's role sums are computed for all stages at once.
   *
   * @param second if not null (a two-stage model, {@code stage} 0), receives the second stage's
   *     sums of the same per-position features and role features, read from the same rows
   */
  float[] emissionsByRole(CompactWeights weights, int stage, FeatureExtractor extractor,
      FeatureExtractor.WordInfo[] info, int[] feats, int[] start, int n, float[] second,
      int[] buf) {
    ensure(n);
    java.util.Arrays.fill(emission, 0, n * L, 0f);
    float[][] both = second == null ? null : new float[][] {emission, second};
    int roleBase = stage * 5 * L;
    for (int i = 0; i < n; i++) {
      int base = i * L;
      if (second == null) {
        weights.sum(feats, start[i], start[i + 1], emission, base, stage);
      } else {
        weights.sumStages(feats, start[i], start[i + 1], both, base);
      }
      for (int d = -2; d <= 2; d++) {
        int j = i + d;
        if (j < 0 || j >= n) {
          continue;
        }
        float[] r = extractor.roles(info[j], weights, buf);
        int o = roleBase + (d + 2) * L;
        for (int y = 0; y < L; y++) {
          emission[base + y] += r[o + y];
        }
        if (second != null) {
          int o2 = 5 * L + (d + 2) * L;
          for (int y = 0; y < L; y++) {
            second[base + y] += r[o2 + y];
          }
        }
      }
    }
    return emission;
  }

  /**
   * The second stage's emission scores: {@code partial} (its sums of every first-stage feature,
   * from the first pass) plus the {@link DocumentContext} features {@code extra[extraStart[i],
   * extraStart[i + 1])}.
   */
  float[] secondStageEmissions(CompactWeights weights, int n, float[] partial, int[] extra,
      int[] extraStart) {
    ensure(n);
    System.arraycopy(partial, 0, emission, 0, n * L);
    for (int i = 0; i < n; i++) {
      weights.sum(extra, extraStart[i], extraStart[i + 1], emission, i * L, 1);
    }
    return emission;
  }

  /** Emission scores from a dense weight table (training). */
  public float[] emissions(float[] weights, FeatureExtractor.Scratch s) {
    return emissions(weights, s.features, s.start, s.n);
  }

  /**
   * Emission scores of {@code n} words whose features are {@code feats[start[i], start[i + 1])}.
   */
  public float[] emissions(float[] weights, int[] feats, int[] start, int n) {
    ensure(n);
    for (int i = 0; i < n; i++) {
      int base = i * L;
      for (int y = 0; y < L; y++) {
        emission[base + y] = 0;
      }
      for (int k = start[i]; k < start[i + 1]; k++) {
        int w = feats[k] * L;
        for (int y = 0; y < L; y++) {
          emission[base + y] += weights[w + y];
        }
      }
    }
    return emission;
  }

  /** The emission buffer of the last {@link #emissions} call. */
  public float[] emission() {
    return emission;
  }

  /**
   * Best label sequence for {@code n} words given {@link #emissions} already computed.
   *
   * @param transitions {@code transitions[(prev + 1) * L + label]}, row 0 for the sentence start
   * @param out receives the labels
   */
  public void decode(float[] transitions, int n, int[] out) {
    if (n == 0) {
      return;
    }
    for (int y = 0; y < L; y++) {
      score[y] = ALLOWED[y] ? emission[y] + transitions[y] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      int cur = i * L;
      int prevBase = cur - L;
      for (int y = 0; y < L; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p : PREVIOUS[y]) {
          float v = score[prevBase + p] + transitions[(p + 1) * L + y];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        score[cur + y] = best + emission[cur + y];
        back[cur + y] = arg;
      }
    }
    int last = (n - 1) * L;
    int y = 0;
    for (int k = 1; k < L; k++) {
      if (score[last + k] > score[last + y]) {
        y = k;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = y;
      y = back[i * L + y];
    }
  }

  private void ensure(int n) {
    if (emission.length < n * L) {
      int cap = Math.max(n * L, emission.length * 2);
      emission = new float[cap];
      score = new float[cap];
      back = new int[cap];
    }
  }
}
