package org.marsad.time;

import java.util.Locale;
import java.time.LocalDate;
import org.marsad.model.TimeType;

/** Clock times: الساعة الثالثة عصرا، 10:30 صباحا بالتوقيت المحلي، الساعة 8 مساء أمس. */
final class ClockRules {
  private ClockRules() {}

  static Match clock(Scan s, int i) {
    int j = i;
    boolean saa = s.flag(j, Word.HOUR_WORD);
    if (saa) {
      j++;
    }
    int hour;
    int minute = 0;
    boolean colon = false;
    if (s.isNumber(j) && s.digits(j) <= 2 && s.num(j) <= 24) {
      hour = s.num(j);
      j++;
      if (s.isPunct(j, ':') && s.adjacent(j - 1) && s.adjacent(j) && s.isNumber(j + 1) && s.digits(j + 1) == 2 && s.num(j + 1) < 60) {
        minute = s.num(j + 1);
        colon = true;
        j += 2;
      }
    } else {
      Numbers.Num o = Numbers.ordinal(s, j);
      if (o == null || o.value() > 12 || !saa && !s.isWord(j, "الواحده") && s.w(o.end()) == null) {
        return null;
      }
      hour = o.value();
      j = o.end();
    }
    if (s.hasWa(j) && s.flag(j, Word.HALF_YEAR)) {
      minute = 30;
      j++;
    } else if (s.hasWa(j) && s.flag(j, Word.QUARTER)) {
      minute = 15;
      j++;
    } else if (s.flag(j, Word.EXCEPT) && s.flag(j + 1, Word.QUARTER_HOUR)) {
      minute = 45;
      hour = hour == 0 ? 23 : hour - 1;
      j += 2;
    } else if (s.hasWa(j) && Numbers.cardinal(s, j) == null && s.isNumber(j) && s.w(j + 1) != null && s.w(j + 1).unit == Unit.MINUTE) {
      minute = s.num(j);
      j += 2;
    }
    String part = null;
    Word adv = s.w(j);
    if (adv != null && adv.dayPartAdverb != null && !s.hasClitic(j)) {
      part = adv.dayPartAdverb;
      j++;
    } else if (s.flag(j, Word.AFTER) && s.isWord(j + 1, "منتصف") && s.isWord(j + 2, "الليل")) {
      part = "NI";
      j += 3;
    } else if ((s.flag(j, Word.AFTER) || s.flag(j, Word.BEFORE)) && (s.isWord(j + 1, "الظهر") || s.isWord(j + 1, "الظهيره"))) {
      part = s.flag(j, Word.AFTER) ? "AF" : "MO";
      j += 2;
    }
    if (!saa && part == null && !(colon && s.flag(j, Word.LOCAL_TIME))) {
      return null;
    }
    LocalDate day = null;
    int k = s.flag(j, Word.FROM) ? j + 1 : j;
    Word dp = s.w(k);
    if (dp != null && dp.dayPart != null && dp.relDay == Word.NONE) {
      DayRules.DayRef r = DayRules.any(s, k + 1);
      if (r != null) {
        part = part == null ? dp.dayPart : part;
        day = r.date();
        j = r.end();
        if (day == null) {
          return Match.of(i, j, TimeType.TIME, "XXXX-XX-XXT" + hhmm(hour, minute, part));
        }
      }
    } else if (part != null) {
      DayRules.DayRef r = DayRules.relativeDay(s, j);
      if (r != null) {
        day = r.date();
        j = r.end();
      }
    }
    if (s.flag(j, Word.LOCAL_TIME) && j + 1 < s.size() && s.t.kind[j + 1] == Tokens.WORD) {
      j += 2;
    }
    if (hour > 24 || hour == 24 && minute > 0 || !colon && !saa && hour == 0) {
      return null;
    }
    String hm = hhmm(hour, minute, part);
    LocalDate d = day != null ? day : s.anchor.dayDate(0);
    return new Match(i, j, TimeType.TIME, Anchor.day(d) + "T" + hm, day);
  }

  private static String hhmm(int hour, int minute, String part) {
    int h = hour;
    if ("NI".equals(part) && h == 12) {
      h = 0; // الثانية عشرة ليلا: midnight
    } else if (part != null && h < 12) {
      switch (part) {
        case "EV":
          h += 12;
          break;
        case "AF":
          h = h <= 5 || h == 12 ? h + 12 : h;
          break;
        case "NI":
          h = h >= 6 ? h + 12 : h;
          break;
        default:
          break;
      }
    }
    return String.format(Locale.ROOT, "%02d:%02d", h % 24 == 0 && h != 0 ? 24 : h, minute);
  }
}
