package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.TimeExpression;
import org.marsad.model.TimeType;

/** One behaviour per test, with literal Arabic in and out. Published Sunday 2019-12-15 unless named. */
class ArabicTimeTaggerTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 12, 15);
  private final ArabicTimeTagger tagger = ArabicTimeTagger.shared();

  private TimeExpression only(String text, LocalDate published) {
    List<TimeExpression> found = tagger.tag(text, published);
    assertEquals(1, found.size(), () -> "expected one expression in '" + text + "', got " + found);
    return found.get(0);
  }

  private void check(String sentence, String expectedText, TimeType type, String value) {
    check(sentence, SUNDAY, expectedText, type, value);
  }

  private void check(String sentence, LocalDate published, String expectedText, TimeType type, String value) {
    TimeExpression e = only(sentence, published);
    assertEquals(expectedText, e.text());
    assertEquals(type, e.type());
    assertEquals(value, e.value());
  }

  @Test
  void resolvesEveningOfSameWeekdayToThePublicationDay() {
    check("قال الوزير مساء الأحد إن الحوار مستمر", "مساء الأحد", TimeType.TIME, "2019-12-15TEV");
  }

  @Test
  void resolvesYesterdaySaturdayAgainstPublicationDate() {
    check("التقى الرئيس أمس السبت نظيره", "أمس السبت", TimeType.DATE, "2019-12-14");
  }

  @Test
  void resolvesBareWeekdayInPastTenseToTheMostRecentOccurrence() {
    check("وصل الوفد الجمعة إلى العاصمة", "الجمعة", TimeType.DATE, "2019-12-13");
  }

  @Test
  void resolvesBareWeekdayAfterFutureVerbToTheNextOccurrence() {
    check("سيعقد المجلس جلسة الثلاثاء", "الثلاثاء", TimeType.DATE, "2019-12-17");
  }

  @Test
  void resolvesNextSameWeekdayWithMuqbilToAWeekLater() {
    check("تجرى الانتخابات الأحد المقبل", "الأحد المقبل", TimeType.DATE, "2019-12-22");
  }

  @Test
  void resolvesLastWeekToTheIsoWeekBeforeThePublicationWeek() {
    check("زار الوزير الأسبوع الماضي ثلاث دول", "الأسبوع الماضي", TimeType.DATE, "2019-W49");
  }

  @Test
  void resolvesLastNovemberToTheMonth() {
    check("تراجعت الصادرات في شهر نوفمبر الماضي", "شهر نوفمبر الماضي", TimeType.DATE, "2019-11");
  }

  @Test
  void readsDayMonthYearNumericDates() {
    check("صدر الحكم في 23/12/2015 بعد جلسات", "23/12/2015", TimeType.DATE, "2015-12-23");
  }

  @Test
  void readsArabicIndicDigits() {
    check("صدر الحكم في ٢٣/١٢/٢٠١٥ بعد جلسات", "٢٣/١٢/٢٠١٥", TimeType.DATE, "2015-12-23");
  }

  @Test
  void includesTheYearWordInAYearExpression() {
    check("انضمت البلاد إلى المنظمة في العام 2011", "العام 2011", TimeType.DATE, "2011");
  }

  @Test
  void readsCombinedLevantineAndEgyptianMonthNames() {
    check("عقدت الجلسة في 15 كانون الأول (ديسمبر) 2016", "15 كانون الأول (ديسمبر) 2016", TimeType.DATE, "2016-12-15");
  }

  @Test
  void readsMaghrebiMonthNames() {
    check("خرج المتظاهرون في 22 فيفري 2019", "22 فيفري 2019", TimeType.DATE, "2019-02-22");
  }

  @Test
  void readsOrdinalDayWords() {
    check("تذكر العالم هجمات الحادي عشر من سبتمبر 2001", "الحادي عشر من سبتمبر 2001", TimeType.DATE, "2001-09-11");
  }

  @Test
  void convertsUmmAlQuraDatesToGregorian() {
    check("أعلن في 15 رمضان 1440 هـ عن المبادرة", "15 رمضان 1440 هـ", TimeType.DATE, "2019-05-20");
  }

  @Test
  void givesTheFirstDayOfTheRangeTheMonthOfTheSecond() {
    List<TimeExpression> found = tagger.tag("يقام المعرض من 10 إلى 12 ديسمبر", SUNDAY);
    assertEquals(List.of("10", "12 ديسمبر"), found.stream().map(TimeExpression::text).toList());
    assertEquals(List.of("2019-12-10", "2019-12-12"), found.stream().map(TimeExpression::value).toList());
  }

  @Test
  void resolvesTwoDaysAgoToADate() {
    check("قتل شخصان قبل يومين في انفجار", "قبل يومين", TimeType.DATE, "2019-12-13");
  }

  @Test
  void readsSixHoursAgoAsSixHoursNotOne() {
    check("قتل ثلاثة مدنيين قبل 6 ساعات", "6 ساعات", TimeType.DURATION, "PT6H");
  }

  @Test
  void readsHoursAgoWrittenInArabicIndicDigits() {
    check("أصيب جنديان قبل ٥ ساعات", "٥ ساعات", TimeType.DURATION, "PT5H");
  }

  @Test
  void readsSinceEightYearsAsADuration() {
    check("تعيش المدينة تحت الحصار منذ ثماني سنوات", "منذ ثماني سنوات", TimeType.DURATION, "P8Y");
  }

  @Test
  void readsSinceAWeekAsTheWeekBefore() {
    check("قدم استقالته منذ أسبوع", "منذ أسبوع", TimeType.DATE, "2019-W49");
  }

  @Test
  void readsAYearAndAHalfAsADecimalDuration() {
    check("قضى في السجن عام ونصف", "عام ونصف", TimeType.DURATION, "P1.5Y");
  }

  @Test
  void readsClockTimesWithThePartOfDay() {
    check("بدأ الاجتماع الساعة الثالثة عصرا", "الساعة الثالثة عصرا", TimeType.TIME, "2019-12-15T15:00");
  }

  @Test
  void readsDailyAsASet() {
    check("تعقد اللجنة اجتماعاتها يوميا", "يوميا", TimeType.SET, "P1D");
  }

  @Test
  void readsEveryWeekAsASet() {
    check("يتظاهر المحتجون كل أسبوع", "كل أسبوع", TimeType.SET, "P1W");
  }

  @Test
  void readsRecentlyAsPastReference() {
    check("ارتفعت الأسعار مؤخرا", "مؤخرا", TimeType.DATE, "PAST_REF");
  }

  @Test
  void readsSeasonWithYear() {
    check("ارتفعت الحرارة في صيف 2019", "صيف 2019", TimeType.DATE, "2019-SU");
  }

  @Test
  void readsQuarterOfAYear() {
    check("نما الاقتصاد في الربع الأول من 2019", "الربع الأول من 2019", TimeType.DATE, "2019-Q1");
  }

  @Test
  void readsDecadesAsThreeDigitValues() {
    check("عاش في بيروت خلال التسعينيات", "التسعينيات", TimeType.DATE, "199");
  }

  @Test
  void givesEarlyInTheYearTheValueOfTheYear() {
    check("ارتفعت الأسعار منذ مطلع العام", "مطلع العام", TimeType.DATE, "2019");
  }

  @Test
  void excludesTheConjunctionFromTheSpan() {
    check("وأمس قال الوزير", "أمس", TimeType.DATE, "2019-12-14");
  }

  @Test
  void excludesThePrepositionFromTheSpan() {
    check("أعلنت الشرطة بالأمس القبض على العصابة", "الأمس", TimeType.DATE, "2019-12-14");
  }

  @Test
  void excludesConjunctionAndPrepositionWordsBeforeADate() {
    check("وفي 5 مارس التقى الوزير بالسفير", LocalDate.of(2020, 3, 10), "5 مارس", TimeType.DATE, "2020-03-05");
  }

  @Test
  void matchesThroughTatweel() {
    check("وصل الوفد أمـس", "أمـس", TimeType.DATE, "2019-12-14");
  }

  @Test
  void matchesThroughDiacriticsAndKeepsThemInTheSpan() {
    check("قال الرئيس أَمْسِ إن الوضع مستقر", "أَمْسِ", TimeType.DATE, "2019-12-14");
  }

  @Test
  void keepsYesterdayUnderspecifiedWithoutPublicationDate() {
    check("قال الوزير أمس", null, "أمس", TimeType.DATE, "XXXX-XX-XX");
  }

  @Test
  void keepsSundayUnderspecifiedWithoutPublicationDate() {
    check("أعلنت الحكومة الأحد خطة", null, "الأحد", TimeType.DATE, "XXXX-WXX-7");
  }

  @Test
  void doesNotEmitTheThirtyFirstOfFebruary() {
    assertTrue(tagger.tag("عقد الاجتماع في 31 فبراير", SUNDAY).isEmpty());
  }

  @Test
  void doesNotEmitAnImpossibleNumericDate() {
    assertTrue(tagger.tag("ورد تاريخ 2019/13/45 في الوثيقة", SUNDAY).isEmpty());
  }

  @Test
  void doesNotReadFatherAsTheMonthAugust() {
    assertTrue(tagger.tag("أحمد أب لثلاثة أطفال منذ 2 أب", SUNDAY).stream().noneMatch(e -> e.text().contains("أب")));
  }

  @Test
  void readsAbWithMaddaAsAugust() {
    check("دمر الانفجار المرفأ في 4 آب 2020", "4 آب 2020", TimeType.DATE, "2020-08-04");
  }

  @Test
  void doesNotReadMayWithoutDayOrYearAsAMonth() {
    assertTrue(tagger.tag("قالت ماي إن بريطانيا ستغادر الاتحاد", SUNDAY).isEmpty());
  }

  @Test
  void doesNotReadNationalDayAsToday() {
    assertTrue(tagger.tag("يحتفل لبنان اليوم الوطني", SUNDAY).isEmpty());
  }

  @Test
  void numbersIdsInOrderAndSortsByStart() {
    List<TimeExpression> found = tagger.tag("وصل أمس وغادر اليوم ويعود غدا", SUNDAY);
    assertEquals(List.of("t1", "t2", "t3"), found.stream().map(TimeExpression::id).toList());
    assertTrue(found.get(0).start() < found.get(1).start() && found.get(1).start() < found.get(2).start());
  }

  @Test
  void writesValuesInAsciiDigitsWhateverTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
      check("قال الوزير مساء الأحد إن الحوار مستمر", "مساء الأحد", TimeType.TIME, "2019-12-15TEV");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void readsCompoundNumberWords() {
    check("وعدت الحكومة بإنجاز الخطة في مئة وخمسة وعشرين يوما", "مئة وخمسة وعشرين يوما", TimeType.DURATION, "P125D");
  }

  @Test
  void readsQuarterCenturyInYears() {
    check("حكم البلاد ربع قرن", "ربع قرن", TimeType.DURATION, "P25Y");
  }

  @Test
  void returnsNothingForEmptyText() {
    assertTrue(tagger.tag("", SUNDAY).isEmpty());
  }
}
