package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.events.Docs.code;
import static org.marsad.events.Docs.root;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.model.Event;

/**
 * Specifications of round 5's word-shape and clause rules: object pronouns on verbs and on the
 * prepositions of multi-word triggers, a relative clause with its own subject, a verbal noun whose
 * genitive stands before its preposition, verbs of lasting states, and threats in protests.
 */
class ClauseAndMorphologyRulesTest {
  @Test
  void pluralVerbWithAnObjectPronounDropsTheAlef() {
    List<Event> events = code(Docs.of("دخل مسلحون القرية أمس وقتلوه."));
    assertEquals(1, root(events, "18").stream().filter(e -> e.cameo().equals("1823")).count(),
        "قتلوه is قتلوا + ه: " + events);
  }

  @Test
  void prepositionOfAMultiWordTriggerMayCarryAPronoun() {
    List<Event> events = code(Docs.of("ألقى مسلحون القبض عليه في المدينة."));
    assertEquals(1, root(events, "173").size(), "القبض عليه is القبض على + ه: " + events);
  }

  @Test
  void relativeClauseWithItsOwnSubjectMakesTheAntecedentTheTarget() {
    List<Event> events = code(Docs.of("انتهى حكم القذافي الذي ألقى مسلحون القبض عليه وقتلوه في"
        + " نهاية العام.")
        .entity("e1", EntityType.PER, "LBYELI", null, "القذافي"));
    Event arrest = root(events, "17").get(0);
    assertEquals("مسلحون", arrest.source().text(), "the subject after the verb acts: " + events);
    assertEquals("e1", arrest.target().entity(), "عليه is the antecedent: " + events);
    Event killing = root(events, "18").get(0);
    assertEquals("مسلحون", killing.source().text(), "وقتلوه shares the subject: " + events);
    assertEquals("e1", killing.target().entity(), "and its pronoun is the same person: " + events);
  }

  @Test
  void relativeClauseWithoutItsOwnSubjectStillTakesTheAntecedentAsSubject() {
    List<Event> events = code(Docs.of("وصل الوفد الذي اعتقل المتظاهرين أمس.")
        .entity("e1", EntityType.ORG, "SYRGOV", null, "الوفد"));
    Event arrest = root(events, "17").get(0);
    assertEquals("e1", arrest.source().entity(), "الذي اعتقل: the antecedent arrested: " + events);
  }

  @Test
  void genitiveMayStandBetweenAVerbalNounAndItsPreposition() {
    List<Event> events = code(Docs.of("وصل المحافظ إلى المدينة للمرة الاولى منذ سيطرة الحوثيين"
        + " عليها في مارس.")
        .entity("e1", EntityType.ORG, "YEMREB", null, "الحوثيين")
        .time("مارس", "2015-03"));
    List<Event> seizure = root(events, "192");
    assertEquals(1, seizure.size(), "سيطرة الحوثيين عليها: " + events);
    assertEquals("e1", seizure.get(0).source().entity());
    assertEquals("سيطرة", seizure.get(0).trigger().text(), "the trigger is the noun itself");
    assertEquals("2015-03", seizure.get(0).date());
  }

  @Test
  void hungerStrikeMayHaveAnAdjectiveBeforeItsPreposition() {
    List<Event> events = code(Docs.of("يواصل 120 أسيرا في سجن نفحة إضرابهم المفتوح عن الطعام"
        + " منذ الخميس.")
        .time("الخميس", "2015-08-06"));
    assertEquals(1, root(events, "142").size(), "an open hunger strike is 142: " + events);
    assertEquals(List.of(), root(events, "143"), "not a general strike: " + events);
  }

  @Test
  void holdingAPlaceInTheImperfectIsAStateNotAnEvent() {
    List<Event> events = code(Docs.of("وعد الثني حكومة الإنقاذ التي تسيطر على العاصمة طرابلس"
        + " غير شرعية.")
        .entity("e1", EntityType.PER, "LBYGOV", null, "الثني")
        .entity("e2", EntityType.ORG, "LBYGOV", null, "حكومة الإنقاذ"));
    assertEquals(List.of(), root(events, "19"), "تسيطر على: who holds the capital: " + events);
  }

