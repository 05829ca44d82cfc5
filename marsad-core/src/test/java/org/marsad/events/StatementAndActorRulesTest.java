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
 * Specifications of the gold articles' conventions for statements coded by content (praise 051,
 * cooperation 030, disapproval 111, participles of stating), actors named through pronouns and
 * loyalties, and background events (relative clauses, anaphora, demands of protesters).
 */
class StatementAndActorRulesTest {
  @Test
  void statementThatPraisesIsPraiseOfTheNamedCountry() {
    List<Event> events = code(Docs.of("زار الوزير السعودية أمس. وأكد عبد اللطيف الزياني أن"
        + " الجهود الصادقة للسعودية في مكافحة الإرهاب كبيرة.")
        .entity("e1", EntityType.PER, "IGOGCC", null, "عبد اللطيف الزياني")
        .entity("e2", EntityType.LOC, "SAU", null, "السعودية"));
    Event praise = root(events, "05").get(0);
    assertEquals("051", praise.cameo());
    assertEquals("e1", praise.source().entity());
    assertEquals("e2", praise.target().entity(), "للسعودية is السعودية after ل");
  }

  @Test
  void participleOfStatingAddsAStatementOfTheSameSpeaker() {
    List<Event> events = code(Docs.of("واستنكر خميس الخنجر هذه التصريحات، مشيرا إلى أن «نوري"
        + " المالكي اقترف الكثير من الجرائم».")
        .entity("e1", EntityType.PER, null, null, "خميس الخنجر")
        .entity("e2", EntityType.PER, "IRQGOV", null, "نوري المالكي"));
    List<Event> denounce = root(events, "11");
    assertEquals(1, denounce.size(), "the denunciation and its explanation are one event: " + events);
    assertEquals("e1", denounce.get(0).source().entity());
    assertEquals("e2", denounce.get(0).target().entity());
  }

  @Test
  void participleOfPraiseIsPraiseOfTheNamedAuthor() {
    List<Event> events = code(Docs.of("وأكد أحمد سالم أن الوضع صعب، منوها بالتوضيحات الصادرة من"
        + " الحكومة العراقية.")
        .entity("e1", EntityType.PER, null, null, "أحمد سالم")
        .entity("e2", EntityType.ORG, "IRQGOV", null, "الحكومة العراقية"));
    Event praise = root(events, "05").get(0);
    assertEquals("051", praise.cameo());
    assertEquals("e1", praise.source().entity());
    assertEquals("e2", praise.target().entity());
  }

  @Test
  void cooperationPartnerIsTheActorAfterWithEvenIfAnotherIsNamedLater() {
    List<Event> events = code(Docs.of("وأكد أحمد سالم أن الوضع صعب، مشددا على حرص الدول على"
        + " تعزيز علاقاتها مع العراق بعد سنوات من سياسات نوري المالكي.")
        .entity("e1", EntityType.PER, null, null, "أحمد سالم")
        .entity("e2", EntityType.LOC, "IRQ", null, "العراق")
        .entity("e3", EntityType.PER, "IRQGOV", null, "نوري المالكي"));
    Event coop = root(events, "03").get(0);
    assertEquals("e1", coop.source().entity());
    assertEquals("e2", coop.target().entity(), events::toString);
  }

  @Test
  void plainParticipleMakesNoExtraStatement() {
    List<Event> events = code(Docs.of("وقال أحمد سالم إن الوضع صعب، مضيفا أن الطقس حار.")
        .entity("e1", EntityType.PER, null, null, "أحمد سالم"));
    assertEquals(1, events.size(), events::toString);
  }

  @Test
  void wentOnIsAStatementOnlyWithItsContentRightAfterTheSpeaker() {
    List<Event> events = code(Docs.of("تابعت القوات الموالية لأحمد سالم عمليات البحث بعد أن"
        + " خسروا المدينة.")
        .entity("e1", EntityType.PER, null, null, "أحمد سالم"));
    assertTrue(root(events, "01").isEmpty(), events::toString);
  }

