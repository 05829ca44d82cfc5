package org.marsad.ner;

/**
 * The non-zero rows of a hashed weight table, packed for fast lookup: a bitset over the
 * {@code 2^bits} buckets says which rows exist, a rank table gives their index, and the rows lie
 * contiguously. The dense table of the trainer is mostly zeros and too large for the caches; this
 * one is a few MB, and a feature that was never updated costs one bit test.
 *
 * <p>A row holds the {@link Labels#COUNT} weights of every stage of the model side by side
 * ({@code stages * L} values), so that one lookup, and mostly one cache miss, serves both the
 * first pass and the document-level second pass. Weights are kept as 16-bit integers times a
 * scale per stage, as in the model file: half the memory of floats, hence fewer cache misses,
 * and a model built in memory scores exactly as the same model written and read back.
 * Immutable and thread-safe.
 */
final class CompactWeights {
  private static final int L = Labels.COUNT;
  private final int bits;
  private final int stages;
  private final int width;
  private final long[] present;
  private final int[] rank;
  private final short[] rows;
  private final float[] scale;

  /**
   * Packs {@code dense[stage]} ({@code 2^bits * L} floats each), quantized to 16 bits with the
   * scale {@code max |w| / 32767} per stage; rows that quantize to zero in every stage are dropped.
   */
  CompactWeights(int bits, float[]... dense) {
    this.bits = bits;
    this.stages = dense.length;
    this.width = stages * L;
    scale = new float[stages];
    for (int s = 0; s < stages; s++) {
      float max = 0;
      for (float w : dense[s]) {
        max = Math.max(max, Math.abs(w));
      }
      scale[s] = max == 0 ? 1 : max / Short.MAX_VALUE;
    }
    int buckets = 1 << bits;
    present = new long[(buckets + 63) >>> 6];
    rank = new int[present.length];
    int count = 0;
    for (int b = 0; b < buckets; b++) {
      if (nonZero(dense, b)) {
        present[b >>> 6] |= 1L << (b & 63);
        count++;
      }
    }
    rows = new short[count * width];
    int r = 0;
    for (int w = 0; w < present.length; w++) {
      rank[w] = r;
      long word = present[w];
      while (word != 0) {
        int b = (w << 6) + Long.numberOfTrailingZeros(word);
        for (int s = 0; s < stages; s++) {
          for (int y = 0; y < L; y++) {
            rows[r * width + s * L + y] = (short) Math.round(dense[s][b * L + y] / scale[s]);
          }
        }
        r++;
        word &= word - 1;
      }
    }
  }

  private boolean nonZero(float[][] dense, int b) {
    for (int s = 0; s < dense.length; s++) {
      for (int y = 0; y < L; y++) {
        if (Math.round(dense[s][b * L + y] / scale[s]) != 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Rows given directly: {@code buckets} ascending, {@code rows} holding {@code stages * L}
   * quantized weights per bucket, stage {@code s}'s to be multiplied by {@code scale[s]}.
   */
  CompactWeights(int bits, int[] buckets, short[] rows, float[] scale) {
    this.bits = bits;
    this.stages = scale.length;
    this.width = stages * L;
    this.scale = scale.clone();
    if (rows.length != buckets.length * width) {
      throw new IllegalArgumentException("expected " + width + " weights per row");
    }
    present = new long[((1 << bits) + 63) >>> 6];
    rank = new int[present.length];
    int prev = -1;
    for (int b : buckets) {
      if (b <= prev || b >= 1 << bits) {
        throw new IllegalArgumentException("buckets must be ascending and below 2^" + bits);
      }
      present[b >>> 6] |= 1L << (b & 63);
      prev = b;
    }
    int r = 0;
    for (int w = 0; w < present.length; w++) {
      rank[w] = r;
      r += Long.bitCount(present[w]);
    }
    this.rows = rows;
  }

  int stages() {
    return stages;
  }

  int rowCount() {
    return rows.length / width;
  }

  /** Index of bucket {@code b}'s row times the row width, or -1 if the row is zero. */
  int offset(int b) {
    long word = present[b >>> 6];
    long bit = 1L << (b & 63);
    if ((word & bit) == 0) {
      return -1;
    }
    return (rank[b >>> 6] + Long.bitCount(word & (bit - 1))) * width;
  }

  /** The quantized rows, {@code stages * L} values each. */
  short[] rows() {
    return rows;
  }

  /** The scale of stage {@code stage}'s quantized weights. */
  float scale(int stage) {
    return scale[stage];
  }

  /** Adds the first stage's weights of features {@code feats[from, to)} to {@code out[base, base + L)}. */
  void sum(int[] feats, int from, int to, float[] out, int base) {
    sum(feats, from, to, out, base, 0);
  }

  /** Adds the weights of {@code stage} for features {@code feats[from, to)} to {@code out[base, base + L)}. */
  void sum(int[] feats, int from, int to, float[] out, int base, int stage) {
    int s = stage * L;
    float sc = scale[stage];
    for (int k = from; k < to; k++) {
      int o = offset(feats[k]);
      if (o < 0) {
        continue;
      }
      o += s;
      for (int y = 0; y < L; y++) {
        out[base + y] += rows[o + y] * sc;
      }
    }
  }

  /** Adds every stage's weights of {@code feats[from, to)}: stage {@code s} to {@code out[s]}. */
  void sumStages(int[] feats, int from, int to, float[][] out, int base) {
    if (stages == 2) {
      // The two-stage model: one pass over each row's 2 * L weights.
      float[] x0 = out[0];
      float[] x1 = out[1];
      float s0 = scale[0];
      float s1 = scale[1];
      for (int k = from; k < to; k++) {
        int o = offset(feats[k]);
        if (o < 0) {
          continue;
        }
        for (int y = 0; y < L; y++) {
          x0[base + y] += rows[o + y] * s0;
          x1[base + y] += rows[o + L + y] * s1;
        }
      }
      return;
    }
    for (int k = from; k < to; k++) {
      int o = offset(feats[k]);
      if (o < 0) {
        continue;
      }
      for (int s = 0; s < stages; s++) {
        float[] x = out[s];
        float sc = scale[s];
        for (int y = 0; y < L; y++) {
          x[base + y] += rows[o + y] * sc;
        }
        o += L;
      }
    }
  }

  /** The dense table of {@code stage} back, for tests and tools. */
  float[] dense(int stage) {
    float[] d = new float[(1 << bits) * L];
    for (int b = 0; b < 1 << bits; b++) {
      int o = offset(b);
      if (o >= 0) {
        for (int y = 0; y < L; y++) {
          d[b * L + y] = rows[o + stage * L + y] * scale[stage];
        }
      }
    }
    return d;
  }

  /** Bucket indices of the rows, ascending. */
  int[] buckets() {
    int[] out = new int[rowCount()];
    int r = 0;
    for (int w = 0; w < present.length; w++) {
      long word = present[w];
      while (word != 0) {
        out[r++] = (w << 6) + Long.numberOfTrailingZeros(word);
        word &= word - 1;
      }
    }
    return out;
  }
}
