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
    int from = governed(s, i);
    if (q.singularAlone() && from == i && !s.flag(i - 1, Word.DURATION_CUE) && !s.flag(i - 1, Word.SINCE)) {
      return null;
    }
    if (q.vague() && q.end() == i + 1 && followedByDefiniteNoun(s, q.end())) {
      return null;
    }
    return Match.of(from, q.end(), TimeType.DURATION, q.duration());
  }

  /**
   * Where a duration at {@code i} starts once the words governing it are taken in (gold convention):
   * an approximator (نحو، حوالي، قرابة، زهاء، أكثر من، أقل من) and then لمدة، مدة، لفترة. Other cues
   * (طوال، طيلة، خلال، على مدى، غضون) stay outside.
   */
  static int governed(Scan s, int i) {
    int f = i;
    if (s.flag(f - 1, Word.APPROX)) {
      f--;
    } else if (s.flag(f - 1, Word.FROM) && !s.hasClitic(f - 1) && (s.isWord(f - 2, "اكثر") || s.isWord(f - 2, "اقل"))) {
      f -= 2;
    }
    if (s.isWord(f - 1, "لمده") || s.isWord(f - 1, "مده") || s.isWord(f - 1, "لفتره")) {
      f--;
    }
    return f;
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

  /**
   * مؤخرا، حاليا، قريبا، في الآونة الأخيرة، الفترة المقبلة، في المستقبل. Gold convention: other
   * present references (الآن، الوقت الحالي، الفترة الحالية) and the vague "earlier / later" (سابقا،
   * لاحقا، في وقت سابق، في وقت لاحق) are not temporal expressions.
   */
  static Match vague(Scan s, int i) {
    Word w = s.w(i);
    if (w != null && w.vague != null) {
      return Match.date(i, i + 1, w.vague);
    }
    if (s.isWord(i, "الفتره") || s.isWord(i, "الاونه") || s.isWord(i, "المرحله")) {
      Word mod = s.w(i + 1);
      if (mod != null && mod.modifier != Word.NONE && mod.modifier != 0 && !mod.has(Word.DEMONSTRATIVE)) {
        return Match.date(i, i + 2, mod.modifier < 0 ? "PAST_REF" : "FUTURE_REF");
      }
      return null;
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
