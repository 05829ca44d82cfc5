package org.marsad.spark;

import java.util.Locale;
import org.marsad.model.Document;
import org.marsad.text.MinHash;

/**
 * The store's near-duplicate signature ({@link MinHash}) encoded for Spark rows: the LSH band keys
 * as strings, to group candidates by band, and the signature in hex. Thread-safe.
 */
final class MinHashBands {
  static final int BANDS = MinHash.BANDS;

  private MinHashBands() {}

  /** Band keys {@code "b:hex"} followed by the signature as 64 ints in hex, or null for a text under 3 terms. */
  static String[] bands(Document doc) {
    int[] sig = MinHash.signature(MinHash.terms(doc));
    if (sig == null) {
      return null;
    }
    String[] out = new String[BANDS + 1];
    for (int b = 0; b < BANDS; b++) {
      out[b] = b + ":" + Long.toHexString(MinHash.bandKey(sig, b));
    }
    StringBuilder s = new StringBuilder(MinHash.SIZE * 8);
    for (int v : sig) {
      s.append(String.format(Locale.ROOT, "%08x", v));
    }
    out[BANDS] = s.toString();
    return out;
  }

  static int[] parseSignature(String hex) {
    int[] sig = new int[MinHash.SIZE];
    for (int i = 0; i < MinHash.SIZE; i++) {
      sig[i] = Integer.parseUnsignedInt(hex.substring(i * 8, i * 8 + 8), 16);
    }
    return sig;
  }
}
