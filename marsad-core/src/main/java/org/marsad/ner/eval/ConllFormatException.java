package org.marsad.ner.eval;

/** A CoNLL file that cannot be read: the message names the file and the line. */
public class ConllFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConllFormatException(String message) {
    super(message);
  }

  public ConllFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
