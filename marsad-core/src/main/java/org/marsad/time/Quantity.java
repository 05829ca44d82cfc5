package org.marsad.time;

/**
 * An amount of a unit: {@code ثلاثة أيام}, {@code 48 ساعة}, {@code يومين}, {@code عام ونصف},
 * {@code نصف ساعة}, {@code عدة أيام}. {@code amount} is null for an unspecified count (ساعات).
 */
record Quantity(String amount, Unit unit, int end, boolean singularAlone, boolean vague) {

  /** The ISO-8601 duration; halves of hours, days and years use the smaller unit (PT30M, PT12H, P6M). */
  String duration() {
    if ("0.5".equals(amount)) {
      switch (unit) {
        case HOUR:
          return "PT30M";
        case DAY:
          return "PT12H";
        case YEAR:
          return "P6M";
        default:
          break;
      }
    }
    if ("0.25".equals(amount) && unit == Unit.HOUR) {
      return "PT15M";
    }
    if (unit == Unit.CENTURY && ("0.25".equals(amount) || "0.5".equals(amount))) {
      return "0.25".equals(amount) ? "P25Y" : "P50Y"; // ربع قرن، نصف قرن
    }
    return unit.duration(amount);
  }

  boolean whole() {
    return amount != null && amount.indexOf('.') < 0;
  }

  int count() {
    return Integer.parseInt(amount);
  }

  /** A quantity at {@code i}, or null. Definite units (الأيام) are not quantities. */
  static Quantity at(Scan s, int i) {
    Word w = s.w(i);
    if (w != null && (w.has(Word.HALF) || w.has(Word.QUARTER_HOUR)) && !s.hasClitic(i)) {
      Word u = s.w(i + 1);
      if (u != null && u.unit != null && u.unitCount == 1 && !u.definite) {
        return new Quantity(w.has(Word.HALF) ? "0.5" : "0.25", u.unit, i + 2, false, false);
      }
      return null;
    }
    if (w != null && w.has(Word.VAGUE_COUNT)) {
      Word u = s.w(i + 1);
      return u != null && u.unit != null && u.unitCount == 0 && !u.definite ? new Quantity(null, u.unit, i + 2, false, true) : null;
    }
    Numbers.Num n = Numbers.cardinal(s, i);
    if (n != null) {
      Word u = s.w(n.end());
      if (u == null || u.unit == null || u.definite || s.hasClitic(n.end()) || n.value() < 1) {
        return null;
      }
      if (u.unitCount == 2 && n.value() != 2) {
        return null;
      }
      return withHalf(s, String.valueOf(n.value()), u.unit, n.end() + 1, false);
    }
    if (w == null || w.unit == null || w.definite) {
      return null;
    }
    if (w.unitCount == 2) {
      return withHalf(s, "2", w.unit, i + 1, false);
    }
    if (w.unitCount == 0) {
      return new Quantity(null, w.unit, i + 1, false, true);
    }
    if (s.isNumber(i + 1)) {
      return null; // عام 2011 is a year
    }
    Word after = s.w(i + 1);
    if (w.has(Word.DAY_WORD) && after != null && !s.hasClitic(i + 1) && (after.weekday > 0 || after.relDay != Word.NONE)) {
      return null; // منذ يوم الأحد، يوم أمس: a day, not a quantity
    }
    if (s.isWord(i + 1, "كاملا") || s.isWord(i + 1, "كامله") || s.isWord(i + 1, "كامل") || s.isWord(i + 1, "باكمله")) {
      return new Quantity("1", w.unit, i + 2, false, false);
    }
    Word one = s.w(i + 1);
    if (one != null && one.number == 1 && !one.has(Word.TEEN_ONLY) && !s.hasClitic(i + 1)) {
      return new Quantity("1", w.unit, i + 2, false, false);
    }
    Quantity q = withHalf(s, "1", w.unit, i + 1, true);
    return q.end() > i + 1 ? new Quantity(q.amount(), q.unit(), q.end(), false, false) : q;
  }

  private static Quantity withHalf(Scan s, String amount, Unit unit, int end, boolean singular) {
    if (s.hasWa(end) && s.flag(end, Word.HALF)) {
      return new Quantity(amount + ".5", unit, end + 1, singular, false);
    }
    return new Quantity(amount, unit, end, singular, false);
  }
}
