package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.events.Docs.code;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Modality;

class EventCoderTest {
  private static final EventCoder CODER = EventCoder.shared();

  private static Event only(List<Event> events, String root) {
    List<Event> l = events.stream().filter(e -> e.cameo().startsWith(root)).toList();
    assertEquals(1, l.size(), () -> "one event of root " + root + " expected in " + events);
    return l.get(0);
  }

  @Test
  void erdoganHostsSarrajInIstanbul() {
    Docs d = Docs.of("التقى الرئيس التركي رجب طيب أردوغان، مساء الأحد، مع رئيس المجلس الرئاسي"
        + " لحكومة الوفاق فائز السراج، بالقصر الرئاسي بمدينة إسطنبول.")
        .entity("e1", EntityType.PER, "TURGOV", "Q39259", "الرئيس التركي", "رجب طيب أردوغان")
        .entity("e2", EntityType.PER, "LBYGOV", null, "رئيس المجلس الرئاسي لحكومة الوفاق",
            "فائز السراج")
        .entity("e3", EntityType.LOC, null, "marsad:place/TUR/istanbul", "إسطنبول")
        .time("مساء الأحد", "2019-12-15TEV");
    List<Event> events = code(d);
    assertEquals(1, events.size(), events::toString);
    Event e = events.get(0);
    assertTrue(Set.of("043", "042").contains(e.cameo()), e.cameo());
    assertEquals("CONSULT", e.plover());
    assertEquals("v1", e.id());
    assertEquals("التقى", e.trigger().text());
    assertEquals("e1", e.source().entity());
    assertEquals("TURGOV", e.source().actor());
    assertEquals("e2", e.target().entity());
    assertEquals("LBYGOV", e.target().actor());
    assertEquals("e3", e.location().entity());
    assertEquals("2019-12-15", e.date());
    assertEquals(Modality.ASSERTED, e.modality());
    assertNull(e.attribution());
    assertTrue(e.confidence() > 0.5 && e.confidence() <= 1);
  }

  @Test
  void triggerSpanIsTheCoveredText() {
    Document doc = Docs.of("وقتلوا ثلاثة مدنيين، ثم اعتقلت الشرطة المتظاهرين.").build();
    for (Event e : CODER.code(doc)) {
      assertEquals(doc.text().substring(e.trigger().start(), e.trigger().end()),
          e.trigger().text());
    }
  }

  @Test
  void airStrikesAreANounExpressedAssaultWithSourceAndTarget() {
    Docs d = Docs.of("شنت القوات الأمريكية ضربات جوية على مواقع تنظيم داعش.")
        .entity("e1", EntityType.LOC, "USA", null, "الأمريكية")
        .entity("e2", EntityType.ORG, "IMGMUSREB", null, "تنظيم داعش");
    Event e = only(code(d), "19");
    assertEquals("195", e.cameo());
    assertEquals("ASSAULT", e.plover());
    assertEquals("ضربات جوية", e.trigger().text());
    assertEquals("USAMIL", e.source().actor());
    assertEquals("القوات الأمريكية", e.source().text());
    assertEquals("e2", e.target().entity());
  }

  @Test
  void arrestNounTakesItsGenitiveAsTarget() {
    Docs d = Docs.of("أعلنت الشرطة اعتقال المعارض أحمد سالم أمس.")
        .entity("e1", EntityType.PER, "OPP", null, "أحمد سالم");
    Event e = only(code(d), "17");
    assertEquals("173", e.cameo());
    assertEquals("COERCE", e.plover());
    assertEquals("COP", e.source().actor());
  }

  @Test
  void meetingNounWithGatherVerbLinksBothSides() {
    Docs d = Docs.of("لقاء جمع وزير الخارجية سامح شكري مع نظيره الأردني أيمن الصفدي في عمان.")
        .entity("e1", EntityType.PER, "EGYGOV", null, "سامح شكري")
        .entity("e2", EntityType.PER, "JORGOV", null, "أيمن الصفدي")
        .entity("e3", EntityType.LOC, "JOR", null, "عمان");
    Event e = only(code(d), "04");
    assertEquals("e1", e.source().entity());
    assertEquals("e2", e.target().entity());
    assertEquals("042", e.cameo(), "a meeting in the target's country is the source's visit");
  }

