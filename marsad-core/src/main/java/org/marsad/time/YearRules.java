package org.marsad.time;

/** Years: {@code العام 2011}, {@code عام 1995م}, {@code في 2008}, {@code بين عامي 2010 و2015}. */
final class YearRules {
  record YearRef(int year, int end, boolean hijri) {}

  private YearRules() {}

  /** {@code 2019}, {@code من عام 2019}, {@code 1440 هـ}, {@code 2019م} at {@code j}. */
  static YearRef year(Scan s, int j) {
    int k = j;
    if (s.flag(k, Word.FROM) && !s.hasClitic(k)) {
      k++;
    }
    if (s.flag(k, Word.YEAR_WORD)) {
      k++;
    }
    if (!s.isNumber(k) || s.digits(k) < 3 || s.digits(k) > 4) {
      return null;
    }
    int y = s.num(k);
    k++;
    boolean hijri = s.flag(k, Word.HIJRI_SUFFIX);
    if (hijri || s.flag(k, Word.GREGORIAN_SUFFIX)) {
      k++;
    }
    return new YearRef(y, k, hijri || y < 1600);
  }

  /** {@code العام 2011}, {@code عام 2011م}, {@code في 2011}, {@code بين عامي 2010 و2015}. */
  static Match yearRule(Scan s, int i) {
    if (s.flag(i, Word.YEAR_WORD) && s.isNumber(i + 1) && s.digits(i + 1) == 4) {
      YearRef y = year(s, i);
      return y.hijri() ? Match.rejected(i, y.end()) : Match.date(i, y.end(), String.valueOf(y.year()));
    }
    if (!s.isNumber(i) || s.digits(i) != 4 || s.num(i) < 1000 || s.num(i) > 2100) {
      return null;
    }
    YearRef y = year(s, i);
    boolean suffixed = y.end() > i + 1;
    if (y.hijri()) {
      return suffixed ? Match.rejected(i, y.end()) : null;
    }
    boolean cued = suffixed || s.flag(i - 1, Word.CUE) || s.flag(i - 1, Word.TO)
        || s.flag(i - 1, Word.FROM) && s.flag(i + 1, Word.TO) && s.isNumber(i + 2) && s.digits(i + 2) == 4
        || s.hasWa(i) && s.isNumber(i - 1) && s.digits(i - 1) == 4 || s.w(i - 1) != null && s.w(i - 1).edge
        || s.flag(i - 1, Word.BEFORE) || s.flag(i - 1, Word.AFTER) || s.w(i - 1) != null && s.w(i - 1).eventYear;
    if (!cued || s.num(i) < 1900 && !suffixed || !suffixed && !s.hasWa(i) && countedNounAfter(s, i + 1)) {
      return null;
    }
    return Match.date(i, y.end(), String.valueOf(y.year()));
  }

  /** {@code 2019 طنا}, {@code 2019 مليون}: a number counting something, not a year. */
  private static boolean countedNounAfter(Scan s, int j) {
    if (j >= s.size() || s.t.kind[j] != Tokens.WORD || s.w(j) != null) {
      return false;
    }
    return s.t.text.charAt(s.t.end[j] - 1) == 'ا' || s.isWord(j, "مليون") || s.isWord(j, "الف") || s.isWord(j, "دولار")
        || s.isWord(j, "يورو") || s.isWord(j, "مليار");
  }

}