  @Test
  void forcesLoyalToANamedLeaderAreHisForces() {
    List<Event> events = code(Docs.of("كما تحاصر القوات الموالية لهادي المتمردين الحوثيين.")
        .entity("e1", EntityType.PER, "YEMGOV", null, "هادي")
        .entity("e2", EntityType.ORG, "YEMREB", null, "المتمردين الحوثيين"));
    Event siege = root(events, "19").get(0);
    assertEquals("e1", siege.source().entity(), events::toString);
    assertEquals("e2", siege.target().entity());
  }

  @Test
  void possessiveOfANominalAgentIsThePersonNamedBefore() {
    List<Event> events = code(Docs.of("وتزامنت التصريحات مع إعراب رئيس الحكومة عبد الله الثني عن"
        + " رفض حكومته مجددا أي تدخل عسكري أجنبي.")
        .entity("e1", EntityType.PER, "LBYGOV", null, "عبد الله الثني"));
    Event reject = root(events, "12").get(0);
    assertEquals("e1", reject.source().entity(), events::toString);
  }

  @Test
  void timeInARelativeClauseDatesTheBackgroundEventNotThePledge() {
    List<Event> events = code(Docs.of("تعهد الرئيس بشار الأسد بمحاسبة أحد أقربائه الذي قتل"
        + " الخميس عقيدا.")
        .time("الخميس", "2015-08-06")
        .entity("e1", EntityType.PER, "SYRGOV", null, "بشار الأسد"));
    Event pledge = root(events, "03").get(0);
    assertEquals("e1", pledge.source().entity());
    assertNull(pledge.date(), events::toString);

    events = code(Docs.of("وعن الاحتجاجات التي وقعت أمس قال الوزير كلاما.")
        .time("أمس", "2015-08-05"));
    assertEquals("2015-08-05", root(events, "14").get(0).date(),
        "a relative clause right after the event noun qualifies it");
  }

  @Test
  void verbalNounAfterASupportVerbAndAPrepositionTakesItsSubjectAndTitledGenitive() {
    List<Event> events = code(Docs.of("وأقدم سليمان الأسد وهو نجل ابن عم الرئيس على قتل العقيد"
        + " المهندس حسان الشيخ مساء الخميس.")
        .entity("e1", EntityType.PER, null, null, "سليمان الأسد")
        .entity("e2", EntityType.PER, null, null, "حسان الشيخ"));
    Event kill = root(events, "18").get(0);
    assertEquals("e1", kill.source().entity(), events::toString);
    assertEquals("e2", kill.target().entity(), events::toString);

    events = code(Docs.of("وأقدم أحد أقرباء الرئيس بشار الأسد على قتله.")
        .entity("e1", EntityType.PER, "SYRGOV", null, "بشار الأسد"));
    for (Event e : events) {
      assertTrue(e.source() == null || !"e1".equals(e.source().entity()),
          "the relative's kinsman is not the subject: " + events);
    }
  }

  @Test
  void whoUndergoesAnEventIsItsTarget() {
    List<Event> events = code(Docs.of("وفي الفيديو يتعرض الساعدي للضرب على الوجه.")
        .entity("e1", EntityType.PER, "LBYELI", null, "الساعدي"));
    Event beating = root(events, "18").get(0);
    assertEquals("e1", beating.target().entity(), events::toString);
    assertNull(beating.source());
  }

  @Test
  void eventNounReferringBackThroughADemonstrativeIsNoNewEvent() {
    assertTrue(root(code(Docs.of("وسيتم اتخاذ الإجراءات حيال كل من يثبت تورطه في هذا"
        + " الاعتداء.")), "18").isEmpty());
    assertEquals(1, root(code(Docs.of("وهذا الهجوم أوقع أمس أكثر من ألف قتيل.")
        .time("أمس", "2008-01-01")), "18").size(), "as a subject it is still reported");
  }

  @Test
  void protestersDemandForAnInvestigationIsTheProtestsContext() {
    List<Event> events = code(Docs.of("تظاهر آلاف الطلاب أمس للمطالبة بتحقيق في مقتل زميلهم.")
        .time("أمس", "2008-01-01"));
    assertEquals(1, root(events, "14").size(), events::toString);
    assertTrue(root(events, "09").isEmpty(), events::toString);
  }

