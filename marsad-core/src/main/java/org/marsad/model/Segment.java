package org.marsad.model;

/**
 * One clitic or the stem of a token. {@code start}/{@code end} index the original text;
 * {@code form} is the segment's lexical form, which may differ from the covered text: the stem of
 * {@code حكومته} is {@code حكومة} (teh marbuta restored), and the article in {@code للحكومة} is
 * {@code ال} although only its lam is written.
 */
public record Segment(int start, int end, String form, SegmentKind kind) {
  public Segment {
    new CharSpan(start, end);
    if (form == null || form.isEmpty()) {
      throw new IllegalArgumentException("segment form must not be empty");
    }
  }
}
