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

  public void put(CharSequence key, V value) {
    char[] k = key.toString().toCharArray();
    if (size * 2 >= keys.length) {
      grow();
    }
    int h = hash(k, 0, k.length);
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
    int s = slot(buf, off, len, hash(buf, off, len));
    return keys[s] == null ? null : (V) values[s];
  }

  public V get(CharSequence key) {
    char[] k = key.toString().toCharArray();
    return get(k, 0, k.length);
  }

  public int size() {
    return size;
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16);
  }

  private int slot(char[] buf, int off, int len, int h) {
    int mask = keys.length - 1;
    int s = h & mask;
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
