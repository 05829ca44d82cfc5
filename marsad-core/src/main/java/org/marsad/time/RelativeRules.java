package org.marsad.time;

import org.marsad.model.TimeType;

/**
 * Periods relative to publication: الأسبوع الماضي، هذا العام، قبل يومين، منذ أسبوع، بعد أسبوعين,
 * مطلع العام, seasons, quarters and decades.
 */
final class RelativeRules {
  private RelativeRules() {}

  /** الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا الشهر، الأيام الماضية، العامين الماضيين. */
  static Match relativeUnit(Scan s, int i) {
    int j = i;
    boolean demonstrative = s.flag(j, Word.DEMONSTRATIVE) && !s.hasClitic(j);
    if (demonstrative) {
      j++;
    }
    Word u = s.w(j);
    if (u == null || u.unit == null || !u.definite || u.unitCount == 1 && (u.unit.subDay() || u.unit == Unit.DAY)) {
      return null;
    }
    if (demonstrative) {
      return u.unitCount == 1 ? Match.date(i, j + 1, s.anchor.relative(u.unit, 0)) : null;
    }
    j++;
    Numbers.Num n = u.unitCount == 0 ? Numbers.cardinal(s, j) : null;
    if (n != null) {
      j = n.end();
    }
    int twice = 1;
    if (u.unitCount == 1 && (s.flag(j, Word.BEFORE) || s.flag(j, Word.AFTER)) && s.w(j + 1) != null && s.w(j + 1).modifier != 0) {
      twice = 2;
      j++;
    }
    Word mod = s.w(j);
    if (mod == null || mod.modifier == Word.NONE || mod.has(Word.DEMONSTRATIVE) || s.hasClitic(j)) {
      return null;
    }
    int offset = mod.modifier * twice;
    if (u.unitCount == 1) {
      return Match.date(i, j + 1, s.anchor.relative(u.unit, offset));
    }
    if (u.unitCount == 2) {
      return Match.of(i, j + 1, TimeType.DURATION, u.unit.duration("2"));
    }
    if (n != null) {
      return Match.of(i, j + 1, TimeType.DURATION, u.unit.duration(String.valueOf(n.value())));
    }
    return Match.date(i, j + 1, offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF");
  }

  /** مطلع العام، أواخر 2018، منتصف الشهر المقبل، نهاية مارس: the value is the whole period (no TIMEX3 mod). */
  static Match edge(Scan s, int i) {
    Word w = s.w(i);
    if (w == null || !w.edge) {
      return null;
    }
    int j = i + 1;
    Match inner = longest(s, j);
    if (inner != null && inner.value() != null) {
      return new Match(i, inner.to(), inner.type(), inner.value(), null);
    }
    Word u = s.w(j);
    if (u != null && u.unit != null && u.definite && u.unitCount == 1 && !s.hasClitic(j)
        && (u.unit == Unit.WEEK || u.unit == Unit.MONTH || u.unit == Unit.YEAR)) {
      return Match.date(i, j + 1, s.anchor.relative(u.unit, 0));
    }
    return null;
  }

  private static Match longest(Scan s, int j) {
    Match best = null;
    for (Match m : new Match[] {relativeUnit(s, j), DateRules.monthYear(s, j), YearRules.yearRule(s, j), season(s, j), decade(s, j)}) {
      if (m != null && (best == null || m.to() > best.to())) {
        best = m;
      }
    }
    return best;
  }

  /** قبل يومين، منذ أسبوع، بعد أسبوعين، قبل 6 ساعات، منذ ثماني سنوات (see docs/time.md for the rule). */
  static Match ago(Scan s, int i) {
    Word w = s.w(i);
    if (w == null || !(w.has(Word.BEFORE) || w.has(Word.AFTER) || w.has(Word.SINCE))) {
      return null;
    }
    int j = i + 1;
    if (s.flag(j, Word.APPROX)) {
      j++;
    } else if ((s.isWord(j, "اكثر") || s.isWord(j, "اقل")) && s.flag(j + 1, Word.FROM)) {
      j += 2;
    }
    Quantity q = Quantity.at(s, j);
    if (q == null) {
      return null;
    }
    boolean since = w.has(Word.SINCE);
    boolean dateLike = !q.unit().subDay() && (!since || q.unit() == Unit.DAY || q.unit() == Unit.WEEK);
    // بعد ثلاثة أسابيع من الاعتقال: counted from an event, not from publication
    int e = q.end() + 1;
    boolean anchoredElsewhere = !since && s.flag(q.end(), Word.FROM) && e < s.size() && s.t.kind[e] == Tokens.WORD
        && s.t.text.startsWith("ال", s.t.start[e]) && !s.isWord(e, "الان") && !s.isWord(e, "الزمن");
    if (!dateLike || q.amount() != null && !q.whole() || anchoredElsewhere && !q.vague()) {
      return Match.of(j, q.end(), TimeType.DURATION, q.duration());
    }
    if (q.vague()) {
      return Match.date(i, q.end(), w.has(Word.AFTER) ? "FUTURE_REF" : "PAST_REF");
    }
    int sign = w.has(Word.AFTER) ? 1 : -1;
    int count = q.count();
    if (count > 1000) {
      return Match.rejected(i, q.end()); // no four-digit year, week or day value to give
    }
    if (q.unit() == Unit.DAY) {
      return Match.day(i, q.end(), s.anchor.dayDate(sign * count));
    }
    return Match.date(i, q.end(), s.anchor.relative(q.unit(), sign * count));
  }

  /** صيف 2019، الشتاء الماضي، هذا الصيف، ربيع العام المقبل. The season's year is the year it starts. */
  static Match season(Scan s, int i) {
    int j = i;
    boolean demonstrative = s.flag(j, Word.DEMONSTRATIVE);
    if (demonstrative) {
      j++;
    }
    Word w = s.w(j);
    if (w == null || w.season == null || s.w(j + 1) != null && s.w(j + 1).ordinal > 0 && s.w(j + 1).modifier == Word.NONE) {
      return null;
    }
    j++;
    String code = w.season;
    if (demonstrative) {
      return Match.date(i, j, seasonValue(s, code, 0));
    }
    YearRules.YearRef y = YearRules.year(s, j);
    if (y != null && !y.hijri()) {
      return Match.date(i, y.end(), y.year() + "-" + code);
    }
    Word mod = s.w(j);
    if (mod != null && mod.modifier != Word.NONE && !mod.has(Word.DEMONSTRATIVE) && !s.hasClitic(j)) {
      return Match.date(i, j + 1, seasonValue(s, code, mod.modifier));
    }
    Word yw = s.w(j);
    if (yw != null && yw.has(Word.YEAR_WORD) && yw.definite && s.w(j + 1) != null && s.w(j + 1).modifier != Word.NONE) {
      int off = s.w(j + 1).modifier;
      return Match.date(i, j + 2, s.anchor.known() ? (s.anchor.pub.getYear() + off) + "-" + code : "XXXX-" + code);
    }
    if (s.flag(j, Word.DEMONSTRATIVE) && s.flag(j + 1, Word.YEAR_WORD)) {
      return Match.date(i, j + 2, s.anchor.known() ? s.anchor.pub.getYear() + "-" + code : "XXXX-" + code);
    }
    return null;
  }

  private static String seasonValue(Scan s, String code, int offset) {
    if (!s.anchor.known()) {
      return "XXXX-" + code;
    }
    int m = s.anchor.pub.getMonthValue();
    int year = s.anchor.pub.getYear();
    int idx = "SPSUFAWI".indexOf(code) / 2; // 0 SP (Mar), 1 SU (Jun), 2 FA (Sep), 3 WI (Dec)
    int cur = m < 3 ? 3 : (m - 3) / 3; // current season index
    int curYear = m < 3 ? year - 1 : year;
    int curOrd = curYear * 4 + cur;
    int thisOrd = curYear * 4 + idx;
    int ord;
    if (offset < 0) {
      ord = thisOrd < curOrd ? thisOrd : thisOrd - 4;
    } else if (offset > 0) {
      ord = thisOrd > curOrd ? thisOrd : thisOrd + 4;
    } else {
      ord = thisOrd;
    }
    return Math.floorDiv(ord, 4) + "-" + code;
  }

  /** الربع الأول من 2019، الربع الأخير من العام الماضي، النصف الأول من العام. */
  static Match quarter(Scan s, int i) {
    boolean quarter = s.flag(i, Word.QUARTER);
    if (!quarter && !s.flag(i, Word.HALF_YEAR)) {
      return null;
    }
    Word o = s.w(i + 1);
    if (o == null || o.ordinal == 0 || o.ordinal > (quarter ? 4 : 2)) {
      return null;
    }
    int n = o.ordinal < 0 ? (quarter ? 4 : 2) : o.ordinal;
    String suffix = (quarter ? "-Q" : "-H") + n;
    int j = i + 2;
    YearRules.YearRef y = YearRules.year(s, j);
    if (y != null && !y.hijri()) {
      return Match.date(i, y.end(), y.year() + suffix);
    }
    int off = DateRules.relativeYearAfter(s, j);
    if (off != Word.NONE) {
      return Match.date(i, j + 3, s.anchor.known() ? (s.anchor.pub.getYear() + off) + suffix : "XXXX" + suffix);
    }
    if (s.flag(j, Word.FROM) && s.flag(j + 1, Word.YEAR_WORD) && s.w(j + 1).definite) {
      j += 2;
    } else if (!quarter) {
      return null;
    }
    return Match.date(i, j, s.anchor.known() ? s.anchor.pub.getYear() + suffix : "XXXX" + suffix);
  }

  /** التسعينيات → {@code 199}; العشرينيات is the 1920s unless published after 2020 without القرن الماضي. */
  static Match decade(Scan s, int i) {
    Word w = s.w(i);
    if (w == null || w.decade == 0) {
      return null;
    }
    int j = i + 1;
    boolean lastCentury = false;
    if (s.flag(j, Word.FROM) && s.flag(j + 1, Word.CENTURY_WORD)) {
      j++;
    }
    if (s.flag(j, Word.CENTURY_WORD)) {
      Word next = s.w(j + 1);
      lastCentury = next != null && next.modifier == -1 || s.isWord(j + 1, "العشرين");
      j += next != null && (next.modifier != Word.NONE || next.ordinal > 0 || next.number > 0) ? 2 : 1;
    }
    int century = w.decade == 2 && !lastCentury && s.anchor.known() && s.anchor.pub.getYear() >= 2020 ? 20 : 19;
    return Match.date(i, j, String.valueOf(century * 10 + w.decade));
  }
}
