package org.marsad.ner;

/** 64-bit hashing of feature strings and their combinations, without allocating. */
final class Hashing {
  static final long NONE = 0x5bd1e9955bd1e995L;

  private Hashing() {}

  /** Hash of {@code s[from, to)}. */
  static long chars(CharSequence s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return fmix(h ^ (to - from));
  }

  static long chars(CharSequence s) {
    return chars(s, 0, s.length());
  }

  /** Combines two hashes; order matters. */
  static long mix(long a, long b) {
    return fmix(a * 0x9E3779B97F4A7C15L + Long.rotateLeft(b, 31) + 0x632BE59BD9B4E019L);
  }

  /** MurmurHash3's 64-bit finalizer. */
  static long fmix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
