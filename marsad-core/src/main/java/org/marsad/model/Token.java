package org.marsad.model;

import java.util.List;

/**
 * A token of the original text with its clitic segments.
 *
 * @param start UTF-16 index of the first char in the original text
 * @param end UTF-16 index after the last char
 * @param text the original text of the token, {@code text.substring(start, end)}
 * @param norm the token normalized for matching (see {@code ArabicNormalizer})
 * @param kind the token class
 * @param segments proclitics, stem and enclitics in order; a single stem for unsegmented tokens
 */
public record Token(int start, int end, String text, String norm, TokenKind kind, List<Segment> segments) {
  public Token {
    new CharSpan(start, end);
    segments = List.copyOf(segments);
  }

  /** The stem segment (every token has exactly one). */
  public Segment stem() {
    for (Segment s : segments) {
      if (s.kind() == SegmentKind.STEM) {
        return s;
      }
    }
    throw new IllegalStateException("token without stem: " + text);
  }

  public CharSpan span() {
    return new CharSpan(start, end);
  }
}
