package org.marsad.text;

import java.text.Normalizer;

/**
 * Character classes and the matching fold of Arabic script, as lookup tables built once.
 *
 * <p>Thread-safe: all tables are immutable after class initialization.
 */
public final class ArabicChars {
  /** Fold result meaning "drop this char". */
  static final char DELETE = '\u0000';
  /** Fold result meaning "replace by the chars of {@link #expansion(char)}". */
  static final char EXPAND = '\uFFFF';

  private static final char[] FOLD = new char[0x10000];
  private static final String[] EXPANSIONS = new String[0x10000];
  private static final byte[] CLASS = new byte[0x10000];

  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte MARK = 2; // diacritics and tatweel: part of the word, dropped by the fold
  private static final byte INVISIBLE = 3; // zero-width and bidi controls: dropped, not part of words
  private static final byte DIGIT = 4;

  static {
    for (int c = 0; c < FOLD.length; c++) {
      FOLD[c] = (char) c;
    }
    FOLD[0] = DELETE;
    fold("أإآٱٲٳٵ", 'ا');
    fold("ىیۍې", 'ي');
    fold("ة", 'ه');
    fold("ۀ", 'ه');
    fold("ؤئٶٸ", 'ء');
    fold("کڪ", 'ك');
    fold("٫", '.');
    fold("٬", ',');
    for (int d = 0; d < 10; d++) {
      FOLD[0x0660 + d] = (char) ('0' + d);
      FOLD[0x06F0 + d] = (char) ('0' + d);
      CLASS[0x0660 + d] = DIGIT;
      CLASS[0x06F0 + d] = DIGIT;
      CLASS['0' + d] = DIGIT;
    }
    for (int c = 0x0621; c <= 0x063A; c++) {
      CLASS[c] = LETTER;
    }
    for (int c = 0x0641; c <= 0x064A; c++) {
      CLASS[c] = LETTER;
    }
    for (int c = 0x066E; c <= 0x06D3; c++) {
      if (c != 0x06D4) {
        CLASS[c] = LETTER;
      }
    }
    CLASS[0x06D5] = LETTER;
    for (int c = 0x06FA; c <= 0x06FF; c++) {
      CLASS[c] = LETTER;
    }
    for (int c = 0x0750; c <= 0x077F; c++) {
      CLASS[c] = LETTER;
    }
    markDeleted(0x0610, 0x061A, MARK);
    markDeleted(0x064B, 0x065F, MARK);
    markDeleted(0x0670, 0x0670, MARK);
    markDeleted(0x06D6, 0x06ED, MARK);
    markDeleted(0x0640, 0x0640, MARK); // tatweel
    markDeleted(0x200B, 0x200F, INVISIBLE);
    markDeleted(0x202A, 0x202E, INVISIBLE);
    markDeleted(0x2060, 0x2069, INVISIBLE);
    markDeleted(0x061C, 0x061C, INVISIBLE);
    markDeleted(0x00AD, 0x00AD, INVISIBLE);
    markDeleted(0xFEFF, 0xFEFF, INVISIBLE);
    presentationForms(0xFB50, 0xFDFF);
    presentationForms(0xFE70, 0xFEFE);
  }

  private ArabicChars() {}

  private static void fold(String from, char to) {
    for (int i = 0; i < from.length(); i++) {
      FOLD[from.charAt(i)] = to;
    }
  }

  private static void markDeleted(int from, int to, byte cls) {
    for (int c = from; c <= to; c++) {
      FOLD[c] = DELETE;
      CLASS[c] = cls;
    }
  }

  /** Maps presentation forms to the folded letters they show; ligatures expand to several chars. */
  private static void presentationForms(int from, int to) {
    for (int c = from; c <= to; c++) {
      String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
      if (nfkc.length() == 1 && nfkc.charAt(0) == c) {
        continue; // unassigned or no compatibility mapping
      }
      StringBuilder folded = new StringBuilder(nfkc.length());
      boolean hasLetter = false;
      for (int i = 0; i < nfkc.length(); i++) {
        char f = FOLD[nfkc.charAt(i)];
        if (f != DELETE) {
          folded.append(f);
        }
        hasLetter |= CLASS[nfkc.charAt(i)] == LETTER;
      }
      String s = folded.toString();
      // Isolated diacritic forms decompose to space + mark: they are marks, not spaces.
      if (!hasLetter && s.isBlank()) {
        FOLD[c] = DELETE;
        CLASS[c] = MARK;
      } else if (s.length() == 1) {
        FOLD[c] = s.charAt(0);
        CLASS[c] = CLASS[nfkc.charAt(0)];
      } else {
        FOLD[c] = EXPAND;
        EXPANSIONS[c] = s;
        CLASS[c] = hasLetter ? LETTER : OTHER;
      }
    }
  }

  /** The matching fold of {@code c}: {@link #DELETE}, {@link #EXPAND}, or the folded char. */
  static char fold(char c) {
    return FOLD[c];
  }

  /** The folded chars of a ligature presentation form (only when {@code fold(c) == EXPAND}). */
  static String expansion(char c) {
    return EXPANSIONS[c];
  }

  /** An Arabic letter (basic, extended, or a letter presentation form). */
  public static boolean isArabicLetter(char c) {
    return CLASS[c] == LETTER;
  }

  /** A diacritic (tashkeel, Quranic mark) or tatweel: written inside words, ignored for matching. */
  public static boolean isMark(char c) {
    return CLASS[c] == MARK;
  }

  /** A zero-width or bidi control char: invisible, ignored for matching. */
  public static boolean isInvisible(char c) {
    return CLASS[c] == INVISIBLE;
  }

  /** An ASCII, Arabic-Indic or Persian digit. */
  public static boolean isDigit(char c) {
    return CLASS[c] == DIGIT;
  }

  /** The value 0-9 of a digit, or -1. */
  public static int digitValue(char c) {
    if (CLASS[c] != DIGIT) {
      return -1;
    }
    return FOLD[c] - '0';
  }

  /** A char that belongs inside an Arabic word: a letter, a diacritic or tatweel, or an invisible joiner. */
  public static boolean isArabicWordChar(char c) {
    byte k = CLASS[c];
    return k == LETTER || k == MARK || k == INVISIBLE && (c == '\u200C' || c == '\u200D');
  }
}
