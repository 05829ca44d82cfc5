package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.events.Docs.code;
import static org.marsad.events.Docs.root;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.events.eval.EvalPipeline;
import org.marsad.model.EntityType;
import org.marsad.model.Event;

/**
 * Specifications of words that look like triggers in the gold articles but are not events: a
 * three-letter verb beginning with ف read as the conjunction and a doubled verb, and an event
 * noun that only names the place or the recording of an event (محاور القتال، فيديو تعذيب).
 */
class BackgroundNoiseRulesTest {
  /** Events of the text with the entities and times the gold-article evaluation finds. */
  private static List<Event> analyzed(String text) {
    return new EvalPipeline().apply(text, LocalDate.of(2015, 8, 5)).events();
  }

  @Test
  void verbBeginningWithFaIsNotTheConjunctionBeforeADoubledVerb() {
    List<Event> events = code(Docs.of("هناك كميات من الحاويات تحوي لحوما ومواد غذائية فسدت"
        + " بسبب انقطاع التيار الكهربائي عن الميناء."));
    assertEquals(List.of(), root(events, "14"), "فسدت is 'went bad', not ف + سدت: " + events);
  }

  @Test
  void doubledVerbAfterWawIsStillTheVerb() {
    List<Event> events = code(Docs.of("وسدت قوات الأمن الطرق المؤدية إلى الساحة أمس."));
    assertEquals(1, root(events, "144").size(), "و + سدت is 'and blocked': " + events);
  }

  @Test
  void theBareFormOfBlockIsTheDamOrAFillingNotABlockade() {
    List<Event> events = code(Docs.of("وأحرق مسلحون منشأة سد الجبلين، وتعاقد النادي مع الحارس"
        + " من أجل سد فراغ رحيله، وبنت الحكومة سداً على النهر، وقد يأكلك أسد الجبل."));
    assertEquals(List.of(), root(events, "144"), "سد, سداً, أسد are nouns here: " + events);
    List<Event> blockade = code(Docs.of("ويسد المحتجون الطريق منذ الصباح."));
    assertEquals(1, root(blockade, "144").size(), "the imperfect is still the verb: " + blockade);
  }

  @Test
  void aGatheringVerbBeforeBaynBringsTogether() {
    List<Event> events = code(Docs.of("وتباع تذاكر المواجهة التي تجمع بين الهلال والنصر"
        + " في أغسطس."));
    assertEquals(List.of(), root(events, "14"), "تجمع بين: brings together: " + events);
    List<Event> rally = code(Docs.of("وتجمع المحتجون أمام السفارة أمس."));
    assertEquals(1, root(rally, "141").size(), "a gathering of protesters: " + rally);
  }

  @Test
  void longerVerbAfterFaIsStillTheVerb() {
    List<Event> events = code(Docs.of("فاعتقلت الشرطة عشرة أشخاص في المدينة أمس."));
    assertTrue(!root(events, "17").isEmpty(), "ف + اعتقلت is 'and arrested': " + events);
  }

  @Test
  void fightingInTheGenitiveOfItsFrontsIsAPlaceNotAnEvent() {
    List<Event> events = analyzed("وجاءت تصريحات حفتر، التي نقلتها وكالة الأنباء الرسمية، لدى"
        + " لقائه بمقر قيادته بمدينة المرج مع قادة محوري القتال في منطقتي الصابري وسوق الحوت"
        + " بمدينة بنغازي، الذين تعهدوا في المقابل بحسم المعركة في أقرب وقت ممكن.");
    assertEquals(List.of(), root(events, "19"), "محوري القتال names the fronts: " + events);
  }

  @Test
  void tortureInTheGenitiveOfAVideoIsARecordingNotAnEvent() {
    List<Event> events = analyzed("في غضون ذلك، وفي محاولة للتخفيف من فضيحة انتشار فيديو"
        + " تعذيب لبعض المعتقلين داخل سجن الهضبة بالعاصمة طرابلس، أبرزهم الساعدي النجل الثالث"
        + " للقذافي، أعلن الادعاء العام الليبي أنه يحقق في الأمر.");
    assertEquals(List.of(), root(events, "18"), "فيديو تعذيب is a video: " + events);
    assertEquals(1, root(events, "09").size(), "the investigation stays: " + events);
  }

  @Test
  void fightingThatBrokeOutIsStillAnEvent() {
    List<Event> events = code(Docs.of("قاد حفتر القتال على محاور بنغازي أمس.")
        .entity("e1", EntityType.PER, "LBYMIL", null, "حفتر"));
    assertEquals(1, root(events, "19").size(), "القتال itself is fighting: " + events);
  }

  @Test
  void videoWithTheArticleDoesNotGovernTheNextWord() {
    assertTrue(SentenceCoder.framingNoun("فيديو"));
    assertTrue(SentenceCoder.framingNoun("ومحاور"));
    assertTrue(!SentenceCoder.framingNoun("المحاور"), "المحاور is not in the construct state");
    assertTrue(!SentenceCoder.framingNoun("بالفيديو"), "بالفيديو is not in the construct state");
  }

  @Test
  void firstPersonImperfectTakesNoNumberSuffix() {
    assertTrue(Words.imperfectForms("يسير").contains("اسير"), "أسير: I walk");
    assertTrue(Words.imperfectForms("يسير").contains("يسيرون"), "يسيرون: they walk");
    assertTrue(!Words.imperfectForms("يسير").contains("اسيرا"), "أسيرًا is a prisoner");
    assertTrue(!Words.imperfectForms("يطالب").contains("نطالبون"), "نطالبون is not a form");
  }

  @Test
  void passivePerfectOfAFormFourVerbIsStillCoded() {
    List<Event> events = analyzed("وأصيبوا بجروح خطيرة في الانفجار الذي وقع في السوق أمس.");
    assertEquals(1, root(events, "18").size(), "أُصيبوا: they were wounded: " + events);
  }

  @Test
  void formsOfAnAgreementAreAnAgreement() {
    List<Event> events = analyzed("وهذه أولى صور اتفاق أمريكا وإيران على تأجيل إنتاج الأسلحة.");
    assertEquals(1, root(events, "057").size(), "صور is also 'forms', not only 'pictures': "
        + events);
  }

  @Test
  void prisonersAreNotAMarch() {
    List<Event> events = analyzed("يواصل 120 أسيرًا فلسطينيًا في سجن نفحة إضرابهم المفتوح عن"
        + " الطعام احتجاجًا على سياسات القمع.");
    assertEquals(List.of(), root(events, "141"), "أسيرًا is not أسير + ا (I walk): " + events);
  }
  @Test
  void demandWithNeitherSourceNorTargetIsNotCoded() {
    List<Event> events = code(Docs.of("وطالب الأسرى في وقت سابق أبناء الشعب الفلسطيني بأن يكون"
        + " يوم الجمعة يوم غضب وتضامن معهم."));
    assertEquals(List.of(), root(events, "10"), "a demand by no one of no one: " + events);
  }

  @Test
  void demandOfANamedSourceStays() {
    List<Event> events = code(Docs.of("وطالبت منظمة العفو الدولية أبناء الشعب الفلسطيني بأن يكون"
        + " يوم الجمعة يوم تضامن.")
        .entity("e1", EntityType.ORG, "NGOHRI", null, "منظمة العفو الدولية"));
    assertEquals(1, root(events, "10").size(), events.toString());
  }
}
