package org.marsad.text;

/**
 * Knows, while a splitter walks a text, whether the current position is inside a quotation that
 * closes within the same paragraph. An opener without a closer in its paragraph is ignored, so an
 * unbalanced quote never swallows the rest of a text. Not thread-safe: one per walk.
 */
final class QuoteTracker {
  private final char[] buf;
  private final int len;
  private int insideUntil = -1; // index of the closer of the open quotation, or -1

  QuoteTracker(char[] buf, int len) {
    this.buf = buf;
    this.len = len;
  }

  /** Forgets any open quotation (at a paragraph or sentence break). */
  void reset(int position) {
    if (insideUntil < position) {
      insideUntil = -1;
    }
  }

  /** Updates the state for the char at {@code i}; call for every position in order. */
  void advance(int i) {
    if (insideUntil >= i) {
      return;
    }
    insideUntil = -1;
    char c = buf[i];
    char closer = closerOf(c);
    if (closer == 0) {
      return;
    }
    if (c == '"' || c == '\'') {
      // A straight quote opens only before a non-space char.
      if (i + 1 >= len || Character.isWhitespace(buf[i + 1])) {
        return;
      }
    }
    int depth = 0;
    for (int k = i + 1; k < len; k++) {
      char d = buf[k];
      if (d == '\n' || d == '\r' || d == '\u2029') {
        return;
      }
      if (d == c && c != closer) {
        depth++;
      } else if (d == closer) {
        if (depth == 0) {
          insideUntil = k;
          return;
        }
        depth--;
      }
    }
  }

  /** Whether the position last advanced to lies inside a quotation (its closer excluded). */
  boolean inside() {
    return insideUntil >= 0;
  }

  private static char closerOf(char c) {
    switch (c) {
      case '«':
        return '»';
      case '“':
        return '”';
      case '„':
        return '“';
      case '"':
        return '"';
      default:
        return 0;
    }
  }
}
