package org.marsad.time;

import java.util.Arrays;
import org.marsad.text.ArabicChars;

/**
 * Words, numbers and punctuation of a normalized text, in parallel arrays (no object per token).
 * A word's {@code start} skips the proclitics (و ف ب ل ك) that had to be stripped to find it in
 * the lexicon; {@code from} keeps them. Per call, not shared.
 */
final class Tokens {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte PUNCT = 2;

  final String text;
  int size;
  int[] from;
  int[] start;
  int[] end;
  byte[] kind;
  int[] number; // value of a digit run, -1 if too long
  Word[] word;
  boolean[] fused; // ل + ال written لل (للعام): the span takes the whole word from the first ل

  Tokens(String text, WordTable table) {
    this.text = text;
    int cap = text.length() / 5 + 16; // about one token per five chars; grows when needed
    from = new int[cap];
    start = new int[cap];
    end = new int[cap];
    kind = new byte[cap];
    number = new int[cap];
    word = new Word[cap];
    fused = new boolean[cap];
    scan(table);
  }

  private void scan(WordTable table) {
    String t = text;
    int len = t.length();
    int i = 0;
    while (i < len) {
      char c = t.charAt(i);
      if (isLetter(c)) {
        int e = i;
        while (e < len && isLetter(t.charAt(e))) {
          e++;
        }
        if (e < len && isDigit(t.charAt(e)) && isCliticRun(t, i, e)) {
          i = number(i, e);
        } else {
          word(table, i, e);
          i = e;
        }
      } else if (isDigit(c)) {
        i = number(i, i);
      } else if (Character.isWhitespace(c) && c != '\n') {
        i++;
      } else {
        add(PUNCT, i, i, i + 1, -1, null);
        i++;
      }
    }
  }

  private int number(int clitic, int s) {
    int e = s;
    long v = 0;
    while (e < text.length() && isDigit(text.charAt(e))) {
      v = v * 10 + (text.charAt(e) - '0');
      if (v > 1_000_000_000L) {
        v = 1_000_000_000L;
      }
      e++;
    }
    add(NUMBER, clitic, s, e, e - s > 9 ? -1 : (int) v, null);
    return e;
  }

  private void word(WordTable table, int s, int e) {
    Word w = table.get(text, s, e);
    int core = s;
    for (int p = 1; w == null && p <= 2 && e - s - p >= 2 && isCliticPrefix(s, p); p++) {
      w = table.get(text, s + p, e);
      core = s + p;
    }
    boolean f = false;
    if (w == null && e - s > 3) {
      int l = text.startsWith("لل", s) ? s : (text.charAt(s) == 'و' || text.charAt(s) == 'ف') && text.startsWith("لل", s + 1) ? s + 1 : -1;
      if (l >= 0) {
        // للعام = ل + العام with the alef dropped: look up العام, the span starts at the second ل
        w = table.get("ا" + text.substring(l + 1, e), 0, e - l);
        core = l + 1;
        f = w != null;
      }
    }
    add(WORD, s, w == null ? s : core, e, -1, w);
    fused[size - 1] = f;
  }

  private boolean isCliticPrefix(int s, int p) {
    char a = text.charAt(s);
    if (p == 1) {
      return "وفبلك".indexOf(a) >= 0;
    }
    return (a == 'و' || a == 'ف') && "بلك".indexOf(text.charAt(s + 1)) >= 0;
  }

  private static boolean isCliticRun(String t, int s, int e) {
    int n = e - s;
    String r = t.substring(s, e);
    return n <= 3 && (r.equals("و") || r.equals("ف") || r.equals("ب") || r.equals("ل") || r.equals("ال")
        || r.equals("وال") || r.equals("بال") || r.equals("فال") || r.equals("لل") || r.equals("وب") || r.equals("ول"));
  }

  private void add(byte k, int f, int s, int e, int num, Word w) {
    if (size == from.length) {
      grow();
    }
    from[size] = f;
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    number[size] = num;
    word[size] = w;
    size++;
  }

  private void grow() {
    int cap = from.length * 2;
    from = Arrays.copyOf(from, cap);
    start = Arrays.copyOf(start, cap);
    end = Arrays.copyOf(end, cap);
    kind = Arrays.copyOf(kind, cap);
    number = Arrays.copyOf(number, cap);
    word = Arrays.copyOf(word, cap);
    fused = Arrays.copyOf(fused, cap);
  }

  static boolean isLetter(char c) {
    return ArabicChars.isArabicLetter(c) || Character.isLetter(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
