package org.marsad.ner;

import java.util.List;
import org.marsad.model.EntityMention;
import org.marsad.model.Segment;
import org.marsad.model.SegmentKind;
import org.marsad.model.Token;
import org.marsad.text.ArabicChars;

/**
 * Maps BIO labels over tokens to mentions with original offsets. A mention starts after the
 * proclitics of its first token: the tokenizer's {@code PROCLITIC} segments other than the
 * article, or, when the tokenizer left the token whole (it is conservative on names), a leading
 * conjunction and/or preposition whose removal leaves a word at least three times as frequent in
 * the news corpus ({@code لأردوغان} → {@code أردوغان}, but {@code لبنان} stays whole).
 */
final class MentionSpans {
  private MentionSpans() {}

  static void collect(List<Token> tokens, int[] labels, float[] emission, WordClusters clusters,
      List<EntityMention> out) {
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (labels[i] == Labels.O) {
        i++;
        continue;
      }
      int type = (labels[i] - 1) / 2;
      int j = i + 1;
      while (j < n && Labels.isInside(labels[j]) && (labels[j] - 1) / 2 == type) {
        j++;
      }
      double score = 0;
      for (int k = i; k < j; k++) {
        score += probability(emission, k, labels[k]);
      }
      Token first = tokens.get(i);
      int start = mentionStart(first, clusters);
      int end = tokens.get(j - 1).end();
      if (start < end) {
        out.add(new EntityMention(start, end, Labels.type(labels[i]), score / (j - i)));
      }
      i = j;
    }
  }

  private static double probability(float[] emission, int i, int label) {
    int base = i * Labels.COUNT;
    double max = Double.NEGATIVE_INFINITY;
    for (int y = 0; y < Labels.COUNT; y++) {
      max = Math.max(max, emission[base + y]);
    }
    double z = 0;
    for (int y = 0; y < Labels.COUNT; y++) {
      z += Math.exp(emission[base + y] - max);
    }
    return Math.exp(emission[base + label] - max) / z;
  }

  /** Original offset where the mention begins inside its first token. */
  static int mentionStart(Token t, WordClusters clusters) {
    List<Segment> segs = t.segments();
    if (segs.size() > 1 && segs.get(0).kind() == SegmentKind.PROCLITIC) {
      for (Segment s : segs) {
        if (s.kind() != SegmentKind.PROCLITIC || "ال".equals(s.form())) {
          // a name keeps a letter the tokenizer split off a short word: فان جال is Van Gaal
          return t.end() - s.start() >= 3 ? s.start() : t.start();
        }
      }
    }
    return t.start() + procliticChars(t.text(), clusters);
  }

  /** How many leading chars of {@code word} are proclitics by the frequency test; 0 if none. */
  static int procliticChars(String word, WordClusters clusters) {
    int best = procliticLetters(WordClusters.key(word), clusters, true);
    return best == 0 ? 0 : originalChars(word, best);
  }

  /**
   * How many leading letters of {@code whole} (in {@link WordClusters#key} form) are a
   * conjunction and/or preposition by the frequency test: removing them leaves a word at least
   * three times as frequent as the whole (plus 2). With {@code lilArticle}, {@code لل} counts as
   * ل + the article's lam (only the first letter is removed). 0 if none.
   */
  static int procliticLetters(String whole, WordClusters clusters, boolean lilArticle) {
    if (whole.length() < 4) {
      return 0;
    }
    int letters = 0;
    char c0 = whole.charAt(0);
    if (c0 == 'و' || c0 == 'ف') {
      letters = 1;
    }
    int best = 0;
    long bestCount = 3L * clusters.count(whole) + 2;
    for (int k = 1; k <= 2; k++) {
      int p = k == 1 ? 0 : letters;
      if (k == 2 && letters == 0) {
        break;
      }
      char c = whole.charAt(p);
      int strip = p + 1;
      boolean prep = c == 'ب' || c == 'ل' || c == 'ك';
      if (k == 1 && !(c == 'و' || c == 'ف' || prep)) {
        continue;
      }
      if (k == 2 && !prep) {
        continue;
      }
      if (whole.length() - strip < 3) {
        continue;
      }
      boolean lil = c == 'ل' && whole.charAt(strip) == 'ل';
      if (lil && !lilArticle) {
        continue;
      }
      String rest = lil
          ? "ا" + whole.substring(strip) // لل: the second lam is the article's
          : whole.substring(strip);
      long count = clusters.count(rest);
      if (count >= bestCount) {
        best = strip;
        bestCount = count;
      }
    }
    return best;
  }

  /** Chars of {@code word} spanned by its first {@code letters} letters and their marks. */
  private static int originalChars(String word, int letters) {
    int i = 0;
    int seen = 0;
    while (i < word.length() && seen < letters) {
      if (!ArabicChars.isMark(word.charAt(i)) && !ArabicChars.isInvisible(word.charAt(i))) {
        seen++;
      }
      i++;
    }
    while (i < word.length()
        && (ArabicChars.isMark(word.charAt(i)) || ArabicChars.isInvisible(word.charAt(i)))) {
      i++;
    }
    return i;
  }
}
