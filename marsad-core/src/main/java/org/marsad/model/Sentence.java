package org.marsad.model;

/** A sentence of the original text; {@code start}/{@code end} are UTF-16 indices into it. */
public record Sentence(int start, int end) {
  public Sentence {
    new CharSpan(start, end);
  }

  public CharSpan span() {
    return new CharSpan(start, end);
  }
}
