package org.marsad.ner.train;

/**
 * The parameters and the scoring function of a CRF over hashed features with an optional hidden
 * layer ("wide and deep"): the score of label {@code y} at word {@code i} is
 *
 * <pre>
 *   c[y] + sum_f W[f][y]  +  sum_k g(b[k] + sum_f E[row(f)][k]) * V[k][y]
 * </pre>
 *
 * with {@code f} over the word's hashed features, {@code W} the linear ("wide") weights in the
 * features' own {@code 2^bits} buckets (absent when {@code linear} is false), {@code E} feature
 * embeddings of width {@code H} in a smaller table of {@code 2^embedBits} rows that the feature
 * ids are hashed into again, {@code g} the activation, and transitions {@code t[(prev + 1) * L +
 * y]}. {@code H = 0} is a plain linear CRF. Experiment code for {@link NeuralCrf}; not part of the
 * shipped model.
 */
final class CrfNetwork {
  enum Activation {
    TANH, RELU, HARDTANH;

    float apply(float a) {
      switch (this) {
        case TANH:
          return (float) Math.tanh(a);
        case RELU:
          return a > 0 ? a : 0;
        default:
          return a > 1 ? 1 : a < -1 ? -1 : a;
      }
    }

    /** The derivative at pre-activation {@code a}, given {@code g = apply(a)}. */
    float derivative(float a, float g) {
      switch (this) {
        case TANH:
          return 1 - g * g;
        case RELU:
          return a > 0 ? 1 : 0;
        default:
          return a > -1 && a < 1 ? 1 : 0;
      }
    }
  }

  final int labels;
  final int bits;
  final int embedBits;
  final int hidden;
  final Activation activation;
  /** Linear weights {@code [f * L + y]}, or null. */
  final float[] w;
  /** Embeddings {@code [row * H + k]}, or null when {@code H = 0}. */
  final float[] e;
  final float[] b;
  /** Output weights {@code [k * L + y]}. */
  final float[] v;
  final float[] c;
  final float[] t;

  CrfNetwork(int labels, int bits, boolean linear, int embedBits, int hidden,
      Activation activation) {
    if (!linear && hidden == 0) {
      throw new IllegalArgumentException("a network needs a linear part or a hidden layer");
    }
    this.labels = labels;
    this.bits = bits;
    this.embedBits = embedBits;
    this.hidden = hidden;
    this.activation = activation;
    w = linear ? new float[(1 << bits) * labels] : null;
    e = hidden > 0 ? new float[(1 << embedBits) * hidden] : null;
    b = new float[hidden];
    v = new float[hidden * labels];
    c = new float[labels];
    t = new float[(labels + 1) * labels];
  }

  /** A network of the same shape with all parameters 0. */
  CrfNetwork zeros() {
    return new CrfNetwork(labels, bits, w != null, embedBits, hidden, activation);
  }

  /** The parameter arrays in the order {@code w, e, b, v, c, t}; absent ones are null. */
  float[][] arrays() {
    return new float[][] {w, e, b, v, c, t};
  }

  /** The embedding row of feature {@code f}: a multiplicative re-hash of the bucket id. */
  int row(int f) {
    return (f * 0x9E3779B9) >>> (32 - embedBits);
  }

  /**
   * Writes the emission scores of {@code n} words into {@code out[i * L + y]}. When {@code pre}
   * is not null the hidden layer's pre-activations and activations are kept in {@code pre} and
   * {@code act} ({@code [i * H + k]}) and each activation is multiplied by {@code mask[i * H + k]}
   * (inverted dropout; null for none) before the output layer.
   */
  void emissions(int[] feats, int[] start, int n, float[] out, float[] pre, float[] act,
      float[] mask) {
    int l = labels;
    int h = hidden;
    float[] a = pre != null ? pre : new float[n * h];
    for (int i = 0; i < n; i++) {
      int base = i * l;
      System.arraycopy(c, 0, out, base, l);
      if (w != null) {
        for (int k = start[i]; k < start[i + 1]; k++) {
          int f = feats[k] * l;
          for (int y = 0; y < l; y++) {
            out[base + y] += w[f + y];
          }
        }
      }
      if (h == 0) {
        continue;
      }
      int hb = i * h;
      System.arraycopy(b, 0, a, hb, h);
      for (int k = start[i]; k < start[i + 1]; k++) {
        int r = row(feats[k]) * h;
        for (int j = 0; j < h; j++) {
          a[hb + j] += e[r + j];
        }
      }
      for (int j = 0; j < h; j++) {
        float g = activation.apply(a[hb + j]);
        if (act != null) {
          act[hb + j] = g;
        }
        if (mask != null) {
          g *= mask[hb + j];
        }
        if (g == 0) {
          continue;
        }
        int vr = j * l;
        for (int y = 0; y < l; y++) {
          out[base + y] += g * v[vr + y];
        }
      }
    }
  }

  /**
   * Back-propagates the emission gradient {@code ds} of {@code n} words through the output layer:
   * adds to {@code dv} and {@code dc} and writes the pre-activation gradient {@code da[i * H +
   * k]}, given what {@link #emissions} kept in {@code pre}, {@code act} and {@code mask}.
   */
  void backward(float[] ds, int n, float[] pre, float[] act, float[] mask, float[] dv,
      float[] dc, float[] da) {
    int l = labels;
    int h = hidden;
    for (int i = 0; i < n; i++) {
      int base = i * l;
      for (int y = 0; y < l; y++) {
        dc[y] += ds[base + y];
      }
      int hb = i * h;
      for (int j = 0; j < h; j++) {
        float m = mask == null ? 1 : mask[hb + j];
        float g = act[hb + j] * m;
        int vr = j * l;
        float dh = 0;
        for (int y = 0; y < l; y++) {
          dv[vr + y] += g * ds[base + y];
          dh += v[vr + y] * ds[base + y];
        }
        da[hb + j] = m == 0 ? 0 : dh * m * activation.derivative(pre[hb + j], act[hb + j]);
      }
    }
  }
}
