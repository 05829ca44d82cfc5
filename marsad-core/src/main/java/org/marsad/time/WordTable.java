package org.marsad.time;

import java.util.Map;

/**
 * An open-addressing hash table looked up by a char range of a string, so that scanning a text
 * never builds a {@code String} per word (Lucene's {@code CharArraySet} idea). Immutable after
 * construction and thread-safe.
 */
final class WordTable {
  private final String[] keys;
  private final Word[] values;
  private final int mask;

  WordTable(Map<String, Word> entries) {
    int cap = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new String[cap];
    values = new Word[cap];
    mask = cap - 1;
    entries.forEach(this::put);
  }

  private void put(String key, Word value) {
    int slot = hash(key, 0, key.length()) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /** The word stored for {@code s[start, end)}, or null. */
  Word get(CharSequence s, int start, int end) {
    int len = end - start;
    int slot = hash(s, start, end) & mask;
    for (String k = keys[slot]; k != null; k = keys[slot]) {
      if (k.length() == len && regionEquals(k, s, start)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private static boolean regionEquals(String k, CharSequence s, int start) {
    for (int i = 0; i < k.length(); i++) {
      if (k.charAt(i) != s.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h ^ (h >>> 16);
  }
}