  @Test
  void disapprovalOfStatementsTargetsTheirAuthor() {
    String text = "وتنصلت الحكومة من تصريحات أطلقها نائب الرئيس نوري المالكي ضد السعودية، بينما"
        + " استنكرت منظمة التعاون الإسلامي التصريحات. واستنكرت شخصيات عراقية على مواقع التواصل"
        + " («تويتر» و«فيسبوك») تصريحات المالكي. واستنكر خميس الخنجر هذه التصريحات.";
    List<Event> events = code(Docs.of(text)
        .entity("e1", EntityType.PER, "IRQGOV", null, "نوري المالكي", "المالكي")
        .entity("e2", EntityType.ORG, "IGOMOS", null, "منظمة التعاون الإسلامي")
        .entity("e3", EntityType.PER, null, null, "خميس الخنجر")
        .entity("e4", EntityType.LOC, "SAU", null, "السعودية"));
    List<Event> disown = root(events, "110");
    assertEquals(1, disown.size(), "تنصلت الحكومة من تصريحات: " + events);
    assertEquals("e1", disown.get(0).target().entity(), events.toString());
    List<Event> denounce = root(events, "111");
    assertEquals(3, denounce.size(), events::toString);
    assertTrue(denounce.stream().allMatch(e -> e.target() != null), events::toString);
    for (Event e : denounce) {
      assertEquals("e1", e.target().entity(), "the author of the statements: " + events);
    }
    assertEquals("e2", denounce.get(0).source().entity());
    assertNull(denounce.get(1).source());
    assertEquals("e3", denounce.get(2).source().entity());
  }

  @Test
  void subjectlessVerbOfStatingContinuesTheSentencesSpeaker() {
    List<Event> events = code(Docs.of("واستنكر خميس الخنجر التصريحات، وقال إن «السعودية وقفت"
        + " وتقف مع العراق ضد الإرهاب».")
        .entity("e1", EntityType.PER, null, null, "خميس الخنجر")
        .entity("e2", EntityType.LOC, "SAU", null, "السعودية")
        .entity("e3", EntityType.LOC, "IRQ", null, "العراق"));
    Event praise = root(events, "05").get(0);
    assertEquals("051", praise.cameo());
    assertEquals("e1", praise.source().entity());
    assertEquals("e2", praise.target().entity());
  }

  @Test
  void nextSentencesPlainRemarkIsNoNewStatementButItsPraiseIs() {
    String text = "وأكدت ميساء غانم أنها تلقت وعدا. وأضافت أن الطقس حار.";
    List<Event> events = code(Docs.of(text).entity("e1", EntityType.PER, null, null,
        "ميساء غانم"));
    assertEquals(1, root(events, "01").size(), events::toString);

    text = "وأكدت ميساء غانم أنها تلقت وعدا. وأضافت “لدي ثقة بالرئيس بشار الأسد”.";
    events = code(Docs.of(text).entity("e1", EntityType.PER, null, null, "ميساء غانم")
        .entity("e2", EntityType.PER, "SYRGOV", null, "بشار الأسد"));
    assertEquals(1, root(events, "05").size(), events::toString);
    Event praise = root(events, "05").get(0);
    assertEquals("e1", praise.source().entity());
    assertEquals("e2", praise.target().entity());
  }

  @Test
  void organisationQuotedAfterTheColonIsTheSpeaker() {
    List<Event> events = code(Docs.of("وقالت: «هيئة شؤون الأسرى والمحررين»، في بيان لها، إن"
        + " الأسرى يتعرضون لإجراءات عنجهية كالتفتيش الاستفزازي.")
        .entity("e1", EntityType.ORG, null, null, "هيئة شؤون الأسرى"));
    Event st = root(events, "11").get(0);
    assertEquals("e1", st.source().entity(), events::toString);
  }

  @Test
  void coordinatedEventNounsShareTheVerbOfUndergoing() {
    List<Event> events = code(Docs.of("ويظهر في الشريط المتهم الساعدي القذافي يتعرض للإهانة"
        + " والضرب.")
        .entity("e1", EntityType.PER, "LBYELI", null, "الساعدي القذافي"));
    Event beating = root(events, "18").get(0);
    assertEquals("e1", beating.target().entity(), events::toString);
    assertNull(beating.source(), events::toString);
  }

