package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Sentence;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void splitsAtFullStopsQuestionAndExclamationMarks() {
    assertEquals(List.of("وصل الوفد.", "هل اتفقوا؟", "نعم!", "Is it?"),
        split("وصل الوفد. هل اتفقوا؟ نعم! Is it?"));
  }

  @Test
  void splitsSentencesGluedWithoutASpace() {
    assertEquals(List.of("تعزيز العلاقات بين البلدين.", "وتم توقيع الاتفاق."),
        split("تعزيز العلاقات بين البلدين.وتم توقيع الاتفاق."));
  }

  @Test
  void splitsAtLineBreaks() {
    assertEquals(List.of("عنوان الخبر", "نص الخبر"), split("عنوان الخبر\n\nنص الخبر\n"));
  }

  @Test
  void doesNotSplitDecimalNumbers() {
    assertEquals(List.of("بلغ النمو 3.5 في المئة."), split("بلغ النمو 3.5 في المئة."));
  }

  @Test
  void doesNotSplitDates() {
    assertEquals(List.of("في 23/12/2015 و23.12.2015 وقع الحادث."),
        split("في 23/12/2015 و23.12.2015 وقع الحادث."));
  }

  @Test
  void doesNotSplitAfterOneLetterAbbreviations() {
    assertEquals(List.of("قال د. محمد إن م. أحمد وأ. علي حضروا."),
        split("قال د. محمد إن م. أحمد وأ. علي حضروا."));
  }

  @Test
  void doesNotSplitAfterInitialsOrLatinAbbreviations() {
    assertEquals(List.of("J. K. Rowling met Dr. Smith in the U.S. yesterday."),
        split("J. K. Rowling met Dr. Smith in the U.S. yesterday."));
  }

  @Test
  void splitsAfterTheEraLetterOfAYear() {
    assertEquals(List.of("تأسست عام 2015م.", "ثم توسعت."), split("تأسست عام 2015م. ثم توسعت."));
  }

  @Test
  void doesNotSplitInsideUrlsOrEmails() {
    assertEquals(List.of("راجع http://www.example.com/a.b?x=1 أو info@example.org للمزيد."),
        split("راجع http://www.example.com/a.b?x=1 أو info@example.org للمزيد."));
  }

  @Test
  void doesNotSplitInsideGuillemetQuotes() {
    assertEquals(List.of("قال الوزير «لن نتراجع. سنواصل!» أمام البرلمان."),
        split("قال الوزير «لن نتراجع. سنواصل!» أمام البرلمان."));
  }

  @Test
  void doesNotSplitInsideCurlyOrStraightQuotes() {
    assertEquals(List.of("قال “نعم. لا” ثم \"ربما. غدا\" وانصرف."),
        split("قال “نعم. لا” ثم \"ربما. غدا\" وانصرف."));
  }

  @Test
  void keepsAQuoteThatEndsWithAStopWithTheWordsAfterIt() {
    assertEquals(List.of("قال: «انتهى الأمر.» وغادر.", "ثم عاد."),
        split("قال: «انتهى الأمر.» وغادر. ثم عاد."));
  }

  @Test
  void ignoresAnUnbalancedQuote() {
    assertEquals(List.of("قال «نعم.", "ثم غادر."), split("قال «نعم. ثم غادر."));
  }

  @Test
  void keepsAnEllipsisAndClosingBracketsWithTheirSentence() {
    assertEquals(List.of("انتظر...", "(وصل.)", "ثم"), split("انتظر... (وصل.) ثم"));
  }

  @Test
  void yieldsNothingForBlankText() {
    assertEquals(List.of(), SentenceSplitter.split(" \n\t "));
  }

  @Test
  void trimsSentencesOfSurroundingWhitespace() {
    List<Sentence> s = SentenceSplitter.split("  أولا.  ثانيا  ");
    assertEquals(List.of(new Sentence(2, 7), new Sentence(9, 14)), s);
  }
}
