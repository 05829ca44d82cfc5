package org.marsad.ner;

/**
 * A model or resource file that is missing, truncated, corrupt or of another version. The message
 * names the file and says how to fix it; the cause is chained.
 */
public class ModelFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelFormatException(String message) {
    super(message);
  }

  public ModelFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