  @Test
  void headlineRestatingTheLeadInOtherWordsIsTheLeadsEvent() {
    String text = "حفتر يدعو قادة الجيش لحسم القتال\nطالب أمس خليفة حفتر قادته العسكريين بحسم"
        + " القتال في بنغازي.";
    List<Event> events = code(Docs.of(text).time("أمس", "2015-08-04")
        .entity("e1", EntityType.PER, "LBYMIL", null, "خليفة حفتر", "حفتر"));
    List<Event> haftar = events.stream().filter(e -> e.source() != null
        && "e1".equals(e.source().entity())).toList();
    assertEquals(1, haftar.size(), events::toString);
    assertEquals("100", haftar.get(0).cameo());
    assertEquals("2015-08-04", haftar.get(0).date());
  }

  @Test
  void intentToCooperateNeedsANamedSource() {
    List<Event> events = code(Docs.of("والتقى حفتر قادة المحاور الذين تعهدوا بحسم المعركة.")
        .entity("e1", EntityType.PER, "LBYMIL", null, "حفتر"));
    assertTrue(root(events, "03").isEmpty(), events::toString);
  }

  @Test
  void arrivalInACityOfAnotherCountryIsAVisitToThatCountry() {
    List<Event> events = code(Docs.of("احتفلت مصر أمس. ووصل إلى القاهرة اليوم عبدربه منصور هادي"
        + " قادما من الرياض.")
        .entity("e1", EntityType.PER, "YEMGOV", null, "عبدربه منصور هادي")
        .entity("e2", EntityType.LOC, null, "marsad:place/EGY/cairo", "القاهرة")
        .entity("e3", EntityType.LOC, "EGY", null, "مصر"));
    Event visit = root(events, "04").get(0);
    assertEquals("042", visit.cameo());
    assertEquals("e1", visit.source().entity());
    assertEquals("e3", visit.target().entity(), events::toString);
  }

  @Test
  void supportVerbWithAResumptivePronounAfterAdjectivesAndTimesGivesTheSource() {
    List<Event> events = code(Docs.of("قتل ثلاثة جراء هجوم مباغت الليلة شنه عناصر تنظيم داعش على"
        + " تمركز للكتيبة.")
        .entity("e1", EntityType.ORG, "IMGREB", null, "تنظيم داعش"));
    Event attack = events.stream().filter(e -> e.trigger().text().equals("هجوم")).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("e1", attack.source().entity(), events::toString);
  }

  @Test
  void statementThatThreatensIsTheThreatAndItsConditionIsNoEvent() {
    List<Event> events = code(Docs.of("قال الناطق الرسمي باسم اللواء الأول مشاة التابع للجيش"
        + " الليبي أحمد الخراز، إن كل من يخرج في مظاهرة ستتم مواجهته من قبل قوات الجيش.")
        .entity("e1", EntityType.PER, null, null, "باسم اللواء")
        .entity("e2", EntityType.PER, null, null, "أحمد الخراز"));
    assertEquals(1, events.size(), events::toString);
    Event threat = events.get(0);
    assertEquals("130", threat.cameo());
    assertEquals("e2", threat.source().entity(), "the spokesman named after his title speaks");
    assertNull(threat.target());
  }

  @Test
  void thatAfterWithoutOrAfterIsNoReportedContent() {
    List<Event> events = code(Docs.of("وأكد المتحدث الميجور تشارلز أنطوني وقوع انفجار في كابل"
        + " بدون أن يقدم مزيداً من التفاصيل.")
        .entity("e1", EntityType.PER, null, null, "تشارلز أنطوني"));
    assertTrue(root(events, "01").isEmpty(), events::toString);
  }

  @Test
  void occupationForcesAreTheArticlesIsraeliArmy() {
    List<Event> events = code(Docs.of("أدخل الجيش الإسرائيلي قوات إضافية إلى المنطقة. وقد داهمت"
        + " قوات الاحتلال قرية بيدو أمس.")
        .entity("e1", EntityType.ORG, "ISRMIL", null, "الجيش الإسرائيلي")
        .entity("p1", EntityType.LOC, null, "marsad:place/PSE/beit-duqqu", "بيدو")
        .time("أمس", "2015-08-07"));
    Event raid = root(events, "17").get(0);
    assertEquals("e1", raid.source().entity(), "قوات الاحتلال is the named army: " + events);
    assertEquals("ISRMIL", raid.source().actor());
    assertEquals("p1", raid.target().entity(), "the raided village is the target: " + events);
    assertEquals("PSE", raid.target().actor(), "coded with its country");
  }