  @Test
  void seizingAPlaceInThePerfectIsStillAnEvent() {
    List<Event> events = code(Docs.of("سيطر الحوثيون على مدينة عدن أمس.")
        .entity("e1", EntityType.ORG, "YEMREB", null, "الحوثيون"));
    assertEquals(1, root(events, "192").size(), events.toString());
    assertEquals("e1", root(events, "192").get(0).source().entity());
  }

  @Test
  void futureHoldingOfAPlaceIsStillCoded() {
    List<Event> events = code(Docs.of("قال المصدر إن الحوثيين سيسيطرون على المدينة.")
        .entity("e1", EntityType.ORG, "YEMREB", null, "الحوثيين"));
    assertEquals(1, root(events, "192").size(), "an announced seizure: " + events);
  }

  @Test
  void protestersThreatsAreTheProtestsClaims() {
    List<Event> events = code(Docs.of("وخرج آلاف المتظاهرين في رام الله يهتفون ضد قادة حماس،"
        + " كما شتموا قادة حماس، وتوعدوهم.")
        .entity("e1", EntityType.ORG, "PSEREB", null, "حماس"));
    assertTrue(!root(events, "14").isEmpty(), "the protest is coded: " + events);
    assertEquals(List.of(), root(events, "13"), "their threats are its context: " + events);
  }

  @Test
  void threatOutsideAProtestIsStillAnEvent() {
    List<Event> events = code(Docs.of("وتوعد الجيش المسلحين بالرد بقوة.")
        .entity("e1", EntityType.ORG, "LBYMIL", null, "الجيش"));
    assertEquals(1, root(events, "13").size(), events.toString());
    assertEquals(List.of(), root(events, "14"), "no protest here: " + events);
  }

  @Test
  void imperfectVerbWithAnObjectPronounIsNotReadAsAPlural() {
    List<Event> events = code(Docs.of("ويعزوه الخبراء إلى الأزمة."));
    assertEquals(List.of(), root(events, "01"), "يعزوه is 'attribute it': " + events);
  }

  @Test
  void pronounOnATailPrepositionAfterAGapNeedsAMultiWordTail() {
    List<Event> events = code(Docs.of("ولا يهمه حكم الناس عليه."));
    assertEquals(List.of(), root(events, "17"), "حكم الناس عليه is a judgment: " + events);
  }

  @Test
  void coordinatedSubjectsAreNotEachOthersTarget() {
    List<Event> events = code(Docs.of("معسكر لبوزة هو أول موقع سيطرت عليه ميليشيات الحوثي وصالح"
        + " في مارس.")
        .entity("e1", EntityType.ORG, "YEMREB", null, "ميليشيات الحوثي")
        .entity("e2", EntityType.PER, "YEMELI", null, "صالح"));
    for (Event e : root(events, "19")) {
      assertNull(e.target(), "the Houthis and Saleh both took it: " + events);
    }
    assertEquals(2, root(events, "19").size(), "one event for each: " + events);
  }

  @Test
  void wordAfterAHeadOfCauseIsANounNotAVerb() {
    List<Event> events = code(Docs.of("وأصيب 42 آخرون، جراء إصابتهم بشظايا مقذوف في المدينة."));
    assertTrue(events.stream().noneMatch(e -> e.trigger().text().equals("إصابتهم")),
        "جراء إصابتهم is not أصابتهم (it hit them): " + events);
  }

  @Test
  void verbAfterAnotherWordIsStillAVerb() {
    List<Event> events = code(Docs.of("وقال الشهود إن القذيفة أصابتهم في المدينة."));
    assertTrue(events.stream().anyMatch(e -> e.trigger().text().equals("أصابتهم")),
        events.toString());
  }

