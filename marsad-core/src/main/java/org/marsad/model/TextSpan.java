package org.marsad.model;

/** A span of the original text with its covered text. */
public record TextSpan(int start, int end, String text) {
  public TextSpan {
    new CharSpan(start, end);
  }
}