  @Test
  void passiveWithAgentPhraseSwapsRoles() {
    Docs d = Docs.of("تم استهداف المتظاهرين من قبل قوات الأمن في بغداد.")
        .entity("e1", EntityType.LOC, null, "marsad:place/IRQ/baghdad", "بغداد");
    Event e = only(code(d), "18");
    assertEquals("CVL", e.target().actor());
    assertEquals("المتظاهرين", e.target().text());
    assertNotNull(e.source(), "the agent of من قبل is the source");
    assertEquals("COP", e.source().actor());
    assertEquals("e1", e.location().entity());
  }

  @Test
  void coordinatedTargetsGiveOneEventEach() {
    Docs d = Docs.of("استقبل الملك عبد الله الثاني كلاً من محمود عباس وأحمد أبو الغيط.")
        .entity("e1", EntityType.PER, "JORGOV", null, "الملك عبد الله الثاني")
        .entity("e2", EntityType.PER, "PSEGOV", null, "محمود عباس")
        .entity("e3", EntityType.PER, "IGOARL", null, "أحمد أبو الغيط");
    List<Event> events = code(d);
    assertEquals(2, events.size(), events::toString);
    assertEquals(Set.of("e2", "e3"),
        events.stream().map(e -> e.target().entity()).collect(Collectors.toSet()));
    assertTrue(events.stream().allMatch(e -> e.source().entity().equals("e1")
        && e.cameo().equals("043")));
    assertEquals(List.of("v1", "v2"), events.stream().map(Event::id).toList());
  }

  @Test
  void negatedMeetingIsNeverAsserted() {
    Docs d = Docs.of("لم يلتق الرئيس الفرنسي إيمانويل ماكرون مع نظيره الروسي.")
        .entity("e1", EntityType.PER, "FRAGOV", null, "الرئيس الفرنسي", "إيمانويل ماكرون");
    assertEquals(Modality.NEGATED, only(code(d), "04").modality());
  }

  @Test
  void deniedInReportedSpeechIsNegated() {
    Docs d = Docs.of("ونفت الحكومة أن تكون قواتها قد قصفت المدينة.");
    Event e = only(code(d), "19");
    assertEquals(Modality.NEGATED, e.modality());
  }

  @Test
  void futureFromSinPrefixAndFromScheduledPhrases() {
    Docs d = Docs.of("سيزور وزير الخارجية سامح شكري موسكو. ومن المقرر أن يلتقي شكري مع لافروف.")
        .entity("e1", EntityType.PER, "EGYGOV", null, "سامح شكري", "شكري")
        .entity("e2", EntityType.PER, "RUSGOV", null, "لافروف");
    List<Event> events = code(d);
    assertEquals(2, events.size(), events::toString);
    assertTrue(events.stream().allMatch(e -> e.modality() == Modality.FUTURE), events::toString);
  }

  @Test
  void conditionalThreatIsHypothetical() {
    Docs d = Docs.of("إذا هاجمت الميليشيات المدينة فإن الجيش سيرد.");
    Event e = only(code(d), "18");
    assertEquals(Modality.HYPOTHETICAL, e.modality());
    assertEquals("REB", e.source().actor());
  }

  @Test
  void reportedSpeechCodesTheEmbeddedEventWithTheSpeakerAsAttribution() {
    Docs d = Docs.of("قال أردوغان إن تركيا سترسل قوات إلى ليبيا.")
        .entity("e1", EntityType.PER, "TURGOV", null, "أردوغان")
        .entity("e2", EntityType.LOC, "TUR", null, "تركيا")
        .entity("e3", EntityType.LOC, "LBY", null, "ليبيا");
    Event e = only(code(d), "15");
    assertEquals("e2", e.source().entity());
    assertEquals("e3", e.target().entity());
    assertEquals("e1", e.attribution().entity());
    assertEquals(Modality.FUTURE, e.modality());
  }

