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
    Match same = sameUnit(s, i);
    if (same != null) {
      return same;
    }
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
    if (u.unitCount == 1 && same(s, j + 1)) {
      return sameAsBefore(s, i, j + 2, u.unit);
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
      Word and = s.w(j + 1);
      if (s.hasWa(j + 1) && and != null && and.modifier != Word.NONE && !and.has(Word.DEMONSTRATIVE)) {
        j++; // للعامين الحالي والمقبل
      }
      return Match.of(i, j + 1, TimeType.DURATION, u.unit.duration("2"));
    }
    if (n != null) {
      return Match.of(i, j + 1, TimeType.DURATION, u.unit.duration(String.valueOf(n.value())));
    }
    return offset == 0 ? null : Match.date(i, j + 1, offset < 0 ? "PAST_REF" : "FUTURE_REF"); // no PRESENT_REF (gold)
  }

  /** نفسه، ذاته، نفسها، ذاتها after a unit: the same period as the one named before. */
  static boolean same(Scan s, int j) {
    return !s.hasClitic(j) && (s.isWord(j, "نفسه") || s.isWord(j, "ذاته") || s.isWord(j, "نفسها") || s.isWord(j, "ذاتها"));
  }

  /**
   * العام نفسه، الشهر ذاته، نفس العام: the year (month) of the last expression written with an
   * explicit year before it (قتل في 2011 ... في نهاية العام نفسه → 2011). Nothing without one.
   */
  private static Match sameAsBefore(Scan s, int i, int end, Unit unit) {
    String v = s.lastExplicit;
    if (unit == Unit.YEAR && v != null) {
      return Match.date(i, end, v.substring(0, 4));
    }
    if (unit == Unit.MONTH && v != null && v.length() >= 7 && v.charAt(4) == '-' && Character.isDigit(v.charAt(5))) {
      return Match.date(i, end, v.substring(0, 7));
    }
    return Match.rejected(i, end);
  }

  /** نفس العام، نفس الشهر. */
  static Match sameUnit(Scan s, int i) {
    Word u = s.w(i + 1);
    if (!s.isWord(i, "نفس") || u == null || u.unit == null || !u.definite || u.unitCount != 1 || s.hasClitic(i + 1)) {
      return null;
    }
    return sameAsBefore(s, i, i + 2, u.unit);
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
    if (inner != null) {
      return inner.to() > j ? Match.rejected(i, inner.to()) : null; // نهاية العام نفسه without an antecedent
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
    boolean anchoredElsewhere = !since && s.flag(q.end(), Word.FROM) && eventAfter(s, e);
    if (!dateLike || q.amount() != null && !q.whole() || anchoredElsewhere) {
      // منذ أكثر من عام: منذ and the approximator are in the span; after قبل / بعد only the approximator
      return Match.of(since ? i : i + 1, q.end(), TimeType.DURATION, q.duration());
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

  /**
   * The word after {@code من} in {@code بعد أسبوع من ...} names the event the offset counts from: a
   * definite noun (الاعتقال), a bare one in a construct (حكم محكمة) or with a possessive (رحيله), but
   * not الآن / اليوم and not a person (تزوجت قبل عام من زميلها، من ابنة عمه).
   */
  private static boolean eventAfter(Scan s, int e) {
    if (e >= s.size() || s.t.kind[e] != Tokens.WORD || s.isWord(e, "الان") || s.isWord(e, "الزمن") || s.isWord(e, "اليوم")) {
      return false;
    }
    int a = s.t.start[e];
    int z = s.t.end[e];
    return z - a >= 3 && (s.w(e) == null || s.w(e).eventYear || s.t.text.startsWith("ال", a)) && !isPersonNoun(s.t.text.substring(a, z));
  }

  private static final java.util.Set<String> PERSON_NOUNS = java.util.Set.of(
      "ابن", "ابنه", "بنت", "زميل", "زميله", "صديق", "صديقه", "شقيق", "شقيقه", "اخ", "اخت", "اخو", "اخي", "زوج", "زوجه",
      "رجل", "امراه", "فتاه", "شاب", "والد", "والده", "ام", "اب", "ابو", "ابي", "عم", "خال", "حبيب", "حبيبه", "خطيب", "خطيبه");

  /** A person noun, bare, definite or with a possessive suffix (زميلها، زميلته، الزميل). */
  private static boolean isPersonNoun(String w) {
    String b = w.startsWith("ال") ? w.substring(2) : w;
    if (PERSON_NOUNS.contains(b)) {
      return true;
    }
    for (String suffix : new String[] {"هما", "هم", "ها", "ه", "ي", "نا", "كم", "ك"}) {
      if (b.endsWith(suffix) && b.length() > suffix.length() + 1) {
        String stem = b.substring(0, b.length() - suffix.length());
        if (stem.endsWith("ت")) {
          stem = stem.substring(0, stem.length() - 1) + "ه"; // زميلته → زميله
        }
        if (PERSON_NOUNS.contains(stem)) {
          return true;
        }
      }
    }
    return false;
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
