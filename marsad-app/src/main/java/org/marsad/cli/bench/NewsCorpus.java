package org.marsad.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.input.InputException;

/** The benchmark corpus for CLI commands: {@link org.marsad.input.NewsCorpus} with CLI errors. */
public final class NewsCorpus {
  private NewsCorpus() {}

  /** The first {@code limit} non-blank article bodies, in file order. */
  public static List<String> read(Path dir, int limit) throws InputException {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no such corpus directory (expected the saudinewsnet folder"
          + " of ../shared/data/corpus; set it with --corpus)");
    }
    try {
      return org.marsad.input.NewsCorpus.read(dir, limit);
    } catch (IOException e) {
      throw new InputException(dir + ": cannot read corpus (" + e.getMessage() + ")", e);
    }
  }
}
