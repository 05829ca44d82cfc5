package org.marsad.ner;

import java.util.Arrays;

/** Open-addressing map from non-zero long keys to int values; values OR together on put. */
final class LongIntMap {
  private long[] keys;
  private int[] values;
  private int size;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[cap];
    values = new int[cap];
  }

  void or(long key, int value) {
    if (key == 0) {
      key = 1;
    }
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) Hashing.fmix(key) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      keys[i] = key;
      size++;
    }
    values[i] |= value;
  }

  /** The value of {@code key}, or 0. */
  int get(long key) {
    if (key == 0) {
      key = 1;
    }
    int mask = keys.length - 1;
    int i = (int) Hashing.fmix(key) & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        or(oldKeys[i], oldValues[i]);
      }
    }
  }

  @Override
  public String toString() {
    return "LongIntMap[" + size + "/" + Arrays.stream(keys).filter(k -> k != 0).count() + "]";
  }
}
