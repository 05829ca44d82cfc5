package org.marsad.text;

import org.marsad.model.TokenKind;

/**
 * Splits text into tokens (Arabic words, Latin words, numbers, URLs, e-mail addresses,
 * punctuation) and segments Arabic words into clitics and stem.
 *
 * <p>Offsets are UTF-16 indices into the given text. Whitespace, bidi controls and zero-width
 * chars between words are not tokens. A number keeps its inner separators ({@code 3.5},
 * {@code 1,000}, {@code 10:30}); a date such as {@code 23/12/2015} is five tokens.
 *
 * <p>Thread-safe: scratch buffers live per call.
 */
public final class ArabicTokenizer {
  /** Arabic words longer than this are not segmented (they are not words). */
  private static final int MAX_SEGMENTED_LENGTH = 64;

  private final CliticSegmenter segmenter;

  public ArabicTokenizer(SegmentationLexicon lexicon) {
    this.segmenter = new CliticSegmenter(lexicon);
  }

  /** The tokenizer over the shipped lexicon. */
  public static ArabicTokenizer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ArabicTokenizer INSTANCE = new ArabicTokenizer(SegmentationLexicon.shared());
  }

  public TokenTable tokenize(String text) {
    char[] buf = text.toCharArray();
    int len = buf.length;
    TokenTable out = new TokenTable(text, len / 5);
    char[] folded = new char[MAX_SEGMENTED_LENGTH * 4];
    char[] scratch = new char[MAX_SEGMENTED_LENGTH * 4 + 2];
    int i = 0;
    while (i < len) {
      char c = buf[i];
      if (ArabicChars.isArabicWordChar(c) && !ArabicChars.isInvisible(c)) {
        int e = i + 1;
        while (e < len && ArabicChars.isArabicWordChar(buf[e])) {
          e++;
        }
        while (e > i + 1 && ArabicChars.isInvisible(buf[e - 1])) {
          e--; // a trailing joiner belongs to no word
        }
        out.add(i, e, TokenKind.ARABIC, analyze(buf, i, e, folded, scratch));
        i = e;
      } else if (ArabicChars.isDigit(c)) {
        int e = numberEnd(buf, i, len);
        out.add(i, e, TokenKind.NUMBER, 0);
        i = e;
      } else if (isWhitespace(c) || ArabicChars.isInvisible(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        int url = UrlScanner.urlEnd(buf, i, len);
        if (url > i) {
          out.add(i, url, TokenKind.URL, 0);
          i = url;
          continue;
        }
        int mail = UrlScanner.emailEnd(buf, i, len);
        if (mail > i) {
          out.add(i, mail, TokenKind.EMAIL, 0);
          i = mail;
          continue;
        }
        int e = i + 1;
        while (e < len && isLatinWordChar(buf[e])) {
          e++;
        }
        out.add(i, e, TokenKind.LATIN, 0);
        i = e;
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(buf[i + 1])) {
        out.add(i, i + 2, TokenKind.OTHER, 0);
        i += 2;
      } else {
        out.add(i, i + 1, isPunctuation(c) ? TokenKind.PUNCT : TokenKind.OTHER, 0);
        i++;
      }
    }
    return out;
  }

  private int analyze(char[] buf, int s, int e, char[] folded, char[] scratch) {
    if (e - s > MAX_SEGMENTED_LENGTH) {
      return 0;
    }
    int n = 0;
    for (int r = s; r < e; r++) {
      char c = buf[r];
      char f = CliticSegmenter.segmentationFold(c);
      if (f == ArabicChars.DELETE) {
        continue;
      }
      if (f == ArabicChars.EXPAND) {
        String x = ArabicChars.expansion(c);
        for (int k = 0; k < x.length(); k++) {
          folded[n++] = x.charAt(k);
        }
      } else {
        folded[n++] = f;
      }
    }
    return segmenter.analyze(folded, n, scratch);
  }

  private static int numberEnd(char[] buf, int i, int len) {
    int e = i + 1;
    while (e < len) {
      char c = buf[e];
      if (ArabicChars.isDigit(c)) {
        e++;
      } else if (isNumberSeparator(c) && e + 1 < len && ArabicChars.isDigit(buf[e + 1])) {
        e += 2;
      } else {
        break;
      }
    }
    return e;
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == ':' || c == '٫' || c == '٬';
  }

  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private static boolean isLatinWordChar(char c) {
    return Character.isLetterOrDigit(c) && !ArabicChars.isArabicWordChar(c)
        && !ArabicChars.isDigit(c) || c >= '0' && c <= '9';
  }

  private static boolean isPunctuation(char c) {
    int t = Character.getType(c);
    return t >= Character.DASH_PUNCTUATION && t <= Character.OTHER_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL;
  }
}
