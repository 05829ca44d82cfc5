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

  /**
   * Where a name written in this token starts: after the proclitics و ف ب ك ل س, but before the
   * article, which belongs to names such as السراج. When the article is elided after ل (للسراج),
   * the name starts at the stem.
   */
  public int nameStart() {
    for (Segment s : segments) {
      if (s.kind() != SegmentKind.PROCLITIC) {
        return s.start();
      }
      if (s.form().equals("ال") && s.end() - s.start() >= 2) {
        return s.start();
      }
    }
    return start;
  }

  public CharSpan span() {
    return new CharSpan(start, end);
  }
}
