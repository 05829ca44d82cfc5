package org.marsad.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outermost quotations of a text: «…» “…” „…“ "…" '…' and ‹…›, nested quotations
 * inside them included. A quotation never crosses a paragraph (line break): an opener without a
 * closer in its paragraph runs to the end of that paragraph ({@link Span#bounded}), so an
 * unbalanced mark never swallows the rest of the article. Thread-safe and stateless.
 *
 * <p>Public for the framing stage (scare quotes); not a stable API.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * One quotation: {@code open} is the index of the opening mark, {@code close} that of the closing
   * mark (or the trimmed paragraph end when bounded); the content is {@code [open + 1, close)}.
   */
  public record Span(int open, int close, boolean bounded) {
    public int contentStart() {
      return open + 1;
    }

    public int contentEnd() {
      return close;
    }

    /** The end of the whole quotation, closing mark included. */
    public int end() {
      return bounded ? close : close + 1;
    }
  }

  /** The quotations of the text of {@code v}, computed once per view. */
  public static List<Span> of(org.marsad.internal.lex.TokenView v) {
    return v.memo("quotes.QuoteMarks", () -> find(v.chars()));
  }

  public static List<Span> find(char[] t) {
    List<Span> out = new ArrayList<>();
    int len = t.length;
    int i = 0;
    int pe = -1; // the end of the paragraph of the last opener
    while (i < len) {
      char c = t[i];
      if (c >= IS_MARK.length || !IS_MARK[c]) {
        i++;
        continue;
      }
      char closer = closerOf(c);
      if (closer != 0 && opens(t, i)) {
        if (i > pe) {
          pe = paragraphEnd(t, i);
        }
        int k = findCloser(t, i, pe, c, closer);
        if (k < 0) {
          int e = trimEnd(t, i + 1, pe);
          if (e > i + 1) {
            out.add(new Span(i, e, true));
          }
          i = pe;
          continue;
        }
        if (k > i + 1) {
          out.add(new Span(i, k, false));
        }
        i = k + 1;
        continue;
      }
      i++;
    }
    return out;
  }

  private static int findCloser(char[] t, int i, int pe, char opener, char closer) {
    int depth = 0;
    for (int k = i + 1; k < pe; k++) {
      char d = t[k];
      if (opener == closer) {
        if (d == closer && closes(t, k)) {
          return k;
        }
        continue;
      }
      if (d == opener) {
        depth++;
      } else if (d == closer) {
        if (depth == 0) {
          return k;
        }
        depth--;
      }
    }
    if (opener == '“' || opener == '„') {
      // Some outlets close “ with “ again, and „ with ”.
      char alt = opener == '“' ? '“' : '”';
      for (int k = i + 1; k < pe; k++) {
        if (t[k] == alt && closes(t, k)) {
          return k;
        }
      }
    }
    return -1;
  }

  /** A straight quote or apostrophe opens only after a space or bracket and before a non-space. */
  private static boolean opens(char[] t, int i) {
    char c = t[i];
    if (c != '"' && c != '\'') {
      return true;
    }
    boolean beforeOk = i == 0 || Character.isWhitespace(t[i - 1]) || "([:،,؛-ـ".indexOf(t[i - 1]) >= 0
        || isProclitic(t, i - 1);
    return beforeOk && i + 1 < t.length && !Character.isWhitespace(t[i + 1]);
  }

  /** The proclitic letters و ب ل ك ف written directly before a quotation: و"..." */
  private static boolean isProclitic(char[] t, int k) {
    char p = t[k];
    return "وبلكف".indexOf(p) >= 0 && (k == 0 || !Character.isLetter(t[k - 1]));
  }

  private static boolean closes(char[] t, int k) {
    return !Character.isWhitespace(t[k - 1]);
  }

  private static char closerOf(char c) {
    switch (c) {
      case '«':
        return '»';
      case '“':
        return '”';
      case '„':
        return '“';
      case '‹':
        return '›';
      case '"':
        return '"';
      case '\'':
        return '\'';
      default:
        return 0;
    }
  }

  private static final boolean[] IS_MARK = new boolean[0x2040];

  static {
    for (char c : "«“„‹\"'".toCharArray()) {
      IS_MARK[c] = true;
    }
  }

  static int paragraphEnd(char[] t, int i) {
    int k = i;
    while (k < t.length && t[k] != '\n' && t[k] != '\r' && t[k] != '\u2029') {
      k++;
    }
    return k;
  }

  private static int trimEnd(char[] t, int from, int e) {
    while (e > from && Character.isWhitespace(t[e - 1])) {
      e--;
    }
    return e;
  }
}
