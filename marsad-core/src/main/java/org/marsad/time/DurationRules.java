package org.marsad.time;

import org.marsad.model.TimeType;

/** Durations (ثلاثة أيام، 48 ساعة، عام ونصف), sets (يوميا، كل أسبوع) and vague references (مؤخرا). */
final class DurationRules {
  private DurationRules() {}

  /**
   * A quantity of a unit. A lone singular unit needs a duration cue before it (لمدة يوم، خلال عام);
   * a bare plural (ساعات) is an unspecified duration ({@code PTXH}) unless a definite noun follows
   * (أيام العيد).
   */
  static Match duration(Scan s, int i) {
    Quantity q = Quantity.at(s, i);
    if (q == null) {
      return null;
    }
    if (q.singularAlone() && !s.flag(i - 1, Word.DURATION_CUE) && !s.flag(i - 1, Word.SINCE)) {
      return null;
    }
    if (q.vague() && q.end() == i + 1 && followedByDefiniteNoun(s, q.end())) {
      return null;
    }
    return Match.of(i, q.end(), TimeType.DURATION, q.duration());
  }

  private static boolean followedByDefiniteNoun(Scan s, int j) {
    return j < s.size() && s.t.kind[j] == Tokens.WORD && !s.hasClitic(j) && s.t.text.startsWith("ال", s.t.start[j]);
  }

  /** يوميا، سنويا، كل أسبوع، كل يومين، كل ثلاثة أشهر، كل جمعة، كل يوم أحد. */
  static Match set(Scan s, int i) {
    Word w = s.w(i);
    if (w == null) {
      return null;
    }
    if (w.setValue != null) {
      return Match.of(i, i + 1, TimeType.SET, w.setValue);
    }
    if (!w.has(Word.EVERY)) {
      return null;
    }
    int j = i + 1;
    if (s.flag(j, Word.DAY_WORD) && s.w(j + 1) != null && s.w(j + 1).weekday > 0) {
      j++;
    }
    Word day = s.w(j);
    if (day != null && day.dayPart != null && day.relDay == Word.NONE) {
      return Match.of(i, j + 1, TimeType.SET, "XXXX-XX-XXT" + day.dayPart);
    }
    if (day != null && day.weekday > 0) {
      return Match.of(i, j + 1, TimeType.SET, "XXXX-WXX-" + day.weekday);
    }
    Quantity q = Quantity.at(s, j);
    if (q == null || q.vague() || q.amount() == null) {
      return null;
    }
    return Match.of(i, q.end(), TimeType.SET, q.duration());
  }

  /** مؤخرا، حاليا، قريبا، الآن، في الوقت الحالي، في الآونة الأخيرة، في وقت سابق، في المستقبل. */
  static Match vague(Scan s, int i) {
    Word w = s.w(i);
    if (w != null && w.vague != null) {
      return Match.date(i, i + 1, w.vague);
    }
    if (s.isWord(i, "الوقت") && (s.isWord(i + 1, "الحالي") || s.isWord(i + 1, "الراهن"))) {
      return Match.date(i, i + 2, "PRESENT_REF");
    }
    if (s.isWord(i, "الفتره") || s.isWord(i, "الاونه") || s.isWord(i, "المرحله")) {
      Word mod = s.w(i + 1);
      if (mod != null && mod.modifier != Word.NONE && !mod.has(Word.DEMONSTRATIVE)) {
        return Match.date(i, i + 2, mod.modifier < 0 ? "PAST_REF" : mod.modifier > 0 ? "FUTURE_REF" : "PRESENT_REF");
      }
      return null;
    }
    if (s.isWord(i, "وقت") && (s.isWord(i + 1, "سابق") || s.isWord(i + 1, "لاحق"))) {
      return Match.date(i, i + 2, s.isWord(i + 1, "سابق") ? "PAST_REF" : "FUTURE_REF");
    }
    if (s.isWord(i - 1, "في") && s.isWord(i, "المستقبل")) {
      return Match.date(i, i + 1, "FUTURE_REF");
    }
    if (s.isWord(i - 1, "في") && s.isWord(i, "الماضي")) {
      return Match.date(i, i + 1, "PAST_REF");
    }
    return null;
  }
}
