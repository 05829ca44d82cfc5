package org.marsad.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's original text.
 *
 * <p>Every span in the document model is a {@code CharSpan} into {@link Document#text()}, never
 * into a normalized copy: {@code text.substring(start, end)} is exactly what a user sees highlighted.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /** The covered text; throws if the span does not fit in {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(CharSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