  @Test
  void occupationForcesWithoutANamedArmyStayNominalWithTheirCountry() {
    List<Event> events = code(Docs.of("اعتقلت قوات الاحتلال خمسة شبان من الخليل أمس."));
    Event arrest = root(events, "17").get(0);
    assertNull(arrest.source().entity(), events.toString());
    assertEquals("ISRMIL", arrest.source().actor(), events.toString());
  }

  @Test
  void nisbaAfterOccupationForcesNamesTheirCountry() {
    List<Event> events = code(Docs.of("اعتقلت قوات الاحتلال الأمريكي خمسة شبان أمس.")
        .entity("c1", EntityType.LOC, "USA", null, "الأمريكي"));
    assertEquals("USAMIL", root(events, "17").get(0).source().actor(), events.toString());
  }

  @Test
  void aidWithNoRecipientActorGoesToItsPlace() {
    List<Event> events = code(Docs.of("حطت طائرة الاربعاء في مطار عدن حيث اوصلت شحنة جديدة من"
        + " المساعدات الطبية.")
        .entity("p1", EntityType.LOC, null, "marsad:place/YEM/aden-airport", "مطار عدن")
        .time("الاربعاء", "2015-08-05"));
    Event aid = root(events, "07").get(0);
    assertEquals("p1", aid.target().entity(), events.toString());
  }

  @Test
  void placeOfAnEventWithoutThePlaceFlagIsNoTarget() {
    List<Event> events = code(Docs.of("اعتقلت الشرطة خمسة شبان في قرية بيدو أمس.")
        .entity("p1", EntityType.LOC, null, "marsad:place/PSE/beit-duqqu", "بيدو"));
    Event arrest = root(events, "17").get(0);
    assertTrue(arrest.target() == null || !"p1".equals(arrest.target().entity()),
        "an arrest in a village is not an arrest of the village: " + events);
  }

  @Test
  void subjectAfterKanaActsInThePerfectAfterQad() {
    List<Event> events = code(Docs.of("وكان حبري وفريقه القانوني قد رفضوا الاعتراف بشرعية"
        + " المحكمة.")
        .entity("e1", EntityType.PER, null, null, "حبري"));
    Event rejection = root(events, "12").get(0);
    assertEquals("e1", rejection.source().entity(), "كان X قد رفضوا: X rejected: " + events);
  }

  @Test
  void dualOfAnOrganisationsHeadNounNamesIt() {
    List<Event> events = code(Docs.of("منوها بالتوضيحات الصادرة من رئاسة الجمهورية. وكانت"
        + " رئاستا الجمهورية والوزراء في العراق قد تنصلتا أمس من تصريحات أطلقها نوري المالكي.")
        .entity("e1", EntityType.ORG, "IRQGOV", null, "رئاسة الجمهورية")
        .entity("e2", EntityType.PER, "IRQGOV", null, "نوري المالكي")
        .time("أمس", "2015-07-22"));
    Event disowning = root(events, "11").get(0);
    assertEquals("110", disowning.cameo(), "تنصل من is to disown: " + events);
    assertEquals("e1", disowning.source().entity(), "رئاستا الجمهورية: " + events);
    assertEquals("e2", disowning.target().entity(), "the author of the statements: " + events);
  }

  @Test
  void familyOfTheDeceasedIsTheVictimOfTheKillingBefore() {
    List<Event> events = code(Docs.of("وأقدم سليمان الأسد على قتل العقيد حسان الشيخ مساء"
        + " الخميس. وأشارت صحيفة الوطن إلى أن المحافظ إبراهيم السالم قام بتعزية عائلة الفقيد.")
        .entity("e1", EntityType.PER, null, null, "سليمان الأسد")
        .entity("e2", EntityType.PER, null, null, "حسان الشيخ")
        .entity("e3", EntityType.PER, null, null, "إبراهيم السالم"));
    Event condolence = root(events, "018").get(0);
    assertEquals("e3", condolence.source().entity(), "the governor consoles: " + events);
    assertEquals("e2", condolence.target().entity(), "the family of the deceased: " + events);
  }

