package org.marsad.internal.lex;

/**
 * An open-addressing map from char sequences to values, looked up by {@code (char[], off, len)}
 * so that matching a token allocates nothing (Lucene's {@code CharArrayMap} idea). Each slot keeps
 * its key's hash, so a probe compares chars only on a hash match.
 *
 * <p>Unsupported internal API. Not thread-safe while being filled; safe to share for reads once
 * filled.
 */
public final class CharKeyMap<V> {
  private char[][] keys = new char[64][];
  private int[] hashes = new int[64];
  private Object[] values = new Object[64];
  private int size;
  private int shift = 32 - 6; // 64 slots
  /** A bit per (first char, last char, length) of the keys: most misses cost one bit test. */
  private final long[] shape = new long[1 << 10];

  public void put(CharSequence key, V value) {
    char[] k = key.toString().toCharArray();
    if (size * 3 >= keys.length) {
      grow();
    }
    int h = hash(k, 0, k.length);
    if (k.length > 0) {
      int b = shapeBit(k, 0, k.length);
      shape[b >>> 6] |= 1L << (b & 63);
    }
    int slot = slot(k, 0, k.length, h);
    if (keys[slot] == null) {
      size++;
    }
    keys[slot] = k;
    hashes[slot] = h;
    values[slot] = value;
  }

  @SuppressWarnings("unchecked")
  public V get(char[] buf, int off, int len) {
    if (!mightContain(buf, off, len)) {
      return null;
    }
    int s = slot(buf, off, len, hash(buf, off, len));
    return keys[s] == null ? null : (V) values[s];
  }

  /**
   * As {@link #get(char[], int, int)} with the key's {@link #rawHash} already known (from
   * {@link FoldedTokens#hash}): the lookup then costs one probe.
   */
  @SuppressWarnings("unchecked")
  public V get(char[] buf, int off, int len, int rawHash) {
    if (!mightContain(buf, off, len)) {
      return null;
    }
    int s = slot(buf, off, len, mix(rawHash));
    return keys[s] == null ? null : (V) values[s];
  }

  /** False when no key has the first char, last char and length of {@code buf[off, off + len)}. */
  public boolean mightContain(char[] buf, int off, int len) {
    if (len == 0) {
      return size > 0 && get0() != null;
    }
    int b = shapeBit(buf, off, len);
    return (shape[b >>> 6] & (1L << (b & 63))) != 0;
  }

  private Object get0() {
    int s = slot(new char[0], 0, 0, hash(new char[0], 0, 0));
    return keys[s] == null ? null : values[s];
  }

  private static int shapeBit(char[] buf, int off, int len) {
    return (letter(buf[off]) << 10) | (letter(buf[off + len - 1]) << 4) | Math.min(len, 15);
  }

  private static int letter(char c) {
    return c >= 0x0620 && c < 0x0660 ? c - 0x0620 : c & 63;
  }

  /** The polynomial hash {@code Σ c[i]·31^(len-1-i)} (int arithmetic), before mixing. */
  public static int rawHash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  public V get(CharSequence key) {
    char[] k = key.toString().toCharArray();
    return get(k, 0, k.length);
  }

  /** Mean distance of keys from their home slot (a diagnostics aid). */
  public double meanProbe() {
    long d = 0;
    int mask = keys.length - 1;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        int home = (hashes[i] * 0x9E3779B9) >>> shift;
        d += (i - home) & mask;
      }
    }
    return size == 0 ? 0 : (double) d / size;
  }

  public int size() {
    return size;
  }

  private static int hash(char[] buf, int off, int len) {
    return mix(rawHash(buf, off, len));
  }

  private int slot(char[] buf, int off, int len, int h) {
    int mask = keys.length - 1;
    int s = (h * 0x9E3779B9) >>> shift; // Fibonacci hashing: the high bits spread Arabic keys
    while (true) {
      char[] k = keys[s];
      if (k == null || hashes[s] == h && k.length == len && same(k, buf, off, len)) {
        return s;
      }
      s = (s + 1) & mask;
    }
  }

  private static boolean same(char[] k, char[] buf, int off, int len) {
    for (int i = 0; i < len; i++) {
      if (k[i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new char[oldKeys.length * 2][];
    shift--;
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int s = slot(oldKeys[i], 0, oldKeys[i].length, oldHashes[i]);
        keys[s] = oldKeys[i];
        hashes[s] = oldHashes[i];
        values[s] = oldValues[i];
      }
    }
  }
}
