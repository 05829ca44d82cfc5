package org.marsad.model;

/** A direct or reported statement; {@code speaker} is an entity id or an anonymous source's text. */
public record Quote(int start, int end, String text, String speaker, String cue, boolean direct) {
  public Quote {
    new CharSpan(start, end);
  }
}
