package org.marsad.time;

/**
 * The temporal roles of one folded lexicon word; a word may play several (العام is both a year
 * word and a unit). Filled once while the lexicon loads, read-only afterwards.
 */
final class Word {
  static final int NONE = Integer.MIN_VALUE;

  // flags
  static final int YEAR_WORD = 1; // عام، العام، سنة
  static final int DEMONSTRATIVE = 1 << 1; // هذا، هذه
  static final int EVERY = 1 << 2; // كل
  static final int BEFORE = 1 << 3; // قبل
  static final int AFTER = 1 << 4; // بعد
  static final int SINCE = 1 << 5; // منذ
  static final int DURATION_CUE = 1 << 6; // لمدة، خلال، طوال
  static final int HOUR_WORD = 1 << 7; // الساعة
  static final int FROM = 1 << 8; // من
  static final int TO = 1 << 9; // إلى، حتى
  static final int HIJRI_SUFFIX = 1 << 10; // هـ، هجري
  static final int GREGORIAN_SUFFIX = 1 << 11; // م، ميلادي
  static final int FIRST_OF_MONTH = 1 << 12; // غرة
  static final int DAY_WORD = 1 << 13; // يوم
  static final int MONTH_WORD = 1 << 14; // شهر
  static final int FUTURE = 1 << 15; // سوف، يعقد ...
  static final int TEEN = 1 << 16; // عشر، عشرة
  static final int HALF = 1 << 17; // نصف
  static final int QUARTER_HOUR = 1 << 18; // ربع
  static final int QUARTER = 1 << 19; // الربع (of a year)
  static final int HALF_YEAR = 1 << 20; // النصف (of a year)
  static final int APPROX = 1 << 21; // نحو، حوالي
  static final int VAGUE_COUNT = 1 << 22; // عدة، بضعة
  static final int CORRESPONDING = 1 << 23; // الموافق
  static final int LOCAL_TIME = 1 << 24; // بالتوقيت
  static final int TEEN_ONLY = 1 << 25; // أحد، اثنا: numbers only before عشر
  static final int CUE = 1 << 26; // في، خلال، منذ ...: a bare month or year may follow
  static final int NEEDS_MADDA = 1 << 27; // آب: the folded اب is also أب (father)
  static final int NEEDS_DAY_OR_YEAR = 1 << 28; // ماي، آب
  static final int EXCEPT = 1 << 29; // إلا
  static final int CENTURY_WORD = 1 << 30; // القرن
  static final int BARE_WEEKDAY = 1 << 31; // جمعة: a weekday only after يوم or كل

  int flags;
  int month;
  int monthHead; // كانون = 1, تشرين = 2: the next word decides
  int hijri;
  int hijriHead; // ربيع = 3, جمادى = 5, ذو/ذي = 11
  int weekday;
  int relDay = NONE;
  String dayPart; // MO AF EV NI for the noun (صباح)
  String dayPartAdverb; // for the adverb (صباحا)
  Unit unit;
  int unitCount; // 1 singular, 2 dual, 0 plural
  boolean definite;
  int number = -1;
  int ordinal;
  int modifier = NONE; // -1 past, 0 current, +1 next
  int decade;
  String season;
  String setValue;
  String vague;
  boolean edge;
  boolean past; // a past-tense verb (قال، أعلن): the clause is past
  boolean complementizer; // إن، أنه: a reported clause starts
  boolean eventYear; // ثورة، انتفاضة، انتخابات: a bare year may follow (انتفاضة 2011)
  boolean starts; // some rule can start here (not only a context word such as في، قال، إن)

  boolean has(int flag) {
    return (flags & flag) != 0;
  }
}
