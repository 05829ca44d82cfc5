package org.marsad.time;

import java.util.Locale;
import java.time.LocalDate;
import org.marsad.time.Anchor.Dir;

/** Explicit calendar dates: numeric, day + month name (Gregorian or Hijri), month + year, years, day ranges. */
final class DateRules {
  record MonthRef(int month, boolean hijri, int end, Word word) {}

  private DateRules() {}

  /** {@code 23/12/2015}, {@code 2015/12/23}, {@code 23-12-2015}, {@code 15/9/1440 هـ}. */
  static Match numeric(Scan s, int i) {
    if (!s.isNumber(i) || !s.adjacent(i) || !s.isPunct(i + 1) || !s.adjacent(i + 1) || !s.isNumber(i + 2)) {
      return null;
    }
    char sep = s.t.text.charAt(s.t.start[i + 1]);
    if ("/-.".indexOf(sep) < 0 || !s.adjacent(i + 2) || !s.isPunct(i + 3, sep) || !s.adjacent(i + 3) || !s.isNumber(i + 4)) {
      return null;
    }
    int a = s.num(i);
    int b = s.num(i + 2);
    int c = s.num(i + 4);
    int y;
    int m = b;
    int d;
    if (s.digits(i) == 4 && s.digits(i + 4) <= 2) {
      y = a;
      d = c;
    } else if (s.digits(i) <= 2 && (s.digits(i + 4) == 4 || s.digits(i + 4) == 2)) {
      d = a;
      y = s.digits(i + 4) == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c;
    } else {
      return null;
    }
    int end = i + 5;
    boolean hijri = s.flag(end, Word.HIJRI_SUFFIX);
    if (hijri || s.flag(end, Word.GREGORIAN_SUFFIX)) {
      end++;
    }
    LocalDate date = hijri || y >= 1300 && y < 1600 ? Anchor.hijri(y, m, d) : Anchor.date(y, m, d);
    return date == null ? Match.rejected(i, end) : Match.day(i, end, date);
  }

  /** A month name at {@code i}: one word, {@code كانون الأول}, {@code ربيع الآخر}, {@code ذو الحجة}. */
  static MonthRef month(Scan s, int i) {
    Word w = s.w(i);
    if (w == null) {
      return null;
    }
    if (w.month > 0) {
      if (w.has(Word.NEEDS_MADDA) && s.originalFirstChar(i) != 'آ') {
        return null;
      }
      return new MonthRef(w.month, false, i + 1, w);
    }
    Word next = s.w(i + 1);
    int ord = next == null || s.hasClitic(i + 1) ? 0 : next.ordinal;
    if (w.monthHead > 0 && (ord == 1 || ord == 2)) {
      int m = w.monthHead == 1 ? (ord == 1 ? 12 : 1) : (ord == 1 ? 10 : 11);
      return new MonthRef(m, false, i + 2, w);
    }
    if (w.hijri > 0) {
      return new MonthRef(w.hijri, true, i + 1, w);
    }
    if (w.hijriHead == 3 || w.hijriHead == 5) {
      return ord == 1 || ord == 2 ? new MonthRef(w.hijriHead + ord - 1, true, i + 2, w) : null;
    }
    if (w.hijriHead == 11) {
      if (s.isWord(i + 1, "القعده")) {
        return new MonthRef(11, true, i + 2, w);
      }
      return s.isWord(i + 1, "الحجه") ? new MonthRef(12, true, i + 2, w) : null;
    }
    return null;
  }

  /** Skips {@code (ديسمبر)} or {@code /ديسمبر} after a month or a year. */
  static int skipAlternative(Scan s, int j) {
    if (s.isPunct(j, '(') || s.isPunct(j, '/') || s.isPunct(j, '-')) {
      MonthRef alt = month(s, j + 1);
      if (alt != null) {
        return s.isPunct(alt.end(), ')') ? alt.end() + 1 : alt.end();
      }
    }
    return j;
  }

