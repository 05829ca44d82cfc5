package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Sentence;

/**
 * Splits news text into sentences at {@code .} {@code !} {@code ؟} {@code ?} {@code …} and line
 * breaks, also where no space follows ({@code البلدين.وتم}).
 *
 * <p>It does not split inside numbers ({@code 3.5}) and dotted dates ({@code 23.12.2015}), after
 * single-letter abbreviations and initials ({@code د.} {@code م.} {@code أ.} {@code J.}), after
 * known abbreviations ({@code Dr.}, {@code U.S.}), inside URLs and e-mail addresses, or inside
 * quotations («…» “…” "…") that close within the paragraph: a quotation and the words that
 * follow it up to the next terminator are one sentence, so a quote stays with its speaker.
 * Closing quotes and brackets after a terminator stay with its sentence. Sentences are trimmed of surrounding whitespace; offsets index
 * the original text.
 *
 * <p>Thread-safe and stateless.
 */
public final class SentenceSplitter {
  private static final String TERMINATORS = ".!?؟…۔";
  private static final String CLOSERS = "»”\"’')]}›";
  private static final String[] LATIN_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "no", "gen",
    "col", "lt", "sgt", "capt", "gov", "sen", "rep", "e.g", "i.e", "u.s", "u.n", "p.m", "a.m"
  };

  private SentenceSplitter() {}

  public static List<Sentence> split(String text) {
    char[] buf = text.toCharArray();
    int len = buf.length;
    List<Sentence> out = new ArrayList<>(Math.max(4, len / 120));
    int start = 0;
    int i = 0;
    QuoteTracker quotes = new QuoteTracker(buf, len);
    while (i < len) {
      char c = buf[i];
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
        add(out, buf, start, i);
        quotes.reset(i + 1);
        start = i + 1;
        i++;
        continue;
      }
      int skip = skipUnsplittable(buf, i, len);
      if (skip > i) {
        i = skip;
        continue;
      }
      quotes.advance(i);
      if (TERMINATORS.indexOf(c) >= 0 && !quotes.inside() && isSentenceEnd(buf, i, len)) {
        int e = i + 1;
        while (e < len && (TERMINATORS.indexOf(buf[e]) >= 0 || CLOSERS.indexOf(buf[e]) >= 0)) {
          e++;
        }
        add(out, buf, start, e);
        start = e;
        i = e;
        quotes.reset(e);
        continue;
      }
      i++;
    }
    add(out, buf, start, len);
    return out;
  }

  /** The end of a URL or e-mail address starting at {@code i}, or {@code i}. */
  private static int skipUnsplittable(char[] buf, int i, int len) {
    char c = buf[i];
    if (c == 'h' || c == 'H' || c == 'w' || c == 'W') {
      int e = UrlScanner.urlEnd(buf, i, len);
      if (e > i) {
        return e;
      }
    }
    if (c < 128 && Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(buf[i - 1]))) {
      return UrlScanner.emailEnd(buf, i, len);
    }
    return i;
  }

  private static boolean isSentenceEnd(char[] buf, int i, int len) {
    char c = buf[i];
    if (c != '.') {
      return true;
    }
    char prev = i > 0 ? buf[i - 1] : ' ';
    char next = i + 1 < len ? buf[i + 1] : ' ';
    if (ArabicChars.isDigit(prev) && ArabicChars.isDigit(next)) {
      return false; // 3.5, 23.12.2015
    }
    if (next == '.') {
      return false; // an ellipsis "..." ends where its last dot is
    }
    int wordStart = i;
    while (wordStart > 0 && isWordChar(buf[wordStart - 1])) {
      wordStart--;
    }
    if (wordStart < i - 1 && (buf[wordStart] == 'و' || buf[wordStart] == 'ف')) {
      wordStart++; // "وأ." is the conjunction and an initial
    }
    int letters = countLetters(buf, wordStart, i);
    if (letters == 1) {
      // An initial or a one-letter abbreviation (د. م. أ. J.), except the era letter after a year:
      // "عام 2015م." ends its sentence.
      return isEraAfterNumber(buf, wordStart, i) && !Character.isLetter(next);
    }
    return !isLatinAbbreviation(buf, wordStart, i);
  }

  private static boolean isEraAfterNumber(char[] buf, int wordStart, int dot) {
    char letter = buf[dot - 1];
    if (letter != 'م' && letter != 'ه') {
      return false;
    }
    int k = dot - 2;
    while (k >= 0 && (buf[k] == ' ' || buf[k] == 'ـ')) {
      k--;
    }
    return k >= 0 && ArabicChars.isDigit(buf[k]);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || ArabicChars.isMark(c);
  }

  private static int countLetters(char[] buf, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (Character.isLetter(buf[k])) {
        n++;
      }
    }
    return n;
  }

  private static boolean isLatinAbbreviation(char[] buf, int from, int to) {
    int len = to - from;
    if (len == 0 || len > 5) {
      return false;
    }
    // "e.g." and "U.S.": the word before the dot may itself follow a dot.
    int s = from;
    if (s >= 2 && buf[s - 1] == '.' && Character.isLetter(buf[s - 2])) {
      s -= 2;
    }
    String word = new String(buf, s, to - s).toLowerCase(java.util.Locale.ROOT);
    for (String a : LATIN_ABBREVIATIONS) {
      if (a.equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Sentence> out, char[] buf, int start, int end) {
    while (start < end && isSpace(buf[start])) {
      start++;
    }
    while (end > start && isSpace(buf[end - 1])) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end));
    }
  }

  private static boolean isSpace(char c) {
    return ArabicTokenizer.isWhitespace(c) || ArabicChars.isInvisible(c);
  }
}
