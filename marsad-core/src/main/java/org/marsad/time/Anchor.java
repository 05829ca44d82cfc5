package org.marsad.time;

import java.util.Locale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;

/**
 * Resolves relative references against the publication date into TIMEX3 values; without a
 * publication date every relative value stays underspecified ({@code XXXX-XX-XX}, {@code
 * XXXX-WXX-7}). Immutable.
 */
final class Anchor {
  /** Direction of a weekday or year-less date. */
  enum Dir { PAST_OR_SAME, FUTURE_OR_SAME, PAST, FUTURE, NEAREST, LIKELY_PAST, LIKELY_FUTURE }

  final LocalDate pub;

  Anchor(LocalDate pub) {
    this.pub = pub;
  }

  boolean known() {
    return pub != null;
  }

  LocalDate dayDate(int offset) {
    return pub == null ? null : pub.plusDays(offset);
  }

  static String day(LocalDate d) {
    return d == null ? "XXXX-XX-XX" : String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  LocalDate weekday(int dow, Dir dir) {
    if (pub == null) {
      return null;
    }
    int p = pub.getDayOfWeek().getValue();
    int back = Math.floorMod(p - dow, 7);
    int fwd = Math.floorMod(dow - p, 7);
    return switch (dir) {
      case PAST_OR_SAME, NEAREST, LIKELY_PAST -> pub.minusDays(back);
      case LIKELY_FUTURE -> pub.plusDays(fwd);
      case PAST -> pub.minusDays(back == 0 ? 7 : back);
      case FUTURE_OR_SAME -> pub.plusDays(fwd);
      case FUTURE -> pub.plusDays(fwd == 0 ? 7 : fwd);
    };
  }

  static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The period {@code offset} units from the publication date's, at the unit's granularity. */
  String relative(Unit unit, int offset) {
    if (pub == null) {
      return switch (unit) {
        case SECOND, MINUTE, HOUR, DAY -> "XXXX-XX-XX";
        case WEEK -> "XXXX-WXX";
        case MONTH -> "XXXX-XX";
        case YEAR -> "XXXX";
        case DECADE -> "XXX";
        case CENTURY -> "XX";
      };
    }
    return switch (unit) {
      case SECOND, MINUTE, HOUR, DAY -> day(pub.plusDays(offset));
      case WEEK -> week(pub.plusWeeks(offset));
      case MONTH -> month(pub.plusMonths(offset).getYear(), pub.plusMonths(offset).getMonthValue());
      case YEAR -> String.valueOf(pub.getYear() + offset);
      case DECADE -> String.valueOf(Math.floorDiv(pub.getYear(), 10) + offset);
      case CENTURY -> String.format(Locale.ROOT, "%02d", Math.floorDiv(pub.getYear(), 100) + offset);
    };
  }

  static String month(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  /** The year of a year-less month (and day) by direction; null without a publication date. */
  Integer yearFor(int month, int dayOrZero, Dir dir) {
    if (pub == null) {
      return null;
    }
    int y = pub.getYear();
    int d = dayOrZero == 0 ? 1 : Math.min(dayOrZero, 28);
    LocalDate same = LocalDate.of(y, month, d);
    boolean monthOnly = dayOrZero == 0;
    int cmp = monthOnly ? Integer.compare(month, pub.getMonthValue()) : same.compareTo(pub);
    return switch (dir) {
      case PAST -> cmp < 0 ? y : y - 1;
      case PAST_OR_SAME -> cmp <= 0 ? y : y - 1;
      case FUTURE -> cmp > 0 ? y : y + 1;
      case FUTURE_OR_SAME -> cmp >= 0 ? y : y + 1;
      case LIKELY_PAST -> {
        // past unless that is most of a year back while the next occurrence is weeks away
        int past = cmp <= 0 ? y : y - 1;
        long back = pub.toEpochDay() - LocalDate.of(past, month, d).toEpochDay();
        long ahead = LocalDate.of(past + 1, month, d).toEpochDay() - pub.toEpochDay();
        yield back > 300 && ahead < 60 ? past + 1 : past;
      }
      case LIKELY_FUTURE -> {
        // the mirror image: future unless that is most of a year ahead while the last one was weeks ago
        int next = cmp >= 0 ? y : y + 1;
        long ahead = LocalDate.of(next, month, d).toEpochDay() - pub.toEpochDay();
        long back = pub.toEpochDay() - LocalDate.of(next - 1, month, d).toEpochDay();
        yield ahead > 300 && back < 60 ? next - 1 : next;
      }
      case NEAREST -> {
        int best = y;
        long bestGap = Long.MAX_VALUE;
        for (int c = y - 1; c <= y + 1; c++) {
          long gap = Math.abs(LocalDate.of(c, month, d).toEpochDay() + (monthOnly ? 14 : 0) - pub.toEpochDay());
          if (gap < bestGap) {
            best = c;
            bestGap = gap;
          }
        }
        yield best;
      }
    };
  }

  /** A valid Gregorian date or null. */
  static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** An Umm al-Qura date converted to Gregorian, or null when invalid or out of range. */
  static LocalDate hijri(int y, int m, int d) {
    try {
      HijrahDate h = HijrahChronology.INSTANCE.date(y, m, d);
      return LocalDate.ofEpochDay(h.getLong(ChronoField.EPOCH_DAY));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The Hijri year of the publication date, or 0. */
  int hijriYear() {
    if (pub == null) {
      return 0;
    }
    try {
      return HijrahDate.from(pub).get(ChronoField.YEAR);
    } catch (DateTimeException e) {
      return 0;
    }
  }

  /** A year-less Hijri day: the occurrence nearest the publication date. */
  LocalDate hijriNearest(int m, int d) {
    int hy = hijriYear();
    LocalDate best = null;
    for (int y = hy - 1; hy > 0 && y <= hy + 1; y++) {
      LocalDate c = hijri(y, m, d);
      if (c != null && (best == null || Math.abs(c.toEpochDay() - pub.toEpochDay()) < Math.abs(best.toEpochDay() - pub.toEpochDay()))) {
        best = c;
      }
    }
    return best;
  }
}