  @Test
  void countedGroupAfterAVerbOfSpeechActsIsItsSubject() {
    List<Event> events = code(Docs.of("ودعا عدد من مناصري النظام السابق إلى الهدوء."));
    Event call = root(events, "02").get(0);
    assertEquals("مناصري", call.source().text(), "عدد من مناصري: the supporters call: " + events);
    assertNull(call.target(), events.toString());
  }

  @Test
  void countedGroupAfterAVerbOfForceIsStillItsVictim() {
    List<Event> events = code(Docs.of("وقتل عشرات من المدنيين في المدينة أمس."));
    Event killing = root(events, "18").get(0);
    assertEquals("المدنيين", killing.target().text(), "the killed: " + events);
    assertNull(killing.source(), events.toString());
  }

  @Test
  void countedActorsAfterAProtestVerbAreTheProtesters() {
    List<Event> events = code(Docs.of("تظاهر عشرات النشطاء أمام مقر المحكمة أمس."));
    Event protest = root(events, "14").get(0);
    assertEquals("النشطاء", protest.source().text(), "تظاهر عشرات النشطاء: " + events);
  }

  @Test
  void organizingAGatheringIsNoOrganisation() {
    List<Event> events = code(Docs.of("ودعا مناصرو النظام إلى تنظيم تظاهرات أخرى.")
        .entity("e1", EntityType.ORG, null, null, "تنظيم تظاهرات أخرى"));
    for (Event e : events) {
      assertTrue(e.source() == null || !"e1".equals(e.source().entity()), events.toString());
      assertTrue(e.target() == null || !"e1".equals(e.target().entity()), events.toString());
    }
  }

  @Test
  void groupAfterAVerbWhoseSubjectIsTheSpeakersPronounIsItsObject() {
    List<Event> events = code(Docs.of("وقالت الشرطة الفرنسية إنها اعتقلت مئات من الأشخاص.")
        .entity("e1", EntityType.ORG, "FRACOP", null, "الشرطة الفرنسية"));
    Event arrest = root(events, "17").get(0);
    assertEquals("e1", arrest.source().entity(), "إنها: the police arrested: " + events);
    assertEquals("الأشخاص", arrest.target().text(), "the people were arrested: " + events);
  }

  @Test
  void hungerStrikerIsThePersonNamedBeforeTheStrike() {
    List<Event> events = code(Docs.of("دعت اللجنة الدولية للصليب الأحمر أمس إسرائيل للسماح"
        + " لعائلة الأسير محمد علان الذي نقل إلى المستشفى بزيارته لأنه مهدد بالموت بعد 50 يوما"
        + " من الإضراب المفتوح عن الطعام.")
        .entity("e1", EntityType.ORG, "NGOHLHIRC", null, "اللجنة الدولية للصليب الأحمر")
        .entity("c1", EntityType.LOC, "ISR", null, "إسرائيل")
        .entity("e2", EntityType.PER, null, null, "محمد علان")
        .time("أمس", "2015-08-07"));
    Event strike = root(events, "142").get(0);
    assertEquals("e2", strike.source().entity(), "Allan is on hunger strike: " + events);
    assertNull(strike.date(), "50 days of strike: the day of the call does not date it: "
        + events);
    assertEquals("2015-08-07", root(events, "02").get(0).date(), "the call keeps its date");
  }

  @Test
  void strikeWithoutADurationTakesTheSentencesDate() {
    List<Event> events = code(Docs.of("وبدأ محمد علان أمس الإضراب عن الطعام في السجن.")
        .entity("e2", EntityType.PER, null, null, "محمد علان")
        .time("أمس", "2015-08-07"));
    Event strike = root(events, "142").get(0);
    assertEquals("2015-08-07", strike.date(), events.toString());
  }

  @Test
  void countWithAnAdjectiveStillNamesItsGroup() {
    List<Event> events = code(Docs.of("وقام عدد آخر من المواطنين بتنظيم مظاهرة مضادة أمس."));
    Event protest = root(events, "14").get(0);
    assertEquals("المواطنين", protest.source().text(), "عدد آخر من المواطنين: " + events);
  }
}
