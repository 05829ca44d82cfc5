package org.marsad.ner;

/**
 * Splits a folded word into proclitics, stem and enclitics for the stem and clitic features.
 * Implementations are stateless and thread-safe.
 */
public interface CliticSplitter {
  /**
   * Returns {@code (procliticLength << 16) | encliticLength} in chars of {@code folded}, the
   * {@link WordClusters#key} form of {@code word}: the stem is {@code folded[proclitics, length -
   * enclitics)} and never empty.
   */
  int split(CharSequence word, String folded);

  /** A name recorded in models, resolved by {@link #named}. */
  String name();

  /** The splitter recorded in a model as {@code name}. */
  static CliticSplitter named(String name) {
    switch (name) {
      case "light":
        return LightSegmenter.INSTANCE;
      case "tokenizer":
        return TokenizerSplitter.INSTANCE;
      default:
        throw new ModelFormatException("unknown clitic splitter '" + name + "' (expected light"
            + " or tokenizer); retrain the model with this version");
    }
  }

  static int proclitics(int split) {
    return split >>> 16;
  }

  static int enclitics(int split) {
    return split & 0xFFFF;
  }
}