  @Test
  void accordingToAStatementSetsATextAttribution() {
    Docs d = Docs.of("اعتقلت الشرطة عشرين متظاهرا، بحسب البيان.");
    Event e = only(code(d), "17");
    assertNotNull(e.attribution());
    assertNull(e.attribution().entity());
    assertEquals("البيان", e.attribution().text());
  }

  @Test
  void nominalActorsCarrySectorCodes() {
    Docs d = Docs.of("وفرقت الشرطة السودانية المحتجين بالغاز المسيل للدموع.")
        .entity("e1", EntityType.LOC, "SDN", null, "السودانية");
    Event e = only(code(d), "17");
    assertEquals("175", e.cameo());
    assertEquals("SDNCOP", e.source().actor());
    assertNull(e.source().entity());
    assertEquals("CVL", e.target().actor());
    assertEquals("المحتجين", e.target().text());
  }

  @Test
  void protestersDemandsAreTheProtestsContext() {
    Docs d = Docs.of("تظاهر مئات الطلاب أمام الوزارة مطالبين بالإفراج عن زملائهم.");
    List<Event> events = code(d);
    assertEquals(1, events.size(), events::toString);
    assertEquals("PROTEST", events.get(0).plover());
    assertEquals("EDU", events.get(0).source().actor());
  }

  @Test
  void dateIsNullWithoutATimeExpression() {
    Docs d = Docs.of("اشتبك الجيش مع المسلحين في المدينة.");
    Event e = only(code(d), "19");
    assertNull(e.date(), "no fallback to the publication date");
    assertEquals("MIL", e.source().actor());
    assertEquals("UAF", e.target().actor());
  }

  @Test
  void sameEventToldTwiceIsOneEvent() {
    Docs d = Docs.of("استقبل الرئيس عبد الفتاح السيسي أمس الملك سلمان. وكان السيسي قد استقبل"
        + " الملك سلمان أمس في القاهرة.")
        .entity("e1", EntityType.PER, "EGYGOV", null, "عبد الفتاح السيسي", "السيسي")
        .entity("e2", EntityType.PER, "SAUGOV", null, "الملك سلمان")
        .time("أمس", "2019-12-14");
    Document doc = d.build();
    List<Event> events = CODER.code(doc);
    assertEquals(1, events.size(), events::toString);
    assertEquals("2019-12-14", events.get(0).date());
  }

  @Test
  void differentDatesAreDifferentEvents() {
    Docs d = Docs.of("قصف الجيش مواقع المسلحين يوم السبت. وقصف الجيش مواقع المسلحين يوم الأحد.")
        .time("يوم السبت", "2019-12-14").time("يوم الأحد", "2019-12-15");
    assertEquals(2, code(d).size());
  }

  @Test
  void inflectedAndCliticizedFormsMatch() {
    for (String s : List.of("والتقت الشرطة بالمتظاهرين.", "يلتقيان غدا.", "وبقصفها المدينة.",
        "اعتقلوا الناشط.", "واشتباكات عنيفة.", "وسيقصفون المدينة.", "يلتق الجيش بالمسلحين.")) {
      assertTrue(TriggerMatch.matches(s.split(" ")[0]), s);
    }
  }

  @Test
  void wordsThatOnlyLookLikeTriggersDoNotMatch() {
    for (String s : List.of("وزارة الداخلية.", "التجمع الوطني.", "القتلى والجرحى.")) {
      assertTrue(CODER.code(Docs.of(s).build()).isEmpty(), s);
    }
    assertFalse(TriggerMatch.matches("وزارة"), "teh marbuta is not the pronoun ه");
  }
}
