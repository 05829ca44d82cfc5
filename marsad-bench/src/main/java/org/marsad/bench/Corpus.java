package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.input.NewsCorpus;

/**
 * Real news articles for benchmarks: the article bodies of SaudiNewsNet (zip files of JSON arrays),
 * read from {@code -Dmarsad.corpus=DIR} (default {@code ../shared/data/corpus/saudinewsnet}), as
 * UTF-8 bytes, the way they arrive from disk.
 */
final class Corpus {
  private Corpus() {}

  static Path dir() {
    return Path.of(System.getProperty("marsad.corpus", "../shared/data/corpus/saudinewsnet"));
  }

  /** The first {@code limit} non-empty article bodies, in file order. */
  static List<byte[]> articles(int limit) {
    Path dir = dir();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("benchmark corpus not found: " + dir.toAbsolutePath()
          + " (set -Dmarsad.corpus=DIR to the saudinewsnet folder of ../shared/data/corpus)");
    }
    List<byte[]> out = new ArrayList<>();
    try {
      NewsCorpus.forEach(dir, limit, text -> out.add(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + dir, e);
    }
    return out;
  }
}
