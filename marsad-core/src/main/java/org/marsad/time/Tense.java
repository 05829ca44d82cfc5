package org.marsad.time;

/**
 * Decides whether the clause around an expression speaks of the future: a future cue
 * ({@code سوف}, {@code المقبل}, a listed imperfect such as {@code يعقد}) or a verb with the future
 * prefix {@code سـ} ({@code سيعقد}, {@code ستبدأ}) within six words, inside the sentence. Past is
 * the default: news mostly reports what happened. Stateless.
 */
final class Tense {
  private static final int WINDOW = 6;
  private static final String[] NOT_VERBS = {
    "سياس", "سيار", "سيطر", "سيد", "سينا", "سينم", "سيول", "سيف", "ستين", "ستون", "ستار", "ستوديو",
    "سترات", "سته", "ستاد", "سنو", "سنه", "سنت", "سنين", "سنا", "سند", "سنغ", "سني"
  };

  private Tense() {}

  static boolean future(Scan s, int from, int to) {
    for (int i = from - 1; i >= 0 && i >= from - WINDOW && !s.isSentenceEnd(i); i--) {
      if (futureCue(s, i)) {
        return true;
      }
      if (pastCue(s, i)) {
        return false; // the nearest verb before decides
      }
      if (complementizer(s, i)) {
        break;
      }
    }
    for (int i = to; i < s.size() && i < to + WINDOW && !s.isSentenceEnd(i); i++) {
      if (complementizer(s, i) || pastCue(s, i)) {
        return false; // قال الوزير الخميس إن الحكومة ستعقد...: the future belongs to the reported clause
      }
      if (futureCue(s, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean complementizer(Scan s, int i) {
    Word w = s.w(i);
    return w != null && w.complementizer;
  }

  private static boolean pastCue(Scan s, int i) {
    Word w = s.w(i);
    return w != null && w.past;
  }

  private static boolean futureCue(Scan s, int i) {
    if (s.flag(i, Word.FUTURE)) {
      return true;
    }
    Tokens t = s.t;
    if (t.kind[i] != Tokens.WORD) {
      return false;
    }
    int a = t.from[i];
    int e = t.end[i];
    if (e - a >= 6 && (t.text.charAt(a) == 'و' || t.text.charAt(a) == 'ف') && t.text.charAt(a + 1) == 'س') {
      a++;
    }
    if (e - a < 5 || t.text.charAt(a) != 'س' || "يتن".indexOf(t.text.charAt(a + 1)) < 0) {
      return false;
    }
    for (String no : NOT_VERBS) {
      if (t.text.startsWith(no, a)) {
        return false;
      }
    }
    return true;
  }
}
