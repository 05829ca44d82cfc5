package org.marsad.text;

import java.util.Arrays;

/**
 * An immutable map from words to counts, looked up by {@code (char[], off, len)} without building a
 * String (as Lucene's {@code CharArraySet} does). Open addressing over one shared char pool.
 *
 * <p>Thread-safe once built.
 */
final class CharArrayCounts {
  private final char[] pool;
  private final int[] slotOffset; // -1 = empty
  private final int[] slotLength;
  private final int[] slotCount;
  private final int mask;
  private final int size;

  private CharArrayCounts(char[] pool, int[] offset, int[] length, int[] count, int size) {
    this.pool = pool;
    this.slotOffset = offset;
    this.slotLength = length;
    this.slotCount = count;
    this.mask = offset.length - 1;
    this.size = size;
  }

  int size() {
    return size;
  }

  /** The count of the word, or 0 if absent. */
  int count(char[] buf, int off, int len) {
    int slot = slot(buf, off, len);
    return slot < 0 ? 0 : slotCount[slot];
  }

  /** The slot holding the word, or -1 if absent. Slots are stable: use them to index side tables. */
  int slot(char[] buf, int off, int len) {
    int slot = hash(buf, off, len) & mask;
    while (true) {
      int o = slotOffset[slot];
      if (o < 0) {
        return -1;
      }
      if (slotLength[slot] == len && Arrays.equals(pool, o, o + len, buf, off, off + len)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Number of slots; valid slots are in {@code [0, capacity())}. */
  int capacity() {
    return slotOffset.length;
  }

  /** Copies the word in {@code slot} into {@code out} and returns its length, or -1 if empty. */
  int wordAt(int slot, char[] out) {
    int o = slotOffset[slot];
    if (o < 0) {
      return -1;
    }
    int len = slotLength[slot];
    if (len > out.length) {
      return -1;
    }
    System.arraycopy(pool, o, out, 0, len);
    return len;
  }

  int count(String word) {
    char[] c = word.toCharArray();
    return count(c, 0, c.length);
  }

  boolean contains(char[] buf, int off, int len) {
    return count(buf, off, len) > 0;
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16);
  }

  /** Collects words; later additions of the same word add to its count. */
  static final class Builder {
    private final StringBuilder pool = new StringBuilder();
    private final java.util.HashMap<String, Integer> counts = new java.util.HashMap<>();

    Builder add(String word, int count) {
      if (!word.isEmpty()) {
        counts.merge(word, count, Integer::sum);
      }
      return this;
    }

    CharArrayCounts build() {
      int capacity = Integer.highestOneBit(Math.max(16, counts.size() * 2 - 1)) << 1;
      int[] offset = new int[capacity];
      int[] length = new int[capacity];
      int[] count = new int[capacity];
      Arrays.fill(offset, -1);
      char[] chars;
      int total = 0;
      for (String w : counts.keySet()) {
        total += w.length();
      }
      chars = new char[total];
      int p = 0;
      for (var e : counts.entrySet()) {
        String w = e.getKey();
        w.getChars(0, w.length(), chars, p);
        int slot = hash(chars, p, w.length()) & (capacity - 1);
        while (offset[slot] >= 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        offset[slot] = p;
        length[slot] = w.length();
        count[slot] = e.getValue();
        p += w.length();
      }
      pool.setLength(0);
      return new CharArrayCounts(chars, offset, length, count, counts.size());
    }
  }
}
