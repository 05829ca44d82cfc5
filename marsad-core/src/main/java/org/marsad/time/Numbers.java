package org.marsad.time;

/** Cardinals (digits or words, {@code خمسة وعشرين}) and ordinals ({@code الحادي عشر}). Stateless. */
final class Numbers {
  /** A number and the token after it. */
  record Num(int value, int end) {}

  private Numbers() {}

  /** A cardinal starting at token {@code i}, or null. */
  static Num cardinal(Scan s, int i) {
    if (s.isNumber(i)) {
      return new Num(s.num(i), i + 1);
    }
    Word w = s.w(i);
    if (w == null || w.number < 0 || s.hasWa(i) && w.number >= 20) {
      return null;
    }
    int v = w.number;
    int j = i + 1;
    if (v < 10 && s.flag(j, Word.TEEN) && !s.hasClitic(j)) {
      return new Num(v + 10, j + 1);
    }
    if (w.has(Word.TEEN_ONLY)) {
      return null;
    }
    if (v >= 100 && v < 1000 && s.hasWa(j)) {
      Num rest = afterWa(s, j);
      if (rest != null) {
        return new Num(v + rest.value, rest.end);
      }
    }
    if (v < 10) {
      Word next = s.w(j);
      if (next != null && s.hasWa(j) && next.number >= 20 && next.number < 100 && next.number % 10 == 0) {
        return new Num(v + next.number, j + 1);
      }
    }
    return new Num(v, j);
  }

  /** The part of a compound after و: the {@code خمسة وعشرين} of {@code مئة وخمسة وعشرين}. */
  private static Num afterWa(Scan s, int j) {
    Word w = s.w(j);
    if (w == null || w.number < 0 || w.number >= 100) {
      return null;
    }
    int v = w.number;
    if (v < 10 && s.flag(j + 1, Word.TEEN)) {
      return new Num(v + 10, j + 2);
    }
    Word next = s.w(j + 1);
    if (v < 10 && next != null && s.hasWa(j + 1) && next.number >= 20 && next.number < 100) {
      return new Num(v + next.number, j + 2);
    }
    return w.has(Word.TEEN_ONLY) ? null : new Num(v, j + 1);
  }

  /** An ordinal 1-31 starting at token {@code i} ({@code الخامس}, {@code الحادي عشر}, {@code الحادي والعشرين}), or null. */
  static Num ordinal(Scan s, int i) {
    Word w = s.w(i);
    if (w == null || w.ordinal <= 0) {
      return null;
    }
    int v = w.ordinal;
    if (v < 10) {
      if (s.flag(i + 1, Word.TEEN) && !s.hasClitic(i + 1)) {
        return new Num(v + 10, i + 2);
      }
      Word next = s.w(i + 1);
      if (next != null && s.hasWa(i + 1) && (next.ordinal == 20 || next.ordinal == 30)) {
        return new Num(v + next.ordinal, i + 2);
      }
    }
    return w.has(Word.TEEN_ONLY) ? null : new Num(v, i + 1);
  }
}
