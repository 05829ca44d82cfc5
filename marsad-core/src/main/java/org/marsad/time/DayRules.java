package org.marsad.time;

import java.time.LocalDate;
import org.marsad.model.TimeType;
import org.marsad.time.Anchor.Dir;

/** Days relative to publication: أمس، اليوم، غدا، أول أمس، weekdays, and parts of day (مساء الأحد). */
final class DayRules {
  /** A resolved day: {@code date} is null without a publication date, then {@code value} is underspecified. */
  record DayRef(LocalDate date, String value, int end) {}

  private DayRules() {}

  /** أمس، البارحة، أمس الأول، أول أمس، أول من أمس، اليوم، غدا، بعد غد، يوم أمس; an apposed weekday is included. */
  static DayRef relativeDay(Scan s, int i) {
    int j = i;
    int offset;
    Word w = s.w(i);
    if (w == null) {
      return null;
    }
    if (s.isWord(i, "اول") && s.isWord(i + 1, "امس")) {
      offset = -2;
      j = i + 2;
    } else if ((s.isWord(i, "اول") || s.isWord(i, "الاول")) && s.flag(i + 1, Word.FROM) && s.isWord(i + 2, "امس")) {
      offset = -2;
      j = i + 3;
    } else if (w.has(Word.AFTER) && s.w(i + 1) != null && s.w(i + 1).relDay == 1 && !s.hasClitic(i + 1)) {
      offset = 2;
      j = i + 2;
    } else if (w.has(Word.DAY_WORD) && s.w(i + 1) != null && s.w(i + 1).relDay != Word.NONE && s.w(i + 1).relDay != 0) {
      offset = s.w(i + 1).relDay;
      j = i + 2;
    } else if (w.relDay != Word.NONE && w.dayPart == null) {
      if (w.relDay == 0 && !isToday(s, i)) {
        return null;
      }
      offset = w.relDay;
      j = i + 1;
    } else {
      return null;
    }
    if (offset == -1 && s.isWord(j, "الاول") && !s.hasClitic(j)) {
      offset = -2; // أمس الأول
      j++;
    }
    if (s.w(j) != null && s.w(j).weekday > 0 && !s.hasClitic(j)) {
      j++;
    } else if (s.isPunct(j, '(') && s.w(j + 1) != null && s.w(j + 1).weekday > 0 && s.isPunct(j + 2, ')')) {
      j += 3; // أول من أمس (السبت)
    }
    LocalDate d = s.anchor.dayDate(offset);
    return new DayRef(d, Anchor.day(d), j);
  }

  /** اليوم means today unless it heads a phrase: اليوم الوطني، اليوم التالي، هذا اليوم، اليوم نفسه. */
  private static boolean isToday(Scan s, int i) {
    if (s.flag(i - 1, Word.DEMONSTRATIVE) || s.isWord(i + 1, "نفسه") || s.isWord(i + 1, "ذاته")) {
      return false;
    }
    int n = i + 1;
    if (n < s.size() && s.t.kind[n] == Tokens.WORD && !s.hasClitic(n) && s.t.text.startsWith("ال", s.t.start[n])) {
      Word w = s.w(n);
      return w != null && (w.weekday > 0 || w.dayPart != null);
    }
    return true;
  }

  /** [يوم] الأحد [الماضي|المقبل]: bare weekdays follow the tense of the clause. */
  static DayRef weekday(Scan s, int i) {
    int j = i;
    if (s.flag(j, Word.DAY_WORD) && !s.hasClitic(j + 1)) {
      j++;
    }
    Word w = s.w(j);
    if (w == null || w.weekday == 0 || s.flag(j + 1, Word.TEEN) || s.isWord(j - 1, "كلا")
        || w.has(Word.BARE_WEEKDAY) && j == i || w.weekday == 1 && s.flag(j + 1, Word.FROM)) {
      return null;
    }
    j++;
    Dir dir;
    Word mod = s.w(j);
    if (mod != null && !s.hasClitic(j) && mod.modifier != Word.NONE && mod.modifier != 0 && !mod.has(Word.DEMONSTRATIVE)) {
      dir = mod.modifier < 0 ? Dir.PAST : Dir.FUTURE;
      j++;
    } else {
      dir = Tense.future(s, i, j) ? Dir.FUTURE_OR_SAME : Dir.PAST_OR_SAME;
    }
    LocalDate d = s.anchor.weekday(w.weekday, dir);
    return new DayRef(d, d == null ? "XXXX-WXX-" + w.weekday : Anchor.day(d), j);
  }

  /** A day reference of any kind at {@code i}. */
  static DayRef any(Scan s, int i) {
    DayRef r = relativeDay(s, i);
    return r != null ? r : weekday(s, i);
  }

  static Match dayRule(Scan s, int i) {
    DayRef r = any(s, i);
    return r == null ? null : new Match(i, r.end(), TimeType.DATE, r.value(), r.date());
  }

  /** صباح اليوم، مساء الأحد، ليلة أمس، الليلة، هذا الصباح، فجر 15 ديسمبر → {@code 2019-12-15TEV}. */
  static Match partOfDay(Scan s, int i) {
    Word w = s.w(i);
    if (w == null) {
      return null;
    }
    if (w.has(Word.DEMONSTRATIVE) && s.w(i + 1) != null && s.w(i + 1).dayPart != null && s.t.text.startsWith("ال", s.t.start[i + 1])) {
      return time(i, i + 2, s.anchor.dayDate(0), s.w(i + 1).dayPart);
    }
    if (s.isWord(i, "النهار") && s.isWord(i - 1, "خلال") && !s.hasClitic(i)) {
      return new Match(i - 1, i + 1, TimeType.TIME, Anchor.day(s.anchor.dayDate(0)) + "TDT", s.anchor.dayDate(0)); // خلال النهار
    }
    if (w.dayPart == null) {
      return null;
    }
    if (w.relDay == Word.NONE && s.flag(i + 1, Word.DEMONSTRATIVE) && s.isWord(i + 2, "اليوم")) {
      return time(i, i + 3, s.anchor.dayDate(0), w.dayPart); // صباح هذا اليوم
    }
    if (w.relDay == 0) {
      Word mod = s.w(i + 1);
      if (mod != null && mod.modifier == -1 && !mod.has(Word.DEMONSTRATIVE)) {
        return time(i, i + 2, s.anchor.dayDate(-1), w.dayPart);
      }
      return time(i, i + 1, s.anchor.dayDate(0), w.dayPart);
    }
    DayRef r = any(s, i + 1);
    Match d = DateRules.dayMonth(s, i + 1);
    if (d != null && d.value() != null && d.value().length() == 10 && (r == null || d.to() > r.end())) {
      return new Match(i, d.to(), TimeType.TIME, d.value() + "T" + w.dayPart, d.day());
    }
    return r == null ? null : new Match(i, r.end(), TimeType.TIME, r.value() + "T" + w.dayPart, r.date());
  }

  private static Match time(int from, int to, LocalDate d, String part) {
    return new Match(from, to, TimeType.TIME, Anchor.day(d) + "T" + part, d);
  }
}
