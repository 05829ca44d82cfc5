package org.marsad.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.model.Quote;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.SentenceSplitter;

class QuoteExtractorTest {
  private static Document doc(String text) {
    // The text layer only: entities come from the test, never from the KB.
    return Document.of(new DocumentMeta("t", null, null, null, null), text)
        .withSentences(SentenceSplitter.split(text))
        .withTokens(ArabicTokenizer.shared().tokenize(text));
  }

  /** A document with one entity per given name, its mentions at every occurrence. */
  private static Document doc(String text, String... names) {
    List<Entity> es = new ArrayList<>();
    int id = 1;
    for (String name : names) {
      List<Mention> ms = new ArrayList<>();
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        ms.add(new Mention(i, i + name.length(), name, MentionKind.NAME));
      }
      EntityType type = name.startsWith("وزارة") || name.startsWith("هيئة") ? EntityType.ORG : EntityType.PER;
      es.add(new Entity("e" + id++, type, name, null, null, null, ms));
    }
    return doc(text).withEntities(es);
  }

  private static List<Quote> quotes(Document d) {
    List<Quote> qs = QuoteExtractor.shared().extract(d);
    for (Quote q : qs) {
      assertEquals(d.text().substring(q.start(), q.end()), q.text(), "span text");
    }
    return qs;
  }

  private static Quote only(List<Quote> qs) {
    assertEquals(1, qs.size(), () -> "quotes: " + qs);
    return qs.get(0);
  }

  @Test
  void speakerBeforeADirectQuote() {
    Quote q = only(quotes(doc("وقال وزير الخارجية أحمد سالم: «لن نقبل بأي تدخل خارجي».", "أحمد سالم")));
    assertEquals("لن نقبل بأي تدخل خارجي", q.text());
    assertEquals("e1", q.speaker());
    assertEquals("وقال", q.cue());
    assertTrue(q.direct());
  }

  @Test
  void aNameInQuotationMarksIsNoQuote() {
    Quote q = only(quotes(doc("أوضح ذلك المتحدث الرسمي للدفاع المدني \"العقيد محمد عبدالرحيم"
        + " العاصمي\"، مشيراً إلى أهمية مراقبة الأطفال.", "محمد عبدالرحيم العاصمي")));
    assertEquals("أهمية مراقبة الأطفال", q.text(), "the statement, not the quoted name");
    assertFalse(q.direct());
    List<Quote> agency = quotes(doc("وقال مصدر لـ«رويترز» إن المحادثات مستمرة.", "رويترز"));
    assertTrue(agency.stream().noneMatch(x -> x.text().equals("رويترز")), agency.toString());
    Quote slogan = only(quotes(doc("وقال أحمد سالم: «لن نقبل بأي تدخل خارجي في شؤون البلاد».",
        "أحمد سالم")));
    assertTrue(slogan.direct(), "a statement that names no one stays a quote");
  }

  @Test
  void speakerAfterADirectQuote() {
    Quote q = only(quotes(doc("«الوضع الأمني مستقر تماما في المدينة»، قال مصدر مسؤول.")));
    assertEquals("الوضع الأمني مستقر تماما في المدينة", q.text());
    assertEquals("مصدر مسؤول", q.speaker());
  }

  @Test
  void speakerAroundTheQuoteWithAComplementizer() {
    Quote q = only(quotes(doc("وأكدت الوزيرة ليلى حسن أن “الحكومة ماضية في الإصلاحات” أمس.", "ليلى حسن")));
    assertEquals("الحكومة ماضية في الإصلاحات", q.text());
    assertEquals("e1", q.speaker());
  }

  @Test
  void continuationInheritsTheLastSpeaker() {
    List<Quote> qs = quotes(doc("قال أحمد سالم: «سنواصل العمل».\nوأضاف «لا تراجع عن هذا القرار أبدا».", "أحمد سالم"));
    assertEquals(2, qs.size());
    assertEquals("e1", qs.get(1).speaker());
    assertEquals("وأضاف", qs.get(1).cue());
  }

  @Test
  void continuationInheritsATextSpeaker() {
    List<Quote> qs = quotes(doc("وقال مصدر عسكري إن القوات تقدمت. وتابع أن «المعارك ستنتهي قريبا جدا»."));
    assertEquals(2, qs.size());
    assertEquals("مصدر عسكري", qs.get(1).speaker());
  }

  @Test
  void participleTakesTheSubjectOfTheMainClause() {
    List<Quote> qs = quotes(doc("واستنكر الوزير أحمد سالم التصريحات، واصفا إياها بأنها «تخريب متعمد للعلاقات بين البلدين».",
        "أحمد سالم"));
    assertEquals("e1", only(qs).speaker());
  }

  @Test
  void reportedSpeechSpansTheClause() {
    Quote q = only(quotes(doc("وقال المتحدث باسم الجيش أحمد سالم، إن القوات سيطرت على المدينة بالكامل. وانتهى الاجتماع.",
        "أحمد سالم")));
    assertEquals("القوات سيطرت على المدينة بالكامل", q.text());
    assertFalse(q.direct());
    assertEquals("e1", q.speaker());
  }

  @Test
  void reportedSpeechWithAn() {
    Quote q = only(quotes(doc("أعلنت وزارة الصحة عن تسجيل 20 إصابة جديدة بالفيروس.", "وزارة الصحة")));
    assertEquals("تسجيل 20 إصابة جديدة بالفيروس", q.text());
    assertEquals("e1", q.speaker());
  }

  @Test
  void reportedClauseEndsAtTheNextCue() {
    List<Quote> qs = quotes(doc("وقال سالم إن الوضع هادئ، مضيفا أن الحوار مستمر.", "سالم"));
    assertEquals(2, qs.size());
    assertEquals("الوضع هادئ", qs.get(0).text());
    assertEquals("الحوار مستمر", qs.get(1).text());
    assertEquals("e1", qs.get(1).speaker());
  }

  @Test
  void cueVerbsInEveryTenseAndGender() {
    for (String cue : List.of("قال", "قالت", "يقول", "تقول", "قالوا", "يقولون", "أكد", "أكدت", "يؤكد",
        "أوضح", "شدد", "نفى", "نفت", "اعتبر", "حذر", "طالب", "جدد", "ذكرت", "أفاد", "صرح", "كتب", "غرد")) {
      Quote q = only(quotes(doc(cue + " المسؤول أن الاتفاق لم يوقع بعد.")));
      assertEquals("الاتفاق لم يوقع بعد", q.text(), cue);
      assertEquals("المسؤول", q.speaker(), cue);
    }
  }

  @Test
  void anonymousSourcesAreText() {
    assertEquals("مصادر أمنية", only(quotes(doc("وذكرت مصادر أمنية أن الهجوم أسفر عن قتلى."))).speaker());
    assertEquals("شهود عيان", only(quotes(doc("وأفاد شهود عيان بأن الانفجار وقع قرب السوق."))).speaker());
    assertEquals("مراقبون", only(quotes(doc("ويرى مراقبون أن الأزمة ستطول."))).speaker());
  }

  @Test
  void sourceMarkerAttributesTheSentence() {
    Quote q = only(quotes(doc("قتل خمسة جنود في الهجوم، بحسب مصادر طبية.")));
    assertEquals("قتل خمسة جنود في الهجوم", q.text());
    assertEquals("مصادر طبية", q.speaker());
    assertFalse(q.direct());
  }

  @Test
  void statementIssuedByNamesItsIssuer() {
    Document d = doc("وفق بيان صادر عن وزارة الدفاع، فإن القوات استعادت السيطرة على المطار.", "وزارة الدفاع");
    Attribution a = only1(QuoteExtractor.shared().attribute(d));
    assertEquals("e1", a.quote().speaker());
    assertEquals(List.of("e1", "بيان"), a.chain());
    assertEquals("القوات استعادت السيطرة على المطار", a.quote().text());
  }

  @Test
  void theStatementPointsBackToItsIssuer() {
    Document d = doc("وقالت وزارة الدفاع في بيان إن القوات تقدمت. وقتل عشرة مسلحين، بحسب البيان.", "وزارة الدفاع");
    List<Attribution> as = QuoteExtractor.shared().attribute(d);
    assertEquals(2, as.size());
    assertEquals("e1", as.get(1).quote().speaker());
    assertEquals(List.of("e1", "البيان"), as.get(1).chain());
  }

  @Test
  void relayedStatementKeepsTheChain() {
    Document d = doc("ونقلت وكالة الأنباء الرسمية عن مصدر مسؤول قوله إن المفاوضات ستستأنف.");
    Attribution a = only1(QuoteExtractor.shared().attribute(d));
    assertEquals("مصدر مسؤول", a.quote().speaker());
    assertEquals(List.of("مصدر مسؤول", "وكالة الأنباء الرسمية"), a.chain());
  }

  @Test
  void titleResolvesToThePersonItIntroduced() {
    Document d = doc("وزار محافظ المدينة إبراهيم السالم الموقع. وقال المحافظ إن «الحق لن يضيع أبدا».", "إبراهيم السالم");
    assertEquals("e1", only(quotes(d)).speaker());
  }

  @Test
  void namesInQuotationMarksAreNotQuotes() {
    Quote q = only(quotes(doc("وقال جو ستورك، نائب مدير منظمة «هيومان رايتس ووتش»، لـ«الشرق الأوسط»: «الفيديو يثير مخاوف حقيقية».",
        "جو ستورك")));
    assertEquals("الفيديو يثير مخاوف حقيقية", q.text());
    assertEquals("e1", q.speaker());
  }

  @Test
  void quotedSubjectIsTheSpeaker() {
    Quote q = only(quotes(doc("وقالت: «هيئة شؤون الأسرى»، في بيان لها، إن الأسرى بدأوا إضرابا.", "هيئة شؤون الأسرى")));
    assertEquals("e1", q.speaker());
    assertEquals("الأسرى بدأوا إضرابا", q.text());
  }

  @Test
  void unbalancedQuoteIsBoundedAtTheParagraph() {
    String text = "قال الوزير: «لن نتراجع عن قرارنا\nوفي خبر آخر، افتتح معرض الكتاب أمس.";
    Quote q = only(quotes(doc(text)));
    assertEquals("لن نتراجع عن قرارنا", q.text());
    assertTrue(q.end() <= text.indexOf('\n'));
  }

  @Test
  void quoteRunningToTheEndOfTheTextNeverCoversItAll() {
    String text = "خبر أول.\nقال الوزير: \"الوضع صعب جدا";
    Quote q = only(quotes(doc(text)));
    assertEquals("الوضع صعب جدا", q.text());
  }

  @Test
  void nestedQuotesStayInsideTheOuterQuote() {
    Quote q = only(quotes(doc("وقال أحمد سالم: «وصفوا الاتفاق بأنه «تاريخي» لكنه لم ينفذ».", "أحمد سالم")));
    assertEquals("وصفوا الاتفاق بأنه «تاريخي» لكنه لم ينفذ", q.text());
  }

  @Test
  void noCueNoQuote() {
    assertTrue(quotes(doc("افتتح الوزير «معرض الكتاب» في العاصمة أمس.")).isEmpty());
  }

  @Test
  void worksWithoutTokensOrEntities() {
    Document d = Document.of(new DocumentMeta("t", null, null, null, null), "قال المسؤول إن الطريق مغلق.");
    assertEquals("المسؤول", only(QuoteExtractor.shared().extract(d)).speaker());
  }

  @Test
  void stageFillsTheQuotes() {
    Document d = doc("قال المسؤول إن الطريق مغلق.");
    assertEquals("quotes", QuoteExtractor.shared().stage().provides());
    assertEquals(1, QuoteExtractor.shared().stage().apply(d).quotes().size());
  }

  @Test
  void garbageNeverCrashes() {
    for (String s : List.of("«", "»", "\"", "قال", "قال إن", "«»", "قال: «", "\n\n«\n»", "إن «قال» «", "'''")) {
      quotes(doc(s));
    }
  }

  private static Attribution only1(List<Attribution> as) {
    assertEquals(1, as.size(), () -> "attributions: " + as);
    return as.get(0);
  }
}
