package org.marsad.internal.lex;

import java.util.Arrays;

/**
 * An open-addressing map from char sequences to values, looked up by {@code (char[], off, len)}
 * so that matching a token allocates nothing (Lucene's {@code CharArrayMap} idea).
 *
 * <p>Unsupported internal API. Not thread-safe while being filled; safe to share for reads once
 * filled.
 */
public final class CharKeyMap<V> {
  private char[][] keys = new char[64][];
  private Object[] values = new Object[64];
  private int size;

  public void put(CharSequence key, V value) {
    char[] k = key.toString().toCharArray();
    if (size * 2 >= keys.length) {
      grow();
    }
    int slot = slot(k, 0, k.length);
    if (keys[slot] == null) {
      size++;
    }
    keys[slot] = k;
    values[slot] = value;
  }

  @SuppressWarnings("unchecked")
  public V get(char[] buf, int off, int len) {
    int s = slot(buf, off, len);
    return keys[s] == null ? null : (V) values[s];
  }

  public V get(CharSequence key) {
    char[] k = key.toString().toCharArray();
    return get(k, 0, k.length);
  }

  public int size() {
    return size;
  }

  private int slot(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    h ^= h >>> 16;
    int mask = keys.length - 1;
    int s = h & mask;
    while (true) {
      char[] k = keys[s];
      if (k == null || (k.length == len && Arrays.equals(k, 0, len, buf, off, off + len))) {
        return s;
      }
      s = (s + 1) & mask;
    }
  }

  private void grow() {
    char[][] oldKeys = keys;
    Object[] oldValues = values;
    keys = new char[oldKeys.length * 2][];
    values = new Object[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int s = slot(oldKeys[i], 0, oldKeys[i].length);
        keys[s] = oldKeys[i];
        values[s] = oldValues[i];
      }
    }
  }
}
