package org.marsad.input;

/**
 * An input that cannot be analyzed: missing, unreadable, empty, binary or too large. The message
 * names the input and the problem, ready to show to a user.
 */
public class InputException extends Exception {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
