package org.marsad.kb;

import java.util.Map;

/**
 * An open-addressing table from words to int flags: hashes in an {@code int[]} so a miss or a hit
 * touches one array slot before any key, no boxing. Built once, then read-only and thread-safe.
 */
final class WordFlags {
  private final int[] hashes;
  private final String[] keys;
  private final int[] values;
  private final int mask;

  WordFlags(Map<String, Integer> m) {
    int cap = Integer.highestOneBit(Math.max(4, m.size() * 3)) << 1;
    hashes = new int[cap];
    keys = new String[cap];
    values = new int[cap];
    mask = cap - 1;
    m.forEach((k, v) -> {
      int h = mix(k.hashCode());
      int i = h & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      keys[i] = k;
      values[i] = v;
    });
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The flags of {@code w}, 0 if absent. */
  int get(String w) {
    int h = mix(w.hashCode());
    for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].equals(w)) {
        return values[i];
      }
    }
    return 0;
  }
}
