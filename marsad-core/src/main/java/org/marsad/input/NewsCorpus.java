package org.marsad.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the article bodies of a news corpus laid out as SaudiNewsNet ships it: a directory of zip
 * files (read in name order), each holding JSON arrays of records with a {@code content} field.
 * For recipes, evaluations and benchmarks; streaming, so a whole corpus never sits in memory.
 */
public final class NewsCorpus {
  private NewsCorpus() {}

  /**
   * Passes each non-blank article body to {@code body}, in file order, stopping after
   * {@code limit} bodies ({@code limit <= 0}: all). Returns the number passed.
   */
  public static int forEach(Path dir, int limit, Consumer<String> body) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": no such corpus directory");
    }
    JsonFactory f = new JsonFactory();
    int n = 0;
    List<Path> zips;
    try (Stream<Path> files = Files.list(dir)) {
      zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
    }
    for (Path zip : zips) {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          JsonParser p = f.createParser(in);
          p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
          for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.FIELD_NAME && "content".equals(p.currentName())) {
              p.nextToken();
              String text = p.getText();
              if (!text.isBlank()) {
                body.accept(text);
                if (++n == limit) {
                  return n;
                }
              }
            }
          }
        }
      }
    }
    return n;
  }

  /** The first {@code limit} non-blank article bodies ({@code limit <= 0}: all). */
  public static List<String> read(Path dir, int limit) throws IOException {
    List<String> out = new ArrayList<>();
    forEach(dir, limit, out::add);
    return out;
  }
}
