package org.marsad.ner;

/**
 * The non-zero rows of a hashed weight table, packed for fast lookup: a bitset over the
 * {@code 2^bits} buckets says which rows exist, a rank table gives their index, and the rows
 * ({@link Labels#COUNT} floats each) lie contiguously. The dense table of the trainer is mostly
 * zeros and too large for the caches; this one is a few MB, and a feature that was never
 * updated costs one bit test. Immutable and thread-safe.
 */
final class CompactWeights {
  private static final int L = Labels.COUNT;
  private final int bits;
  private final long[] present;
  private final int[] rank;
  private final float[] rows;

  /** Packs the non-zero rows of {@code dense} ({@code 2^bits * L} floats). */
  CompactWeights(int bits, float[] dense) {
    this.bits = bits;
    int buckets = 1 << bits;
    present = new long[(buckets + 63) >>> 6];
    rank = new int[present.length];
    int count = 0;
    for (int b = 0; b < buckets; b++) {
      for (int y = 0; y < L; y++) {
        if (dense[b * L + y] != 0) {
          present[b >>> 6] |= 1L << (b & 63);
          count++;
          break;
        }
      }
    }
    rows = new float[count * L];
    int r = 0;
    for (int w = 0; w < present.length; w++) {
      rank[w] = r;
      long word = present[w];
      while (word != 0) {
        int b = (w << 6) + Long.numberOfTrailingZeros(word);
        System.arraycopy(dense, b * L, rows, r * L, L);
        r++;
        word &= word - 1;
      }
    }
  }

  /** Rows given directly: {@code buckets} ascending, {@code rows} holding L floats per bucket. */
  CompactWeights(int bits, int[] buckets, float[] rows) {
    this.bits = bits;
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

  int rowCount() {
    return rows.length / L;
  }

  /** Index of bucket {@code b}'s row times L, or -1 if the row is zero. */
  int offset(int b) {
    long word = present[b >>> 6];
    long bit = 1L << (b & 63);
    if ((word & bit) == 0) {
      return -1;
    }
    return (rank[b >>> 6] + Long.bitCount(word & (bit - 1))) * L;
  }

  float[] rows() {
    return rows;
  }

  /** Adds the weights of features {@code feats[from, to)} to {@code out[base, base + L)}. */
  void sum(int[] feats, int from, int to, float[] out, int base) {
    for (int k = from; k < to; k++) {
      int o = offset(feats[k]);
      if (o < 0) {
        continue;
      }
      for (int y = 0; y < L; y++) {
        out[base + y] += rows[o + y];
      }
    }
  }

  /** The dense table back, for tests and tools. */
  float[] dense() {
    float[] d = new float[(1 << bits) * L];
    for (int b = 0; b < 1 << bits; b++) {
      int o = offset(b);
      if (o >= 0) {
        System.arraycopy(rows, o, d, b * L, L);
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
