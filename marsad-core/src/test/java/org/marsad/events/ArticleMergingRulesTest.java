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
 * Specifications of how the gold articles count events told more than once or through others:
 * actorless retellings, the toll of an attack, posts of a named unit, pursuit, and renewed
 * statements.
 */
class ArticleMergingRulesTest {
  @Test
  void actorlessRetellingOfAKillingIsTheNamedKilling() {
    List<Event> events = code(Docs.of("الرئيس يتعهد بمحاسبة قريبه الذي قتل عقيداً في الجيش\n"
        + "وأقدم سليمان الأسد على قتل العقيد حسان الشيخ الخميس. وقالت العائلة إن الذي قتل"
        + " العقيد ما زال طليقاً.")
        .entity("e1", EntityType.PER, null, null, "سليمان الأسد")
        .entity("e2", EntityType.PER, null, null, "حسان الشيخ")
        .time("الخميس", "2015-08-06"));
    List<Event> killings = root(events, "18");
    assertEquals(1, killings.size(), "one killing, told three times: " + events);
    assertEquals("e1", killings.get(0).source().entity());
    assertEquals("2015-08-06", killings.get(0).date());
  }

  @Test
  void actorlessEventOfAnotherDateStaysWhenTheNamedOneHasOnlyNominalActors() {
    List<Event> events = code(Docs.of("تظاهر المحتجون الخميس في بنغازي. وقالت مصادر إن"
        + " الشرطة فرقت التظاهرة. ثم عادت التظاهرات الجمعة.")
        .time("الخميس", "2015-08-06").time("الجمعة", "2015-08-07"));
    assertTrue(root(events, "14").size() >= 2,
        "a protest of another day is another protest: " + events);
  }

  @Test
  void unattributedKilledAndWoundedAreTheTollOfTheAttackInTheSentence() {
    List<Event> events = code(Docs.of("لقي 3 أشخاص مصرعهم وأصيب ستة آخرون جراء هجوم مباغت شنه"
        + " عناصر تنظيم داعش على تمركز للكتيبة في درنة.")
        .entity("e1", EntityType.ORG, "IMGREB", null, "تنظيم داعش"));
    List<Event> assaults = root(events, "18");
    assertEquals(1, assaults.size(), "the attack and its toll are one event: " + events);
    assertEquals("e1", assaults.get(0).source().entity());
  }

  @Test
  void namedVictimOfAKillingIsStillAnEventNextToAnAttack() {
    List<Event> events = code(Docs.of("شن الجيش هجوما على البلدة بعد مقتل رفيق الحريري.")
        .entity("e1", EntityType.PER, "LBNELI", null, "رفيق الحريري"));
    assertTrue(events.stream().anyMatch(e -> e.target() != null
        && "e1".equals(e.target().entity())), events::toString);
  }

  @Test
  void postOfANamedBattalionMakesTheBattalionTheTarget() {
    List<Event> events = code(Docs.of("تنتشر كتيبة شهداء أبوسليم في وادي درنة. وشن تنظيم داعش"
        + " هجوما مباغتا على تمركز للكتيبة قرب بوابة الحيلة.")
        .entity("e1", EntityType.ORG, null, null, "كتيبة شهداء أبوسليم")
        .entity("e2", EntityType.ORG, "IMGREB", null, "تنظيم داعش"));
    Event attack = root(events, "18").get(0);
    assertEquals("e2", attack.source().entity());
    assertEquals("e1", attack.target().entity(),
        "الكتيبة is the battalion named before, in the construct state: " + events);
  }

  @Test
  void pursuitOfRebelsIsFightingThemWithTheSubjectOfTheSupportVerb() {
    List<Event> events = code(Docs.of("تابعت القوات الموالية للرئيس عبدربه منصور هادي الاربعاء"
        + " عمليات تعقب المتمردين الحوثيين.")
        .entity("e1", EntityType.PER, "YEMGOV", null, "عبدربه منصور هادي")
        .entity("e2", EntityType.ORG, "YEMREB", null, "المتمردين الحوثيين")
        .time("الاربعاء", "2015-08-05"));
    Event pursuit = root(events, "19").get(0);
    assertEquals("e1", pursuit.source().entity(), "forces loyal to Hadi are Hadi's: " + events);
    assertEquals("e2", pursuit.target().entity());
  }

