package org.marsad.events;

/**
 * A malformed entry in an event lexicon (triggers, agents, CAMEO table): names the file and the
 * line, what was found and what was expected, e.g. {@code triggers.tsv line 212: '19X' is not a
 * CAMEO code (expected 2-4 digits)}.
 */
public class EventLexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;

  public EventLexiconException(String file, int line, String problem) {
    super(file + (line > 0 ? " line " + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public EventLexiconException(String file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
    this.line = 0;
  }

  /** The file name as given to the loader. */
  public String file() {
    return file;
  }

  /** The 1-based line number, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }
}
