package org.marsad.text;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.model.Document;
import org.marsad.model.Token;

/**
 * MinHash signatures over word 3-shingles, for near-duplicate detection (Broder 1997), with
 * locality-sensitive hashing in {@link #BANDS} bands of {@link #ROWS} rows: two texts whose
 * shingle sets have Jaccard similarity 0.7 share a band with probability about 0.99, at 0.3 about
 * 0.12. Candidates are then checked on the whole signature ({@link #similarity}). The store and
 * the Spark job both cluster stories with this one class, so a corpus clusters alike in both.
 * Thread-safe.
 */
public final class MinHash {
  public static final int SIZE = 64;
  public static final int BANDS = 16;
  public static final int ROWS = SIZE / BANDS;
  public static final int SHINGLE = 3;
  /** Estimated Jaccard similarity at or above which two texts are the same story. */
  public static final double THRESHOLD = 0.6;

  private static final long[] SEEDS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      SEEDS[i] = x;
    }
  }

  private MinHash() {}

  /**
   * The term a token contributes to shingles (and to the store's search index): an Arabic word's
   * folded stem, a Latin word, URL or e-mail in lower case, a number's folded form; null for
   * punctuation and other symbols.
   */
  public static String term(Token t) {
    return switch (t.kind()) {
      case ARABIC -> ArabicNormalizer.fold(t.stem().form());
      case LATIN, URL, EMAIL -> t.text().toLowerCase(Locale.ROOT);
      case NUMBER -> t.norm();
      case PUNCT, OTHER -> null;
    };
  }

  /** The terms of an analyzed document, in order. */
  public static List<String> terms(Document doc) {
    List<String> out = new ArrayList<>(doc.tokens().size());
    for (Token t : doc.tokens()) {
      String s = term(t);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** The signature of a sequence of terms; null if it has fewer terms than a shingle. */
  public static int[] signature(List<String> terms) {
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
  public static long bandKey(int[] sig, int b) {
    long h = b;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h * 31 + sig[b * ROWS + r]);
    }
    return h;
  }

  /** Estimated Jaccard similarity: the share of equal positions. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  public static byte[] toBytes(int[] sig) {
    ByteBuffer b = ByteBuffer.allocate(SIZE * 4);
    for (int v : sig) {
      b.putInt(v);
    }
    return b.array();
  }

  public static int[] fromBytes(byte[] bytes, int offset, int length) {
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