  @Test
  void renewedAssertionIsAStatementCodedByItsContent() {
    List<Event> events = code(Docs.of("وجدد عبدربه منصور هادي تأكيداته بأن جماعة الحوثي"
        + " انقلبت على الشرعية الدستورية.")
        .entity("e1", EntityType.PER, "YEMGOV", null, "عبدربه منصور هادي")
        .entity("e2", EntityType.ORG, "YEMREB", null, "جماعة الحوثي"));
    Event statement = root(events, "11").get(0);
    assertEquals("e1", statement.source().entity());
    assertEquals("e2", statement.target().entity(), events::toString);
  }

  @Test
  void renewedCallWithoutContentIsNoStatement() {
    List<Event> events = code(Docs.of("وجدد عبدربه منصور هادي دعوته إلى الحوار.")
        .entity("e1", EntityType.PER, "YEMGOV", null, "عبدربه منصور هادي"));
    assertTrue(root(events, "01").isEmpty(), events::toString);
  }

  @Test
  void demandWithoutAddresseeTargetsThePersonToBeTried() {
    List<Event> events = code(Docs.of("وقال إن الناس الذين اجتمعوا السبت ليؤكدوا تضامنهم"
        + " مطالبين بمحاكمة القاتل سليمان الأسد كثيرون.")
        .entity("e1", EntityType.PER, null, null, "سليمان الأسد")
        .time("السبت", "2015-08-08"));
    assertTrue(!root(events, "10").isEmpty(), events::toString);
    Event demand = root(events, "10").get(0);
    assertEquals("e1", demand.target().entity(), events::toString);
  }

  @Test
  void demandAddressedToSomeoneKeepsItsAddressee() {
    List<Event> events = code(Docs.of("طالب أمس الفريق خليفة حفتر قادته العسكريين بمحاكمة سليمان الأسد.")
        .entity("e1", EntityType.PER, "LBYMIL", null, "خليفة حفتر")
        .entity("e2", EntityType.PER, null, null, "سليمان الأسد")
        .time("أمس", "2015-08-04"));
    assertTrue(!root(events, "10").isEmpty(), events::toString);
    Event demand = root(events, "10").get(0);
    assertEquals("e1", demand.source().entity());
    assertEquals("العسكريين", demand.target().text(), events::toString);
  }

  @Test
  void anotherSpeakersDatedStatementIsNotTheFrameOfTheNext() {
    List<Event> events = code(Docs.of("وقال نادي الأسير الفلسطيني، أمس الجمعة، إن الأسرى"
        + " يضربون عن الطعام. وقالت هيئة شؤون الأسرى، في بيان لها، إن إدارة السجن ارتكبت"
        + " جرائم بحق الأسرى.")
        .entity("e1", EntityType.ORG, "PSENGO", null, "نادي الأسير الفلسطيني")
        .entity("e2", EntityType.ORG, "PSEGOV", null, "هيئة شؤون الأسرى")
        .time("أمس الجمعة", "2015-08-07"));
    Event statement = events.stream().filter(e -> e.source() != null
        && "e2".equals(e.source().entity())).findFirst().orElseThrow();
    assertEquals(null, statement.date(), events::toString);
  }

  @Test
  void theSameSpeakersNextStatementKeepsTheFrameDate() {
    List<Event> events = code(Docs.of("وقال نادي الأسير الفلسطيني، أمس الجمعة، إن الأسرى"
        + " يضربون عن الطعام. وقال نادي الأسير الفلسطيني إن إدارة السجن ارتكبت جرائم بحق"
        + " الأسرى.")
        .entity("e1", EntityType.ORG, "PSENGO", null, "نادي الأسير الفلسطيني")
        .time("أمس الجمعة", "2015-08-07"));
    Event statement = root(events, "11").get(0);
    assertEquals("e1", statement.source().entity());
    assertEquals("2015-08-07", statement.date(), events::toString);
  }

