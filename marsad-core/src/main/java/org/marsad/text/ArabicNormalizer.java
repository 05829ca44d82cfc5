package org.marsad.text;

/**
 * Folds Arabic text for matching and keeps a map back to the original.
 *
 * <p>The fold: alef forms (أ إ آ ٱ → ا), alef maksura and Persian yeh → ي, teh marbuta → ه, hamza
 * on a seat (ؤ ئ) → ء, Persian kaf → ك, Arabic-Indic and Persian digits → ASCII, the Arabic decimal
 * and thousands separators → {@code .} and {@code ,}, presentation forms (U+FB50–FDFF, U+FE70–FEFF)
 * → the letters they show (ligatures expand); diacritics, tatweel, zero-width chars and bidi
 * controls are dropped. Other text is left unchanged. The fold is idempotent.
 *
 * <p>Because it folds ة into ه and drops hamza distinctions, the result is for matching only, never
 * for display. Thread-safe and stateless.
 */
public final class ArabicNormalizer {
  private ArabicNormalizer() {}

  /** Normalizes {@code original} and records where each normalized char came from. */
  public static NormalizedText normalize(String original) {
    int len = original.length();
    int capacity = len + expansionGrowth(original);
    char[] out = new char[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int w = 0;
    for (int r = 0; r < len; r++) {
      char c = original.charAt(r);
      char f = ArabicChars.fold(c);
      if (f == ArabicChars.DELETE) {
        // Diacritics and tatweel belong to the letter before them: a match ending on that letter
        // highlights them too.
        if (w > 0 && ArabicChars.isMark(c) && ends[w - 1] == r) {
          ends[w - 1] = r + 1;
        }
        continue;
      }
      if (f == ArabicChars.EXPAND) {
        String x = ArabicChars.expansion(c);
        for (int k = 0; k < x.length(); k++) {
          out[w] = x.charAt(k);
          starts[w] = r;
          ends[w++] = r + 1;
        }
        continue;
      }
      out[w] = f;
      starts[w] = r;
      ends[w++] = r + 1;
    }
    String text = w == len && sameChars(original, out) ? original : new String(out, 0, w);
    return new NormalizedText(original, text, starts, ends);
  }

  /** Normalizes without keeping the offset map. */
  public static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = ArabicChars.fold(c);
      if (f == ArabicChars.DELETE) {
        continue;
      }
      if (f == ArabicChars.EXPAND) {
        b.append(ArabicChars.expansion(c));
      } else {
        b.append(f);
      }
    }
    return b.toString();
  }

  /**
   * Folds {@code in[off, off + len)} into {@code out} and records, for each folded char, the index
   * in {@code in} it came from; returns the folded length, or -1 if {@code out} is too small (only
   * possible with ligature presentation forms). No allocation: meant for per-token hot loops.
   */
  public static int fold(char[] in, int off, int len, char[] out, int[] from) {
    int w = 0;
    for (int r = off; r < off + len; r++) {
      char c = in[r];
      char f = ArabicChars.fold(c);
      if (f == ArabicChars.DELETE) {
        continue;
      }
      if (f == ArabicChars.EXPAND) {
        String x = ArabicChars.expansion(c);
        if (w + x.length() > out.length) {
          return -1;
        }
        for (int k = 0; k < x.length(); k++) {
          from[w] = r;
          out[w++] = x.charAt(k);
        }
        continue;
      }
      if (w == out.length) {
        return -1;
      }
      from[w] = r;
      out[w++] = f;
    }
    return w;
  }

  private static int expansionGrowth(String s) {
    int extra = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFB50 && ArabicChars.fold(c) == ArabicChars.EXPAND) {
        extra += ArabicChars.expansion(c).length() - 1;
      }
    }
    return extra;
  }

  private static boolean sameChars(String s, char[] chars) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != chars[i]) {
        return false;
      }
    }
    return true;
  }
}
