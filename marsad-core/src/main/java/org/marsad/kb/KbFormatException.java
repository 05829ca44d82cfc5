package org.marsad.kb;

/**
 * A knowledge-base file is malformed, or its entries contradict each other (duplicate ids).
 * The message names the file and, where there is one, the line, says what is wrong and how to
 * fix it.
 */
public class KbFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;

  public KbFormatException(String file, int line, String message) {
    super(file + (line > 0 ? " line " + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  public KbFormatException(String file, int line, String message, Throwable cause) {
    super(file + (line > 0 ? " line " + line : "") + ": " + message, cause);
    this.file = file;
    this.line = line;
  }

  /** The file, as given to the loader (a path or a resource name). */
  public String file() {
    return file;
  }

  /** The 1-based line number, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }
}