  /** {@code 15 ديسمبر 2019}, {@code الأحد 15 ديسمبر}, {@code الحادي عشر من سبتمبر}, {@code غرة شوال}. */
  static Match dayMonth(Scan s, int i) {
    int j = i;
    Word w = s.w(j);
    if (s.flag(j, Word.DAY_WORD) && s.w(j + 1) != null && s.w(j + 1).weekday > 0) {
      j += 2;
    } else if (w != null && w.weekday > 0) {
      j++;
    }
    if (j > i && s.isPunct(j, '،')) {
      j++;
    }
    if (j == i && s.flag(j, Word.DAY_WORD)) {
      j++;
    }
    int day;
    if (s.isNumber(j) && s.digits(j) <= 2 && s.num(j) >= 1) {
      day = s.num(j);
      j++;
      if (s.flag(j, Word.FROM) && !s.hasClitic(j) && month(s, j + 1) != null) {
        j++;
      }
    } else if (s.flag(j, Word.FIRST_OF_MONTH)) {
      day = 1;
      j++;
    } else {
      Numbers.Num o = Numbers.ordinal(s, j);
      if (o == null || !s.flag(o.end(), Word.FROM)) {
        return null;
      }
      day = o.value();
      j = o.end() + 1;
    }
    if (s.flag(j, Word.MONTH_WORD) && !s.hasClitic(j)) {
      j++;
    }
    Match inMonth = dayOfRelativeMonth(s, i, j, day);
    if (inMonth != null) {
      return inMonth;
    }
    MonthRef m = month(s, j);
    if (m == null) {
      return null;
    }
    return m.hijri() ? hijriDay(s, i, day, m) : gregorianDay(s, i, day, m);
  }

  /** {@code 12 من الشهر الجاري}, {@code الثامن من الشهر الماضي}. */
  private static Match dayOfRelativeMonth(Scan s, int i, int j, int day) {
    int k = s.flag(j, Word.FROM) && !s.hasClitic(j) ? j + 1 : j;
    Word u = s.w(k);
    Word mod = s.w(k + 1);
    if (u != null && u.modifier == 0 && !u.has(Word.DEMONSTRATIVE) && k == j && !s.hasClitic(k)) {
      mod = u; // في 15 الجاري: the current month
      k--;
      u = s.w(k);
    }
    boolean current = mod != null && mod == s.w(j) && k == j - 1;
    if (!current && (u == null || u.unit != Unit.MONTH || !u.definite || u.unitCount != 1) || mod == null || mod.modifier == Word.NONE
        || mod.has(Word.DEMONSTRATIVE)) {
      return null;
    }
    if (!s.anchor.known()) {
      return day > 31 ? Match.rejected(i, k + 2) : Match.date(i, k + 2, String.format(Locale.ROOT, "XXXX-XX-%02d", day));
    }
    LocalDate base = s.anchor.pub.plusMonths(mod.modifier);
    LocalDate d = Anchor.date(base.getYear(), base.getMonthValue(), day);
    return d == null ? Match.rejected(i, k + 2) : Match.day(i, k + 2, d);
  }

  private static Match gregorianDay(Scan s, int i, int day, MonthRef m) {
    int j = skipAlternative(s, m.end());
    YearRules.YearRef y = YearRules.year(s, j);
    if (y != null && !y.hijri()) {
      j = skipAlternative(s, y.end());
      LocalDate d = Anchor.date(y.year(), m.month(), day);
      return d == null ? Match.rejected(i, j) : Match.day(i, j, d);
    }
    if (Anchor.date(2000, m.month(), day) == null) {
      return Match.rejected(i, j);
    }
    Word mod = s.w(j);
    Dir dir = Tense.future(s, i, j) ? Dir.LIKELY_FUTURE : Dir.LIKELY_PAST;
    if (mod != null && mod.modifier != Word.NONE && !mod.has(Word.DEMONSTRATIVE) && !s.hasClitic(j)) {
      j++;
      if (mod.modifier == 0) {
        if (!s.anchor.known()) {
          return Match.date(i, j, String.format(Locale.ROOT, "XXXX-%02d-%02d", m.month(), day));
        }
        LocalDate d = Anchor.date(s.anchor.pub.getYear(), m.month(), day);
        return d == null ? Match.rejected(i, j) : Match.day(i, j, d);
      }
      dir = mod.modifier < 0 ? Dir.PAST : Dir.FUTURE;
    }
    Integer year = s.anchor.yearFor(m.month(), day, dir);
    if (year == null) {
      return Match.date(i, j, String.format(Locale.ROOT, "XXXX-%02d-%02d", m.month(), day));
    }
    LocalDate d = Anchor.date(year, m.month(), day);
    return d == null ? Match.rejected(i, j) : Match.day(i, j, d);
  }

  private static Match hijriDay(Scan s, int i, int day, MonthRef m) {
    int j = m.end();
    YearRules.YearRef y = YearRules.year(s, j);
    LocalDate d;
    if (y != null) {
      j = y.end();
      d = y.year() < 1600 ? Anchor.hijri(y.year(), m.month(), day) : null;
    } else if (s.flag(j, Word.HIJRI_SUFFIX) || day > 30) {
      return day > 30 ? Match.rejected(i, j) : Match.date(i, j + 1, "XXXX-XX-XX");
    } else if (!s.anchor.known()) {
      return Match.date(i, j, "XXXX-XX-XX");
    } else {
      d = s.anchor.hijriNearest(m.month(), day);
    }
    return d == null ? Match.rejected(i, j) : Match.day(i, j, d);
  }

