package org.marsad.text;

import org.marsad.model.CharSpan;

/**
 * Text folded for matching, with the way back to the original: every normalized char knows the
 * original range it came from.
 *
 * <p>Immutable and thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The original text. */
  public String original() {
    return original;
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Original index of the first char behind normalized char {@code i}. */
  public int originalStart(int i) {
    return i == text.length() ? original.length() : starts[i];
  }

  /** Original index after the last char behind normalized char {@code i}, diacritics included. */
  public int originalEnd(int i) {
    return ends[i];
  }

  /**
   * The original span behind the normalized range {@code [start, end)}; an empty range maps to an
   * empty span at the corresponding original position.
   */
  public CharSpan toOriginal(int start, int end) {
    if (start < 0 || end > text.length() || end < start) {
      throw new IndexOutOfBoundsException(
          "range [" + start + ", " + end + ") outside normalized text of length " + text.length());
    }
    int s = originalStart(start);
    return end == start ? new CharSpan(s, s) : new CharSpan(s, ends[end - 1]);
  }

  @Override
  public String toString() {
    return text;
  }
}