  @Test
  void familyOfTheDeceasedWithNoKillingBeforeStaysUnnamed() {
    List<Event> events = code(Docs.of("قام المحافظ إبراهيم السالم بتعزية عائلة الفقيد. وأقدم"
        + " سليمان الأسد على قتل العقيد حسان الشيخ.")
        .entity("e1", EntityType.PER, null, null, "سليمان الأسد")
        .entity("e2", EntityType.PER, null, null, "حسان الشيخ")
        .entity("e3", EntityType.PER, null, null, "إبراهيم السالم"));
    Event condolence = root(events, "018").get(0);
    assertNull(condolence.target().entity(), "no victim named yet: " + events);
  }

  @Test
  void craftNamedByItsCountryIsThatCountryActing() {
    List<Event> events = code(Docs.of("حطت طائرة سعودية عسكرية الاربعاء في مطار عدن حيث اوصلت"
        + " شحنة جديدة من المساعدات الطبية.")
        .entity("c1", EntityType.LOC, "SAU", null, "سعودية")
        .entity("p1", EntityType.LOC, null, "marsad:place/YEM/aden-airport", "مطار عدن")
        .time("الاربعاء", "2015-08-05"));
    Event aid = root(events, "07").get(0);
    assertEquals("c1", aid.source().entity(), "a Saudi plane brings the aid: " + events);
    assertEquals("SAU", aid.source().actor());
    assertEquals("p1", aid.target().entity(), "to Aden airport: " + events);
  }

  @Test
  void countryNisbaAfterAnEventNounStillNamesItsSource() {
    List<Event> events = code(Docs.of("وصلت المساعدات السعودية إلى مطار عدن.")
        .entity("c1", EntityType.LOC, "SAU", null, "السعودية"));
    Event aid = root(events, "07").get(0);
    assertEquals("c1", aid.source().entity(), "المساعدات السعودية: the adjective names the giver: " + events);
  }

  @Test
  void raidInACountryIsNoRaidOnTheCountry() {
    List<Event> events = code(Docs.of("داهمت قوات الأمن أمس منازل في مصر.")
        .entity("c1", EntityType.LOC, "EGY", null, "مصر"));
    Event raid = root(events, "17").get(0);
    assertTrue(raid.target() == null || !"c1".equals(raid.target().entity()), events.toString());
  }
  @Test
  void callForMoreProtestsIsAnAppealAndLeavesTheToldProtest() {
    List<Event> events = code(Docs.of("خرج مئات المتظاهرين في شوارع المدينة أمس، ودعا ناشطون"
        + " إلى مزيد من الاحتجاجات."));
    assertEquals(1, root(events, "02").size(), "the call is an appeal of its own: " + events);
    List<Event> protests = root(events, "14");
    assertEquals(1, protests.size(), "the protests called for are not reported: " + events);
    assertEquals("المتظاهرين", protests.get(0).trigger().text(), "the told protest stays");
  }

  @Test
  void callForOtherProtestsIsAnAppealToo() {
    List<Event> events = code(Docs.of("تظاهر طلاب الجامعة أمام الوزارة، ودعا اتحاد الطلبة إلى"
        + " تنظيم تظاهرات أخرى."));
    assertEquals(1, root(events, "02").size(), events.toString());
    assertEquals(1, root(events, "14").size(), events.toString());
  }
  @Test
  void counterDemonstrationIsAnotherProtest() {
    List<Event> events = code(Docs.of("خرج عدد من المتظاهرين أمس ورفعوا أعلام النظام السابق،"
        + " وقام عدد آخر من المواطنين بتنظيم مظاهرة مضادة لهم."));
    assertEquals(2, root(events, "14").size(), "the protest and the counter-protest: " + events);
  }

  @Test
  void plainDemonstrationTellsTheSameProtestAsItsWeakTrigger() {
    List<Event> events = code(Docs.of("خرج عدد من المتظاهرين أمس ورفعوا أعلام النظام السابق،"
        + " ونظم المتظاهرون مظاهرة أمام مقر الحكومة."));
    assertEquals(1, root(events, "14").size(), events.toString());
  }
}
