package org.marsad.ner;

/**
 * Splits a folded word into proclitics, stem and enclitics for the stem and clitic features.
 * Implementations are stateless and thread-safe.
 */
public interface CliticSplitter {
  /**
   * Returns {@code (procliticLength << 16) | encliticLength} for {@code folded}: the stem is
   * {@code folded[proclitics, length - enclitics)} and never empty.
   */
  int split(String folded);

  static int proclitics(int split) {
    return split >>> 16;
  }

  static int enclitics(int split) {
    return split & 0xFFFF;
  }
}
