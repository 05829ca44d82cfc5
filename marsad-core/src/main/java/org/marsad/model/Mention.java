package org.marsad.model;

/** One occurrence of an entity; {@code text} equals the original text between start and end. */
public record Mention(int start, int end, String text, MentionKind kind) {
  public Mention {
    new CharSpan(start, end);
  }
}
