package org.marsad.store;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * MinHash signatures over word 3-shingles, for near-duplicate detection (Broder 1997), with
 * locality-sensitive hashing in {@link #BANDS} bands of {@link #ROWS} rows: two texts whose
 * shingle sets have Jaccard similarity 0.7 share a band with probability about 0.99, at 0.3 about
 * 0.12. Candidates are then checked on the whole signature ({@link #similarity}). Thread-safe.
 */
final class MinHash {
  static final int SIZE = 64;
  static final int BANDS = 16;
  static final int ROWS = SIZE / BANDS;
  static final int SHINGLE = 3;
  /** Estimated Jaccard similarity at or above which two texts are the same story. */
  static final double THRESHOLD = 0.6;

  private static final long[] SEEDS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      SEEDS[i] = x;
    }
  }

  private MinHash() {}

  /** The signature of a sequence of terms; null if it has fewer terms than a shingle. */
  static int[] signature(List<String> terms) {
    if (terms.size() < SHINGLE) {
      return null;
    }
    int[] sig = new int[SIZE];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    long[] termHashes = new long[terms.size()];
    for (int i = 0; i < termHashes.length; i++) {
      termHashes[i] = mix(terms.get(i).hashCode() * 0xC2B2AE3D27D4EB4FL);
    }
    for (int i = 0; i + SHINGLE <= termHashes.length; i++) {
      long h = termHashes[i];
      for (int k = 1; k < SHINGLE; k++) {
        h = mix(h * 31 + termHashes[i + k]);
      }
      for (int s = 0; s < SIZE; s++) {
        int v = (int) (mix(h ^ SEEDS[s]) >>> 33);
        if (v < sig[s]) {
          sig[s] = v;
        }
      }
    }
    return sig;
  }

  /** The LSH key of band {@code b}: the band's index and rows hashed into one long. */
  static long bandKey(int[] sig, int b) {
    long h = b;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h * 31 + sig[b * ROWS + r]);
    }
    return h;
  }

  /** Estimated Jaccard similarity: the share of equal positions. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  static byte[] toBytes(int[] sig) {
    ByteBuffer b = ByteBuffer.allocate(SIZE * 4);
    for (int v : sig) {
      b.putInt(v);
    }
    return b.array();
  }

  static int[] fromBytes(byte[] bytes, int offset, int length) {
    if (length != SIZE * 4) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
    int[] sig = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sig[i] = b.getInt();
    }
    return sig;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
