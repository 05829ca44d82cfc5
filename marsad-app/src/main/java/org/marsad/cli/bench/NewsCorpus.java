package org.marsad.cli.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.input.InputException;

/**
 * Reads article bodies from a SaudiNewsNet-style corpus: a directory of zip files, each holding
 * JSON arrays of records with a {@code content} field. Used by benchmarks only.
 */
public final class NewsCorpus {
  private NewsCorpus() {}

  /** The first {@code limit} non-blank article bodies, in file order. */
  public static List<String> read(Path dir, int limit) throws InputException {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no such corpus directory (expected the saudinewsnet folder"
          + " of ../shared/data/corpus; set it with --corpus)");
    }
    List<String> out = new ArrayList<>();
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
                if (!p.getText().isBlank()) {
                  out.add(p.getText());
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
      throw new InputException(dir + ": cannot read corpus (" + e.getMessage() + ")", e);
    }
    return out;
  }
}