  /** {@code شهر نوفمبر الماضي}, {@code مارس 2019}, {@code في مارس}, {@code أيار/مايو من العام الماضي}. */
  static Match monthYear(Scan s, int i) {
    int j = i;
    boolean shahr = s.flag(j, Word.MONTH_WORD);
    if (shahr) {
      j++;
    }
    MonthRef m = month(s, j);
    if (m == null || m.hijri()) {
      return null;
    }
    j = skipAlternative(s, m.end());
    YearRules.YearRef y = YearRules.year(s, j);
    if (y != null && !y.hijri()) {
      return Match.date(i, skipAlternative(s, y.end()), Anchor.month(y.year(), m.month()));
    }
    Word next = s.w(j);
    if (next != null && next.modifier != Word.NONE && !s.hasClitic(j) && !next.has(Word.DEMONSTRATIVE)) {
      if (next.modifier == 0) {
        String v = s.anchor.known() ? Anchor.month(s.anchor.pub.getYear(), m.month()) : String.format(Locale.ROOT, "XXXX-%02d", m.month());
        return Match.date(i, j + 1, v);
      }
      return monthValue(s, i, j + 1, m.month(), next.modifier < 0 ? Dir.PAST : Dir.FUTURE);
    }
    int yearOffset = relativeYearAfter(s, j);
    if (yearOffset != Word.NONE) {
      String v = s.anchor.known() ? Anchor.month(s.anchor.pub.getYear() + yearOffset, m.month()) : String.format(Locale.ROOT, "XXXX-%02d", m.month());
      return Match.date(i, j + 3, v);
    }
    boolean cued = shahr || s.flag(i - 1, Word.CUE) || s.flag(i - 1, Word.FROM) || s.flag(i - 1, Word.TO)
        || s.w(i - 1) != null && s.w(i - 1).edge;
    if (!cued || m.word().has(Word.NEEDS_DAY_OR_YEAR)) {
      return null;
    }
    return monthValue(s, i, j, m.month(), Tense.future(s, i, j) ? Dir.FUTURE_OR_SAME : Dir.PAST_OR_SAME);
  }

  private static Match monthValue(Scan s, int i, int end, int month, Dir dir) {
    Integer y = s.anchor.yearFor(month, 0, dir);
    return Match.date(i, end, y == null ? String.format(Locale.ROOT, "XXXX-%02d", month) : Anchor.month(y, month));
  }

  /** {@code من العام الماضي} / {@code من هذا العام} after a month: the year offset, or NONE. */
  static int relativeYearAfter(Scan s, int j) {
    if (!s.flag(j, Word.FROM)) {
      return Word.NONE;
    }
    if (s.flag(j + 1, Word.DEMONSTRATIVE) && s.flag(j + 2, Word.YEAR_WORD)) {
      return 0;
    }
    Word mod = s.w(j + 2);
    if (s.flag(j + 1, Word.YEAR_WORD) && s.w(j + 1).definite && mod != null && mod.modifier != Word.NONE) {
      return mod.modifier;
    }
    return Word.NONE;
  }

  /** The first day of {@code من 10 إلى 12 ديسمبر}: {@code 10} takes its month and year from the second. */
  static Match rangeStart(Scan s, int i) {
    if (!s.isNumber(i) || s.digits(i) > 2) {
      return null;
    }
    int k;
    if (s.flag(i + 1, Word.TO) || s.isPunct(i + 1, '-')) {
      k = i + 2;
    } else if (s.hasWa(i + 1) && s.isNumber(i + 1)) {
      k = i + 1;
    } else {
      return null;
    }
    if (!s.isNumber(k)) {
      return null;
    }
    Match second = dayMonth(s, k);
    int d1 = s.num(i);
    int d2 = s.num(k);
    if (second == null || second.value() == null || d1 < 1 || d1 >= d2) {
      return null;
    }
    if (second.day() != null) {
      return Match.day(i, i + 1, second.day().minusDays(d2 - d1));
    }
    String v = second.value();
    return v.startsWith("XXXX-") && v.length() == 10 ? Match.date(i, i + 1, v.substring(0, 8) + String.format(Locale.ROOT, "%02d", d1)) : null;
  }

}
