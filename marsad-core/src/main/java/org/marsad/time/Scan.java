package org.marsad.time;

import org.marsad.text.NormalizedText;

/** One tagging call: the tokens, the anchor and small accessors the rules share. Not shared. */
final class Scan {
  final Tokens t;
  final Anchor anchor;
  private final NormalizedText norm;
  /** The value of the last expression written with an explicit year (في 2011، 5 مارس 2014), or null. */
  String lastExplicit;

  Scan(NormalizedText norm, Tokens t, Anchor anchor) {
    this.norm = norm;
    this.t = t;
    this.anchor = anchor;
  }

  /** The original char behind the first char of token {@code i}. */
  char originalFirstChar(int i) {
    return norm.original().charAt(norm.originalStart(t.start[i]));
  }

  /** Remembers {@code m} as the antecedent of العام نفسه when it contains a four-digit year. */
  void noteExplicit(Match m) {
    String v = m.value();
    if (m.type() != org.marsad.model.TimeType.DATE || v == null || v.length() < 4 || !Character.isDigit(v.charAt(0))
        || !Character.isDigit(v.charAt(3))) {
      return;
    }
    for (int k = m.from(); k < m.to(); k++) {
      if (isNumber(k) && (digits(k) == 4 || k + 1 < m.to() && isPunct(k + 1) && adjacent(k))) {
        lastExplicit = v;
        return;
      }
    }
  }

  int size() {
    return t.size;
  }

  /** The lexicon word at {@code i}, or null (out of range, unknown word, number, punctuation). */
  Word w(int i) {
    return i >= 0 && i < t.size ? t.word[i] : null;
  }

  boolean flag(int i, int flag) {
    Word w = w(i);
    return w != null && w.has(flag);
  }

  boolean isNumber(int i) {
    return i >= 0 && i < t.size && t.kind[i] == Tokens.NUMBER && t.number[i] >= 0;
  }

  int num(int i) {
    return t.number[i];
  }

  int digits(int i) {
    return t.end[i] - t.start[i];
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < t.size && t.kind[i] == Tokens.PUNCT && t.text.charAt(t.start[i]) == c;
  }

  boolean isPunct(int i) {
    return i >= 0 && i < t.size && t.kind[i] == Tokens.PUNCT;
  }

  /** No space between token {@code i} and the next one. */
  boolean adjacent(int i) {
    return i + 1 < t.size && t.end[i] == t.from[i + 1];
  }

  /** Token {@code i} carried the conjunction و (e.g. {@code وعشرين}, {@code ونصف}). */
  boolean hasWa(int i) {
    return i >= 0 && i < t.size && t.from[i] < t.start[i] && t.text.charAt(t.from[i]) == 'و';
  }

  /** Token {@code i} carried any proclitic. */
  boolean hasClitic(int i) {
    return i >= 0 && i < t.size && t.from[i] < t.start[i];
  }

  boolean isWord(int i, String folded) {
    return i >= 0 && i < t.size && t.kind[i] == Tokens.WORD && t.text.startsWith(folded, t.start[i])
        && t.end[i] - t.start[i] == folded.length();
  }

  char firstChar(int i) {
    return t.text.charAt(t.start[i]);
  }

  int wordLength(int i) {
    return t.end[i] - t.start[i];
  }

  boolean isSentenceEnd(int i) {
    if (!isPunct(i)) {
      return false;
    }
    char c = t.text.charAt(t.start[i]);
    return c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n' || c == '؛';
  }
}
