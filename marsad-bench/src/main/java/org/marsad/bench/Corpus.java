package org.marsad.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
    JsonFactory f = new JsonFactory();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path zip : files.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
          for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            JsonParser p = f.createParser(in);
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
              if (t == JsonToken.FIELD_NAME && "content".equals(p.currentName())) {
                p.nextToken();
                String text = p.getText();
                if (!text.isBlank()) {
                  out.add(text.getBytes(StandardCharsets.UTF_8));
                  if (out.size() == limit) {
                    return out;
                  }
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + dir, e);
    }
    return out;
  }
}
