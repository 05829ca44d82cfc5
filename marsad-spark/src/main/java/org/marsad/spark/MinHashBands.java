package org.marsad.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.marsad.model.Document;
import org.marsad.model.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * MinHash (64 hashes over word 3-shingles of the stems) with LSH in 16 bands of 4 rows: the same
 * signature and terms as the store's near-duplicate detection (marsad-app {@code store.MinHash}),
 * so a corpus clusters alike in both. Thread-safe.
 */
final class MinHashBands {
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

  private MinHashBands() {}

  /** Band keys {@code "b:hex"} followed by the signature as 64 ints in hex, or null for a text under 3 terms. */
  static String[] bands(Document doc) {
    int[] sig = signature(stems(doc));
    if (sig == null) {
      return null;
    }
    String[] out = new String[BANDS + 1];
    for (int b = 0; b < BANDS; b++) {
      out[b] = b + ":" + Long.toHexString(bandKey(sig, b));
    }
    StringBuilder s = new StringBuilder(SIZE * 8);
    for (int v : sig) {
      s.append(String.format(Locale.ROOT, "%08x", v));
    }
    out[BANDS] = s.toString();
    return out;
  }

  static int[] parseSignature(String hex) {
    int[] sig = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sig[i] = Integer.parseUnsignedInt(hex.substring(i * 8, i * 8 + 8), 16);
    }
    return sig;
  }

  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  private static List<String> stems(Document doc) {
    List<String> out = new ArrayList<>(doc.tokens().size());
    for (Token t : doc.tokens()) {
      String s = switch (t.kind()) {
        case ARABIC -> ArabicNormalizer.fold(t.stem().form());
        case LATIN, URL, EMAIL -> t.text().toLowerCase(Locale.ROOT);
        case NUMBER -> t.norm();
        case PUNCT, OTHER -> null;
      };
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  static int[] signature(List<String> terms) {
    if (terms.size() < SHINGLE) {
      return null;
    }
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
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

  static long bandKey(int[] sig, int b) {
    long h = b;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h * 31 + sig[b * ROWS + r]);
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
