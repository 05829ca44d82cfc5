package org.marsad.internal.lex;

import org.marsad.text.ArabicNormalizer;

/**
 * The Arabic tokens of a text folded once ({@link ArabicNormalizer}: alef forms, teh marbuta,
 * alef maksura, diacritics) and concatenated, for lexicon lookups without allocation.
 *
 * <p>Unsupported internal API. Immutable after construction.
 */
public final class FoldedTokens {
  private final char[] chars;
  private final int[] offs;
  private final int[] lens;

  /** The fold of every char: 0 = dropped (diacritics, tatweel), 0xFFFF = expands (ligatures). */
  private static final char[] FOLD = foldTable();

  private static char[] foldTable() {
    char[] t = new char[0x10000];
    for (int c = 0; c < t.length; c++) {
      if (Character.isSurrogate((char) c)) {
        t[c] = (char) c;
        continue;
      }
      String f = ArabicNormalizer.fold(String.valueOf((char) c));
      t[c] = f.isEmpty() ? 0 : f.length() == 1 ? f.charAt(0) : (char) 0xFFFF;
    }
    return t;
  }

  FoldedTokens(TokenView v) {
    int n = v.size();
    offs = new int[n];
    lens = new int[n];
    char[] text = v.chars();
    char[] buf = new char[Math.max(16, text.length + 16)];
    int w = 0;
    for (int i = 0; i < n; i++) {
      offs[i] = w;
      int s = v.start(i);
      int e = v.end(i);
      if (!v.isArabic(i) || e - s > TokenView.MAX_LEN) {
        continue;
      }
      int start = w;
      boolean expand = false;
      for (int k = s; k < e; k++) {
        char f = FOLD[text[k]];
        if (f == 0) {
          continue;
        }
        if (f == 0xFFFF) {
          expand = true;
          break;
        }
        buf[w++] = f;
      }
      if (expand) {
        // The rare token with a ligature presentation form (ﷺ): fold it through the normalizer.
        String f = ArabicNormalizer.fold(new String(text, s, e - s));
        int len = Math.min(f.length(), TokenView.MAX_LEN * 2);
        // Folding only shrinks text but for ligatures: keep room for every later token too.
        if (start + len + (text.length - e) > buf.length) {
          buf = java.util.Arrays.copyOf(buf, start + len + (text.length - e) + 16);
        }
        f.getChars(0, len, buf, start);
        w = start + len;
      }
      lens[i] = w - start;
    }
    chars = buf;
  }

  /** All folded chars; token {@code i} is {@code [off(i), off(i) + len(i))}. */
  public char[] chars() {
    return chars;
  }

  public int off(int i) {
    return offs[i];
  }

  /** The folded length of token {@code i}; 0 for tokens that are not Arabic words. */
  public int len(int i) {
    return lens[i];
  }

  /** {@link CharKeyMap#rawHash} of {@code chars[a, b)}. */
  public int hash(int a, int b) {
    return CharKeyMap.rawHash(chars, a, b - a);
  }

  /** Whether token {@code i} folds to exactly {@code s}. */
  public boolean is(int i, String s) {
    int len = lens[i];
    if (len != s.length()) {
      return false;
    }
    int o = offs[i];
    for (int k = 0; k < len; k++) {
      if (chars[o + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The folded text of token {@code i} (allocates: for rare use). */
  public String text(int i) {
    return new String(chars, offs[i], lens[i]);
  }
}