  @Test
  void actorAfterSinceBelongsToTheAdverbialPhraseNotToTheVerb() {
    List<Event> events = code(Docs.of("ومن المتوقع ان يصل محافظ لحج الى المدينة للمرة الاولى"
        + " منذ سيطرة الحوثيين عليها.")
        .entity("e1", EntityType.ORG, "YEMREB", null, "الحوثيين"));
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("04")),
        "the governor, not the Houthis, arrives: " + events);
  }

  @Test
  void victimBeforeBecauseOfIsNotTheAttackerAfterIt() {
    List<Event> events = code(Docs.of("وأصيب ستة آخرون بمدينة درنة جراء هجوم مباغت شنه عناصر"
        + " تنظيم داعش.")
        .entity("e1", EntityType.ORG, "IMGREB", null, "تنظيم داعش"));
    assertTrue(events.stream().noneMatch(e -> e.target() != null
        && "e1".equals(e.target().entity())), events::toString);
    assertEquals("e1", root(events, "18").get(0).source().entity());
  }

  @Test
  void definiteCountryNameAfterAVerbIsItsSubjectNotANisba() {
    List<Event> events = code(Docs.of("أرسلت السعودية مساعدات إلى اليمن.")
        .entity("e1", EntityType.LOC, "SAU", null, "السعودية")
        .entity("e2", EntityType.LOC, "YEM", null, "اليمن"));
    Event aid = root(events, "07").get(0);
    assertEquals("e1", aid.source().entity(), events::toString);
    assertEquals("e2", aid.target().entity());
  }

  @Test
  void definiteNisbaAfterAPlaceNameStaysAnAdjective() {
    List<Event> events = code(Docs.of("قصفت الطائرات بلدة درنة الليبية أمس.")
        .entity("e1", EntityType.LOC, null, null, "درنة")
        .entity("e2", EntityType.LOC, "LBY", null, "الليبية")
        .time("أمس", "2015-08-08"));
    assertTrue(events.stream().noneMatch(e -> e.target() != null
        && "e2".equals(e.target().entity()) || e.source() != null
        && "e2".equals(e.source().entity())), events::toString);
  }

  @Test
  void toInvestigateNeedsFiOrMaAchievedIsNoInvestigation() {
    List<Event> none = code(Docs.of("وقال أحمد سالم إن مطلبها بمحاكمة القاتل قد تحقق.")
        .entity("e1", EntityType.PER, null, null, "أحمد سالم"));
    assertTrue(root(none, "09").isEmpty(), none::toString);
    List<Event> inquiry = code(Docs.of("أعلن الادعاء العام الليبي أمس أنه يحقق في الأمر.")
        .entity("e1", EntityType.ORG, "LBYJUD", null, "الادعاء العام الليبي")
        .time("أمس", "2015-08-04"));
    assertEquals(1, root(inquiry, "09").size(), inquiry::toString);
  }

  @Test
  void headlineActorNamedOnlyInTheLeadSpeakersTitleRestatesTheLead() {
    List<Event> events = code(Docs.of("الجيش الليبي يتعهد بمواجهة التظاهرات المناصرة للنظام السابق\n"
        + "قال الناطق الرسمي باسم اللواء الأول مشاة التابع للجيش الليبي أحمد الخراز، إن كل من"
        + " يخرج في مظاهرة ستتم مواجهته من قبل قوات الجيش.")
        .entity("e1", EntityType.ORG, "LBYMIL", null, "الجيش الليبي")
        .entity("e2", EntityType.PER, "LBYMIL", null, "أحمد الخراز"));
    assertTrue(events.stream().noneMatch(e -> e.sentence() == 0), events::toString);
    assertEquals("e2", root(events, "13").get(0).source().entity());
  }

  @Test
  void actorlessEventTakesNoDateFromTheFrame() {
    List<Event> events = code(Docs.of("وقالت هيئة شؤون الأسرى أمس الجمعة إن الأسرى بخير."
        + " وتتواصل الاعتداءات بالهراوات والغاز في سجن نفحة.")
        .entity("e1", EntityType.ORG, "PSEGOV", null, "هيئة شؤون الأسرى")
        .entity("e2", EntityType.LOC, null, null, "سجن نفحة")
        .time("أمس الجمعة", "2015-08-07"));
    List<Event> actorless = events.stream()
        .filter(e -> e.source() == null && e.target() == null).toList();
    assertEquals(1, actorless.size(), "the assaults, told with their place: " + events);
    assertEquals(null, actorless.get(0).date());
  }

  @Test
  void retreatIsAwayFromTheSideBesiegingTheRetreating() {
    List<Event> events = code(Docs.of("وذكرت المصادر ان قوات هادي تحاصر المتمردين الذين"
        + " انسحبوا من الحوطة.")
        .entity("e1", EntityType.ORG, "YEMGOV", null, "قوات هادي")
        .entity("e2", EntityType.ORG, "YEMREB", null, "المتمردين"));
    Event retreat = root(events, "087").get(0);
    assertEquals("e2", retreat.source().entity());
    assertEquals("e1", retreat.target().entity(), "they withdraw from Hadi's forces: " + events);
  }

  @Test
  void retreatWithNoOpponentInItsSentenceKeepsNoTarget() {
    List<Event> events = code(Docs.of("وانسحب المتمردون من الحوطة أمس.")
        .entity("e2", EntityType.ORG, "YEMREB", null, "المتمردون"));
    assertEquals(null, root(events, "087").get(0).target(), events.toString());
  }

  @Test
  void battlesWithNoNamedSideAreBetweenTheSidesOfTheEarlierFight() {
    List<Event> events = code(Docs.of("هادي: الانتصارات لن تتوقف\n"
        + "تحاصر قوات هادي المتمردين الحوثيين في وادي الحسيني.\n"
        + "وسقطت القاعدة أمس.\n"
        + "وقتل 39 متمردا و17 مقاتلا خلال الساعات الأخيرة في المعارك العنيفة في الحوطة.")
        .entity("e1", EntityType.ORG, "YEMGOV", null, "قوات هادي")
        .entity("e2", EntityType.ORG, "YEMREB", null, "المتمردين الحوثيين")
        .entity("p1", EntityType.LOC, null, "marsad:place/YEM/wadi", "وادي الحسيني")
        .entity("p2", EntityType.LOC, null, "marsad:place/YEM/houta", "الحوطة"));
    Event battles = events.stream().filter(e -> e.trigger().text().equals("المعارك"))
        .findFirst().orElseThrow();
    assertEquals("e1", battles.source().entity(), events.toString());
    assertEquals("e2", battles.target().entity(), events.toString());
    assertEquals("الحوطة", battles.location().text());
    assertEquals(1, root(events, "191").size(), "the siege stays apart: " + events);
  }

  @Test
  void battlesAfterATopicShiftDoNotTakeTheEarlierSides() {
    List<Event> events = code(Docs.of("هادي: الانتصارات لن تتوقف\n"
        + "تحاصر قوات هادي المتمردين الحوثيين في وادي الحسيني.\n"
        + "من جهة أخرى، قتل 5 أشخاص في المعارك العنيفة في مدينة تعز.")
        .entity("e1", EntityType.ORG, "YEMGOV", null, "قوات هادي")
        .entity("e2", EntityType.ORG, "YEMREB", null, "المتمردين الحوثيين"));
    for (Event e : root(events, "19")) {
      if (e.trigger().text().equals("المعارك")) {
        assertTrue(e.source() == null || e.source().entity() == null, events.toString());
      }
    }
  }

  @Test
  void sameFightAtTwoNamedPlacesIsTwoEvents() {
    List<Event> events = code(Docs.of("قاتلت قوات هادي المتمردين في عدن أمس.\n"
        + "وقاتلت قوات هادي المتمردين في الحوطة أمس.")
        .entity("e1", EntityType.ORG, "YEMGOV", null, "قوات هادي")
        .entity("e2", EntityType.ORG, "YEMREB", null, "المتمردين")
        .entity("p1", EntityType.LOC, null, "marsad:place/YEM/aden", "عدن")
        .entity("p2", EntityType.LOC, null, "marsad:place/YEM/houta", "الحوطة")
        .time("أمس", "2015-08-04"));
    assertEquals(2, root(events, "19").size(), events.toString());
  }

  @Test
  void sameFightToldTwiceAtOnePlaceIsOneEvent() {
    List<Event> events = code(Docs.of("قاتلت قوات هادي المتمردين في عدن أمس.\n"
        + "وقاتلت قوات هادي المتمردين أمس.")
        .entity("e1", EntityType.ORG, "YEMGOV", null, "قوات هادي")
        .entity("e2", EntityType.ORG, "YEMREB", null, "المتمردين")
        .entity("p1", EntityType.LOC, null, "marsad:place/YEM/aden", "عدن")
        .time("أمس", "2015-08-04"));
    assertEquals(1, root(events, "19").size(), events.toString());
  }

  @Test
  void fightNounInTheSentenceOfANamedFightIsNoNewFightBetweenThem() {
    List<Event> events = code(Docs.of("هادي: الانتصارات لن تتوقف\n"
        + "وارتفعت حصيلة القتلى جراء قصف المتمردين الحوثيين لقوات هادي منذ اندلاع القتال.")
        .entity("e1", EntityType.ORG, "YEMGOV", null, "قوات هادي")
        .entity("e2", EntityType.ORG, "YEMREB", null, "المتمردين الحوثيين"));
    for (Event e : root(events, "190")) {
      assertTrue(e.source() == null || e.source().entity() == null, events.toString());
    }
  }

  @Test
  void officialsOfANamedCountryAreNotItsPresident() {
    List<Event> events = code(Docs.of("التقى الرئيس الروسي فلاديمير بوتين الوفد. وهاجم مسؤولون"
        + " روس القرية أمس.")
        .entity("e1", EntityType.PER, "RUSGOV", null, "فلاديمير بوتين")
        .entity("c1", EntityType.LOC, "RUS", null, "روس"));
    Event attack = root(events, "18").get(0);
    assertNull(attack.source().entity(), "unnamed officials (RUSGOV) stay unnamed: " + events);
  }

  @Test
  void timeOfTheAttributionDatesTheReportNotTheEvent() {
    List<Event> events = code(Docs.of("قتل مسلحون العقيد حسان الشيخ، بحسب ما نقلت صحيفة سورية"
        + " الاثنين.")
        .entity("e1", EntityType.PER, null, null, "حسان الشيخ")
        .time("الاثنين", "2015-08-10"));
    assertEquals(null, root(events, "18").get(0).date(), "Monday is when it was reported: "
        + events);
  }

  @Test
  void timeBeforeTheAttributionStillDatesTheEvent() {
    List<Event> events = code(Docs.of("قتل مسلحون العقيد حسان الشيخ الخميس، بحسب ما نقلت صحيفة"
        + " سورية الاثنين.")
        .entity("e1", EntityType.PER, null, null, "حسان الشيخ")
        .time("الخميس", "2015-08-06").time("الاثنين", "2015-08-10"));
    assertEquals("2015-08-06", root(events, "18").get(0).date(), events.toString());
  }

  @Test
  void actorlessRetellingDatedOnlyByItsReportJoinsTheNamedKilling() {
    List<Event> events = code(Docs.of("وأقدم سليمان الأسد على قتل العقيد حسان الشيخ الخميس."
        + " وتلقت عائلة العقيد حسان الشيخ الذي أقدم أحد أقرباء الرئيس على قتله بسبب خلاف مروري"
        + " وعودا، بحسب ما نقلت صحيفة سورية الاثنين.")
        .entity("e1", EntityType.PER, null, null, "سليمان الأسد")
        .entity("e2", EntityType.PER, null, null, "حسان الشيخ")
        .time("الخميس", "2015-08-06").time("الاثنين", "2015-08-10"));
    assertEquals(1, root(events, "18").size(), "one killing: " + events);
  }

  @Test
  void relativeWhoKilledIsTheArticlesNamedKiller() {
    List<Event> events = code(Docs.of("الأسد يتعهد بمحاسبة قريبه الذي قتل عقيداً في الجيش\n"
        + "وأقدم سليمان الأسد على قتل العقيد حسان الشيخ مساء الخميس.")
        .entity("e1", EntityType.PER, "SYRGOV", null, "الأسد")
        .entity("e2", EntityType.PER, null, null, "سليمان الأسد")
        .entity("e3", EntityType.PER, null, null, "حسان الشيخ")
        .time("الخميس", "2015-08-06"));
    Event pledge = root(events, "03").get(0);
    assertEquals("e1", pledge.source().entity());
    assertEquals("e2", pledge.target().entity(), "the relative who killed: " + events);
  }

  @Test
  void relativeWhoKilledStaysUnnamedWhenTheArticleNamesNoKiller() {
    List<Event> events = code(Docs.of("الأسد يتعهد بمحاسبة قريبه الذي قتل عقيداً في الجيش\n"
        + "وقالت العائلة إن العقيد حسان الشيخ لقي مصرعه مساء الخميس.")
        .entity("e1", EntityType.PER, "SYRGOV", null, "الأسد")
        .entity("e3", EntityType.PER, null, null, "حسان الشيخ"));
    Event pledge = root(events, "03").get(0);
    assertNull(pledge.target(), events.toString());
  }

  @Test
  void sameStateInstitutionNamedTwoWaysInAdjacentSentencesIsOneEvent() {
    List<Event> events = code(Docs.of("أعلن الادعاء العام الليبي أنه يحقق في الأمر. وقال مكتب"
        + " النائب العام إن النائب العام أصدر تعليماته بالتحقيق في الشريط.")
        .entity("e1", EntityType.ORG, "LBYJUD", null, "الادعاء العام الليبي")
        .entity("e2", EntityType.ORG, "LBYJUD", null, "مكتب النائب العام", "النائب العام"));
    assertEquals(1, root(events, "09").size(), "one investigation: " + events);
    assertEquals("e1", root(events, "09").get(0).source().entity());
  }

  @Test
  void twoArmedGroupsWithTheSameCodeAreNotOneInstitution() {
    List<Event> events = code(Docs.of("وأعلنت حماس مسؤوليتها عن الهجوم على الحاجز. وتبنت"
        + " الجهاد الإسلامي الهجوم على الحاجز أيضا.")
        .entity("e1", EntityType.ORG, "PSEREB", null, "حماس")
        .entity("e2", EntityType.ORG, "PSEREB", null, "الجهاد الإسلامي"));
    List<Event> attacks = root(events, "18");
    assertEquals(2, attacks.size(), "Hamas and Islamic Jihad are two actors: " + events);
  }
  @Test
  void datedActorlessReportIsNotMergedIntoAnUndatedEventToldAfterIt() {
    List<Event> events = code(Docs.of("وقال نادي الأسير، أمس الجمعة، إن الأسرى يضربون عن الطعام"
        + " لليوم الثالث.\nوفي السياق ذاته، يخشى الأطباء على حياة الأسير محمد علان بعد 50"
        + " يوما من الإضراب عن الطعام.")
        .entity("e1", EntityType.ORG, "PSENGO", null, "نادي الأسير")
        .entity("e2", EntityType.PER, null, null, "محمد علان")
        .time("أمس الجمعة", "2015-08-07"));
    List<Event> strikes = root(events, "14");
    assertEquals(2, strikes.size(), "the prisoners' strike and Allan's are two: " + events);
    assertTrue(strikes.stream().anyMatch(e -> e.source() == null
        && "2015-08-07".equals(e.date())), "the prisoners' strike keeps its date: " + events);
  }
  @Test
  void genericActorlessRetellingJoinsTheSpecificEventOfItsRoot() {
    List<Event> events = code(Docs.of("ضرب حراس السجن الساعدي القذافي على الوجه أثناء"
        + " استجوابه. وقال محام إن الفيديو الذي يظهر فيه الاعتداء في سجن الهضبة يثير مخاوف.")
        .entity("e1", EntityType.PER, null, null, "الساعدي القذافي")
        .entity("e2", EntityType.LOC, null, null, "سجن الهضبة"));
    List<Event> assaults = root(events, "18");
    assertEquals(1, assaults.size(), "الاعتداء retells the beating: " + events);
    assertEquals("182", assaults.get(0).cameo(), "the specific code is kept");
  }

  @Test
  void genericActorlessEventOfAnotherDateStaysApartFromTheSpecificOne() {
    List<Event> events = code(Docs.of("ضرب حراس السجن الساعدي القذافي على الوجه أثناء"
        + " استجوابه. ووقع اعتداء آخر في السجن يوم الخميس.")
        .entity("e1", EntityType.PER, null, null, "الساعدي القذافي")
        .time("يوم الخميس", "2015-08-06"));
    assertEquals(2, root(events, "18").size(), "a dated attack is another one: " + events);
  }
}
