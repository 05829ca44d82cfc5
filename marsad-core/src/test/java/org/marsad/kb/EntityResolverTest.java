package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.model.TimeExpression;
import org.marsad.model.TimeType;

class EntityResolverTest {
  private static final EntityResolver RESOLVER = EntityResolver.shared();

  private static List<Entity> resolve(String text, String date, EntityMention... tagged) {
    Document d = Document.of(new DocumentMeta("t", date == null ? null : LocalDate.parse(date),
        null, null, null), text);
    List<Entity> es = RESOLVER.resolve(d, List.of(tagged));
    for (Entity e : es) {
      for (Mention m : e.mentions()) {
        assertEquals(text.substring(m.start(), m.end()), m.text(), "mention text = substring");
      }
    }
    return es;
  }

  /** The entity with a mention whose text is exactly {@code surface}. */
  private static Entity entityOf(List<Entity> es, String surface) {
    for (Entity e : es) {
      for (Mention m : e.mentions()) {
        if (m.text().equals(surface)) {
          return e;
        }
      }
    }
    throw new AssertionError("no mention '" + surface + "' in " + es);
  }

  private static EntityMention tag(String text, String surface, int from, EntityType type) {
    int s = text.indexOf(surface, from);
    return new EntityMention(s, s + surface.length(), type, 0.9);
  }

  @Test
  void spellingsOfErdoganAndHisTitleIn2019AreOneEntity() {
    String text = "قال رجب طيب أوردغان إن بلاده مستعدة. وأضاف رجب طيب أردوغان أن أنقرة لن تتراجع. "
        + "وأكد أردوغان ذلك، فيما قال الرئيس التركي إن الحوار مستمر.";
    List<Entity> es = resolve(text, "2019-12-15");
    Entity e = entityOf(es, "رجب طيب أوردغان");
    assertEquals("Q39259", e.kb());
    assertEquals("TURGOV", e.actor());
    assertEquals(EntityType.PER, e.type());
    assertEquals(e, entityOf(es, "رجب طيب أردوغان"));
    assertEquals(e, entityOf(es, "أردوغان"));
    assertEquals(e, entityOf(es, "الرئيس التركي"));
    assertTrue(e.mentions().stream().anyMatch(m -> m.kind() == MentionKind.TITLE));
  }

  @Test
  void aCapitalOutranksItsNamesakesElsewhere() {
    List<Entity> es = resolve("زار الرئيس لندن ثم برلين.", "2019-01-01");
    assertEquals("marsad:place/GBR/london", entityOf(es, "لندن").kb());
    assertEquals("marsad:place/DEU/berlin", entityOf(es, "برلين").kb());
  }

  @Test
  void unlistedSpellingOfATransliteratedNameMatchesByConsonantSkeleton() {
    String text = "وصل رجب طيب أوردوغان ثم تحدث مولود تشاويش اوغلو.";
    List<Entity> es = resolve(text, "2019-12-15");
    assertEquals("Q39259", entityOf(es, "رجب طيب أوردوغان").kb());
    assertEquals("Mevlut Cavusoglu", entityOf(es, "مولود تشاويش اوغلو").nameEn());
  }

  @Test
  void cavusogluSpellingsAreOnePerson() {
    String text = "التقى مولود تشاووش أوغلو نظيره، ثم صرح مولود جاويش أوغلو للصحفيين.";
    List<Entity> es = resolve(text, "2019-01-10");
    assertEquals(entityOf(es, "مولود تشاووش أوغلو"), entityOf(es, "مولود جاويش أوغلو"));
    assertEquals("TURGOV", entityOf(es, "مولود جاويش أوغلو").actor());
  }

  @Test
  void foreignMinisterTitleResolvesByDate() {
    String text = "وصل وزير الخارجية التركي إلى الدوحة.";
    assertEquals("Mevlut Cavusoglu", entityOf(resolve(text, "2019-06-01"), "وزير الخارجية التركي").nameEn());
    assertEquals("Hakan Fidan", entityOf(resolve(text, "2024-06-01"), "وزير الخارجية التركي").nameEn());
  }

  @Test
  void unSecretaryGeneralResolvesByDate() {
    String text = "دعا الأمين العام للأمم المتحدة إلى وقف القتال.";
    assertEquals("Q1253", entityOf(resolve(text, "2010-05-01"), "الأمين العام للأمم المتحدة").kb());
    assertEquals("Q311440", entityOf(resolve(text, "2019-05-01"), "الأمين العام للأمم المتحدة").kb());
  }

  @Test
  void titleWithNoHolderInTheKbIsNotAnEntity() {
    List<Entity> es = resolve("قال رئيس الوزراء التركي إن ...", "2020-01-01");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PER), es.toString());
  }

  @Test
  void demonymsAndAdjectivesResolveToTheCountry() {
    String text = "زار وفد من الأتراك مدينة إسطنبول لمقابلة مسؤولين أتراك في تركيا.";
    List<Entity> es = resolve(text, "2019-01-01");
    Entity turkey = entityOf(es, "تركيا");
    assertEquals("Q43", turkey.kb());
    assertEquals(turkey, entityOf(es, "الأتراك"));
    assertEquals(MentionKind.NOMINAL, turkey.mentions().get(0).kind());
  }

  @Test
  void aTaggedNisbaTheKbResolvesKeepsItsCountry() {
    // the tagger calls سعودية a place name; the KB reads it as Saudi Arabia's nisba
    String text = "حطت طائرة سعودية عسكرية الاربعاء في مطار عدن.";
    List<Entity> es = resolve(text, "2015-08-05", tag(text, "سعودية", 0, EntityType.LOC));
    Entity saudi = entityOf(es, "سعودية");
    assertEquals("SAU", saudi.actor());
    assertEquals(MentionKind.NOMINAL, saudi.mentions().get(0).kind());
  }

  @Test
  void aTaggedNameTheKbDoesNotResolveStaysAName() {
    String text = "وصل الوفد إلى بلدة كفرنبودة صباحا.";
    List<Entity> es = resolve(text, "2015-08-05", tag(text, "كفرنبودة", 0, EntityType.LOC));
    Entity place = entityOf(es, "كفرنبودة");
    assertEquals(MentionKind.NAME, place.mentions().get(0).kind());
  }

  @Test
  void capitalActingStandsForTheGovernment() {
    Entity ankara = entityOf(resolve("رفضت أنقرة الاتهامات.", "2019-01-01"), "أنقرة");
    assertEquals(EntityType.LOC, ankara.type());
    assertEquals("TURGOV", ankara.actor());
  }

  @Test
  void surnameAfterFullNameIsTheSamePerson() {
    String text = "التقى فائز السراج بالوفد. وقال السراج إن ... ورد عقيلة صالح ثم أكد صالح موقفه.";
    List<Entity> es = resolve(text, "2019-12-15");
    assertEquals(entityOf(es, "فائز السراج"), entityOf(es, "السراج"));
    assertEquals(entityOf(es, "عقيلة صالح"), entityOf(es, "صالح"));
    assertEquals("LBYLEG", entityOf(es, "صالح").actor());
  }

  @Test
  void firstAndLastNameOfALongerNameAreThatPerson() {
    String text = "زار وفد الأسير محمد علان. وقال الطبيب إن محمد نصر الدين مفضي علان مهدد.";
    List<Entity> es = resolve(text, "2015-08-15",
        tag(text, "محمد علان", 0, EntityType.PER),
        tag(text, "محمد نصر الدين مفضي علان", 0, EntityType.PER));
    assertEquals(entityOf(es, "محمد علان"), entityOf(es, "محمد نصر الدين مفضي علان"));
  }

  @Test
  void anOutletNamedInQuotationMarksIsAnOrganization() {
    String text = "وردا على دعوته عبر قناة «آفاق» التابعة لحزبه، كتبت صحيفة \"الصباح الجديد\" أمس.";
    List<Entity> es = resolve(text, "2015-08-15");
    assertEquals(EntityType.ORG, entityOf(es, "آفاق").type());
    assertEquals(EntityType.ORG, entityOf(es, "الصباح الجديد").type());
  }

  @Test
  void anOutletSpokenToInQuotationMarksIsTheOutletNotThePlace() {
    String text = "وقال المتحدث سعد الحديثي، في تصريح لـ«الشرق الأوسط»، إن الموقف ثابت. "
        + "وتشهد منطقة الشرق الأوسط توترا.";
    List<Entity> es = resolve(text, "2015-08-15",
        tag(text, "الشرق الأوسط", 0, EntityType.LOC),
        tag(text, "الشرق الأوسط", text.indexOf("منطقة"), EntityType.LOC));
    Entity outlet = entityAt(es, text.indexOf("الشرق الأوسط"));
    assertEquals("marsad:org/asharq-al-awsat", outlet.kb());
    assertEquals(EntityType.ORG, outlet.type());
    Entity region = entityAt(es, text.indexOf("الشرق الأوسط", text.indexOf("منطقة")));
    assertEquals(EntityType.LOC, region.type(), "the region named without quotation marks");

    String city = "وقال مسؤول لـ«الرياض» إن المشروع اكتمل في الرياض.";
    List<Entity> paper = resolve(city, "2015-08-15");
    assertEquals("marsad:org/alriyadh-paper", entityAt(paper, city.indexOf("الرياض")).kb());
    assertEquals(EntityType.LOC, entityAt(paper, city.lastIndexOf("الرياض")).type());

    String longer = "وقال مسؤول لـ\"الشرق الأوسط الجديد\" إن ذلك صحيح.";
    assertTrue(resolve(longer, "2015-08-15").stream()
            .noneMatch(e -> "marsad:org/asharq-al-awsat".equals(e.kb())),
        "a quoted name that goes on past the outlet's name is not the outlet");
  }

  @Test
  void aPlaceAfterLamAndTheElidedArticleIsThatPlace() {
    String text = "وقال إنه اتفاق سيئ لليونان، وقدم الدعم للعراق. وتوجه الوزير إلى اليونان.";
    List<Entity> es = resolve(text, "2015-07-15",
        tag(text, "ليونان", 0, EntityType.LOC), tag(text, "لعراق", 0, EntityType.LOC));
    assertEquals("Q41", entityAt(es, text.indexOf("ليونان")).kb());
    assertEquals(entityAt(es, text.indexOf("ليونان")), entityAt(es, text.lastIndexOf("اليونان")));
    assertEquals("Q796", entityAt(es, text.indexOf("لعراق")).kb());
    assertTrue(resolve("وصل إلى بريدة أمس.", "2015-07-15").stream()
            .noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("ريدة"))),
        "بريدة is a word as it stands, not ب + a place ريدة");
  }

  @Test
  void meccaAndMedinaAreLinkedByTheirUsualNames() {
    String text = "وصل الحجاج إلى مكة ثم توجهوا إلى المدينة المنورة، وزار الوفد المدينة أمس.";
    List<Entity> es = resolve(text, "2015-08-15");
    assertEquals("marsad:place/SAU/mecca", entityAt(es, text.indexOf("مكة")).kb());
    assertEquals("marsad:place/SAU/medina", entityAt(es, text.indexOf("المدينة المنورة")).kb());
    assertTrue(!hasMention(es, "المدينة"), "المدينة alone is 'the city'");
  }

  @Test
  void aGeneratedPersonsFormThatIsACommonWordNeedsTheTagger() {
    String text = "وأوضح مشرف البرنامج أن التسجيل مفتوح، وقال إن أسد الجبل لم يظهر.";
    List<Entity> es = resolve(text, "2015-08-15");
    assertTrue(!hasMention(es, "مشرف"), "a supervisor, not Musharraf: " + es);
    assertTrue(!hasMention(es, "أسد"), "a lion: " + es);
    String quote = "وقال مشرف إن باكستان لن تتراجع.";
    Entity musharraf = entityAt(resolve(quote, "2005-08-15",
        tag(quote, "مشرف", 0, EntityType.PER)), quote.indexOf("مشرف"));
    assertEquals("marsad:pa/e36a99cc09", musharraf.kb(),
        "where the tagger sees a person, it is him");
  }

  @Test
  void aTaggedPersonEndsBeforeAPrepositionWithAPlaceOrADefiniteWord() {
    String text = "وقال مدير الشرطة فهد بالدمام إن التحقيق مستمر، وأكد خالد بحائل ذلك، وقال"
        + " ريك بيري وماركو بولو والخليفة المعتصم بالله.";
    List<Entity> es = resolve(text, "2015-08-15",
        tag(text, "فهد بالدمام", 0, EntityType.PER), tag(text, "خالد بحائل", 0, EntityType.PER),
        tag(text, "ريك بيري", 0, EntityType.PER), tag(text, "ماركو بولو", 0, EntityType.PER),
        tag(text, "المعتصم بالله", 0, EntityType.PER));
    assertEquals("فهد", entityAt(es, text.indexOf("فهد")).mentions().get(0).text());
    assertEquals("marsad:place/SAU/ad-dammam", entityAt(es, text.indexOf("الدمام")).kb());
    assertEquals("خالد", entityAt(es, text.indexOf("خالد")).mentions().get(0).text());
    for (String name : List.of("ريك بيري", "ماركو بولو", "المعتصم بالله")) {
      assertEquals(EntityType.PER, entityOf(es, name).type(), name + " is a name as it stands");
    }
  }

  @Test
  void aFullNameWithAnotherFatherIsAnotherPerson() {
    String text = "حضر الأمير سلطان بن بندر بن عبدالعزيز الحفل، وقال عادل بن أحمد الجبير إن المملكة"
        + " ترحب.";
    List<Entity> es = resolve(text, "2015-08-15",
        tag(text, "سلطان بن بندر بن عبدالعزيز", 0, EntityType.PER),
        tag(text, "عادل بن أحمد الجبير", 0, EntityType.PER));
    assertNull(entityOf(es, "سلطان بن بندر بن عبدالعزيز").kb(),
        "Bandar's son, not Sultan bin Abdulaziz");
    assertEquals("marsad:person/adel-al-jubeir", entityOf(es, "عادل بن أحمد الجبير").kb(),
        "a father's name put in the middle of a known name is still the man");
  }

  @Test
  void aDefiniteWordAfterAConjunctionIsNoMisspeltName() {
    String text = "وكان الخطر والأكبر في الملف الاقتصادي، ويحب الأطفال والسيرك وللعلم فإن بلدتي نبل"
        + " والزهراء محاصرتان.";
    List<Entity> es = resolve(text, "2015-08-15");
    for (String word : List.of("والأكبر", "والسيرك", "وللعلم", "والزهراء")) {
      assertTrue(!hasMention(es, word), word + " is و + an Arabic word, not a KB name misspelt: "
          + es);
    }
  }

  @Test
  void aFinalTehMarbutaIsNotAPlaceSpeltWithHeh() {
    String text = "وكشفت دراسة جينية حديثة عن أسباب المرض.";
    assertTrue(!hasMention(resolve(text, "2015-08-15"), "جينية"), "genetic, not Djenné (جينيه)");
  }

  @Test
  void aWordWithTanweenOrAFunctionWordIsNoName() {
    String text = "وأكد صالح حسابًا أن القرار نهائي، ودفع مئة ريالاً، وكان دومًا حاضرا.";
    List<Entity> es = resolve(text, "2015-08-15",
        tag(text, "صالح حسابًا", 0, EntityType.PER), tag(text, "ريالاً", 0, EntityType.MISC),
        tag(text, "دومًا", 0, EntityType.LOC));
    assertEquals("صالح", entityAt(es, text.indexOf("صالح")).mentions().get(0).text());
    assertTrue(!hasMention(es, "ريالاً") && !hasMention(es, "دومًا"), es.toString());
    String kids = "وقال فهد لكي نفرح بالعيد.";
    List<Entity> ks = resolve(kids, "2015-08-15", tag(kids, "فهد لكي", 0, EntityType.PER));
    assertEquals("فهد", entityAt(ks, kids.indexOf("فهد")).mentions().get(0).text(),
        "a function word ends no name");
    String prince = "وصل الأمير جلوي بن عبدالعزيز بن مساعد، وقال فهد داخل القاعة.";
    List<Entity> ps = resolve(prince, "2015-08-15",
        tag(prince, "جلوي بن عبدالعزيز بن", 0, EntityType.PER),
        tag(prince, "فهد داخل", 0, EntityType.PER));
    assertEquals("جلوي بن عبدالعزيز", entityAt(ps, prince.indexOf("جلوي")).mentions().get(0).text(),
        "no name ends with a particle");
    assertEquals("فهد", entityAt(ps, prince.indexOf("فهد")).mentions().get(0).text());
    String ali = "وقال محمد علي إن الفريق جاهز، وأكد حازم إمام ذلك.";
    List<Entity> as = resolve(ali, "2015-08-15", tag(ali, "محمد علي", 0, EntityType.PER),
        tag(ali, "حازم إمام", 0, EntityType.PER));
    assertEquals(EntityType.PER, entityOf(as, "محمد علي").type(), "علي is Ali, not على");
    assertEquals(EntityType.PER, entityOf(as, "حازم إمام").type(), "إمام is a name, not أمام");
  }

  @Test
  void countriesWithoutAWorldCitiesRowAreCountries() {
    String text = "أطلقت كوريا الشمالية صاروخا، وردت كوريا الجنوبية، وزار وفد من ساحل العاج منغوليا"
        + " وأنغولا، وضربت سيول جارفة مدينة أبها.";
    List<Entity> es = resolve(text, "2015-08-15");
    assertEquals("PRK", entityAt(es, text.indexOf("كوريا الشمالية")).actor());
    assertEquals("KOR", entityAt(es, text.indexOf("كوريا الجنوبية")).actor());
    Entity ivoryCoast = entityAt(es, text.indexOf("ساحل العاج"));
    assertEquals(EntityType.LOC, ivoryCoast.type(), "a country, not a PETRARCH 'person'");
    assertEquals("CIV", ivoryCoast.actor());
    assertEquals("MNG", entityAt(es, text.indexOf("منغوليا")).actor(), "not Mongo, Chad");
    assertEquals("AGO", entityAt(es, text.indexOf("أنغولا")).actor(), "not Angol, Chile");
    assertTrue(!hasMention(es, "سيول"), "floods, not Seoul");
  }

  @Test
  void anOutletsNameInQuotationMarksIsTheOutletAnywhere() {
    String text = "وقالت الوزارة في بيان حصلت «الشرق الأوسط» على نسخة منه إن الوضع في الشرق الأوسط"
        + " خطير، ونشرت جريدة «الجزيرة» الخبر، كما نشرته «الجزيرة» أمس.";
    List<Entity> es = resolve(text, "2015-08-15");
    assertEquals("marsad:org/asharq-al-awsat", entityAt(es, text.indexOf("الشرق الأوسط")).kb());
    assertEquals("marsad:place/XXX/middle-east",
        entityAt(es, text.indexOf("الشرق الأوسط", text.indexOf("الوضع"))).kb(), "the region");
    assertEquals("marsad:org/aljazirah-paper", entityAt(es, text.indexOf("الجزيرة")).kb(),
        "جريدة says which الجزيرة");
    assertTrue(es.stream().noneMatch(e -> e.mentions().stream().anyMatch(
            m -> m.start() == text.lastIndexOf("الجزيرة") && e.kb() != null)),
        "«الجزيرة» alone may be the paper or the channel: " + es);
  }

  @Test
  void continentsRegionsAndSaudiTownsAreLinked() {
    String text = "زار وفد من تبوك وبيشة وحفر الباطن دولا في أوروبا وأفريقيا والشرق الأوسط.";
    List<Entity> es = resolve(text, "2015-08-15");
    assertEquals("marsad:place/SAU/tabuk", entityAt(es, text.indexOf("تبوك")).kb());
    assertEquals("marsad:place/SAU/bisha", entityAt(es, text.indexOf("بيشة")).kb());
    assertEquals("marsad:place/SAU/hafar-al-batin", entityAt(es, text.indexOf("حفر الباطن")).kb());
    assertEquals("marsad:place/XXX/europe", entityAt(es, text.indexOf("أوروبا")).kb());
    assertEquals("marsad:place/XXX/africa", entityAt(es, text.indexOf("أفريقيا")).kb());
    assertEquals("marsad:place/XXX/middle-east", entityAt(es, text.indexOf("الشرق الأوسط")).kb());
  }

  @Test
  void americanStatesAreStatesNotTownsThatWorldCitiesMislabelled() {
    String text = "وقع الحادث في ولاية كاليفورنيا، ثم انتقل التحقيق إلى تكساس وفلوريدا.";
    List<Entity> es = resolve(text, "2015-08-15");
    assertEquals("marsad:place/USA/california", entityAt(es, text.indexOf("كاليفورنيا")).kb(),
        "world_cities_ar labels Cali, Colombia, كاليفورنيا");
    assertEquals("marsad:place/USA/texas", entityAt(es, text.indexOf("تكساس")).kb());
    assertEquals("marsad:place/USA/florida", entityAt(es, text.indexOf("فلوريدا")).kb(),
        "not Florida, Cuba");
  }

  @Test
  void labelsThatNameSomethingElseAreNotPlaces() {
    String text = "تحدث عن ماو تسي تونغ، وعن مؤسسة برمجيات أباتشي، ثم زار تل أبيب ولاهاي"
        + " ومدينة ليون.";
    List<Entity> es = resolve(text, "2015-08-15",
        tag(text, "ماو تسي تونغ", 0, EntityType.PER));
    assertEquals(EntityType.PER, entityOf(es, "ماو تسي تونغ").type(), "labelled Mao, Chad");
    assertTrue(es.stream().noneMatch(e -> e.kb() != null && e.kb().startsWith("marsad:place/UGA/")),
        "مؤسسة برمجيات أباتشي is labelled Apac, Uganda");
    assertEquals("marsad:place/ISR/tel-aviv-yafo", entityAt(es, text.indexOf("تل أبيب")).kb(),
        "an exonym kept");
    assertEquals("marsad:place/NLD/the-hague", entityAt(es, text.indexOf("لاهاي")).kb(),
        "an exonym kept");
    assertEquals("marsad:place/FRA/lyon", entityAt(es, text.indexOf("ليون")).kb(),
        "León, Mexico, was labelled ليون too and outranked Lyon by population");
    String draw = "تقام القرعة في قصر قسطنطين في مدينة سان بطرسبرغ، بعد مباراة في قسنطينة.";
    List<Entity> ds = resolve(draw, "2015-07-25");
    assertEquals("marsad:place/RUS/saint-petersburg",
        entityAt(ds, draw.indexOf("سان بطرسبرغ")).kb(), "the news' spelling of St Petersburg");
    assertEquals("marsad:place/DZA/constantine", entityAt(ds, draw.indexOf("قسنطينة")).kb());
    assertTrue(!hasMention(ds, "قسطنطين"), "the emperor's name, not the Algerian city");
  }

  @Test
  void anUnknownNameAfterLamWithTheElidedArticleIsTheSameEntityAsWithTheArticle() {
    String text = "وقال رئيس البنك المركزي الأرجواني إن التضخم مرتفع، ووجه انتقادات للبنك المركزي "
        + "الأرجواني. وقدم الدعم للبنان.";
    List<Entity> es = resolve(text, "2015-08-15",
        tag(text, "البنك المركزي الأرجواني", 0, EntityType.ORG),
        tag(text, "لبنك المركزي الأرجواني", text.indexOf("انتقادات"), EntityType.ORG));
    Entity bank = entityAt(es, text.indexOf("البنك"));
    assertEquals(bank, entityAt(es, text.indexOf("لبنك المركزي", text.indexOf("انتقادات"))));
    assertEquals("البنك المركزي الأرجواني", bank.name());
    assertEquals("لبنان", entityAt(es, text.indexOf("لبنان")).name(), "للبنان is ل + لبنان");
  }

  @Test
  void aDefiniteHeadNounGoesOnOnlyWithDefiniteWords() {
    String text = "وقالت اللجنة المستقلة لتقصي الحقائق إنها ستواصل عملها، وهاجمت الحكومة "
        + "اللجنة بأسلوب عنيف ووصفت المجلس كوكيل استفزازي.";
    List<Entity> es = resolve(text, "2015-07-15");
    assertEquals(EntityType.ORG, entityOf(es, "اللجنة المستقلة لتقصي الحقائق").type());
    assertTrue(!hasMention(es, "اللجنة بأسلوب عنيف"), "بأسلوب is no part of a name: " + es);
    assertTrue(es.stream().flatMap(e -> e.mentions().stream())
            .noneMatch(m -> m.text().startsWith("المجلس ك")), "nor is كوكيل: " + es);
  }

  @Test
  void aForeignTownSpeltLikeACommonWordNeedsTheTagger() {
    String text = "انتشر فيروس جديد وارتدى لباس العمل، ثم سافر إلى باريس وملبورن ووصل إلى تعز.";
    List<Entity> es = resolve(text, "2015-07-15");
    assertTrue(!hasMention(es, "فيروس") && !hasMention(es, "لباس"),
        "the words virus and clothing, not Viru (Peru) and Garmen (Bulgaria): " + es);
    assertEquals("marsad:place/FRA/paris", entityAt(es, text.indexOf("باريس")).kb());
    assertEquals(EntityType.LOC, entityAt(es, text.indexOf("تعز")).type());
    List<Entity> tagged = resolve(text, "2015-07-15", tag(text, "لباس", 0, EntityType.LOC));
    assertTrue(hasMention(tagged, "لباس"), "where the tagger sees a name, the KB links it");
  }

  @Test
  void aMonthNameInsideADateIsNoEntity() {
    String text = "وقعت هجمات في أيار/مايو 2011 ثم في وآب/أغسطس 2014، وزار نيسان بيروت.";
    int may = text.indexOf("أيار/مايو 2011");
    int aug = text.indexOf("آب/أغسطس 2014");
    DocumentMeta meta = new DocumentMeta("t", LocalDate.of(2015, 7, 1), null, null, null);
    Document d = Document.of(meta, text).withTimes(List.of(
        new TimeExpression("t1", may, may + "أيار/مايو 2011".length(), "أيار/مايو 2011",
            TimeType.DATE, "2011-05"),
        new TimeExpression("t2", aug, aug + "آب/أغسطس 2014".length(), "آب/أغسطس 2014",
            TimeType.DATE, "2014-08")));
    List<EntityMention> tagged = List.of(tag(text, "أيار", 0, EntityType.ORG),
        tag(text, "وآب", 0, EntityType.LOC),
        tag(text, "نيسان", text.indexOf("وزار"), EntityType.PER));
    List<Entity> es = new EntityStage(RESOLVER, x -> tagged).apply(d).entities();
    assertTrue(!hasMention(es, "أيار") && !hasMention(es, "وآب"), "months of the dates: " + es);
    assertTrue(hasMention(es, "نيسان"), "outside a date the tagger's span stands: " + es);
    EntityMention beyond = new EntityMention(text.length(), text.length() + 3, EntityType.PER, 0.9);
    EntityStage badTagger = new EntityStage(RESOLVER, x -> List.of(beyond));
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> badTagger.apply(d));
    assertTrue(bad.getMessage().contains("outside the text"), bad.getMessage());
  }

  @Test
  void aHeadNounFollowedByAPrepositionNamesNothing() {
    String text = "وقال إن تحرير عدن بوابة لتحرير كل ارض اليمن، وتقدمت القوات نحو مطار بغداد.";
    List<Entity> es = resolve(text, "2015-07-19");
    assertTrue(es.stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().startsWith("بوابة")), "a gateway to freeing: " + es);
    assertTrue(hasMention(es, "مطار بغداد") || hasMention(es, "بغداد"), es.toString());
  }

  private static Entity entityAt(List<Entity> es, int start) {
    return es.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.start() == start))
        .findFirst().orElseThrow(() -> new AssertionError("no entity at " + start + ": " + es));
  }

  @Test
  void aShortNameFittingTwoLongerNamesJoinsNeither() {
    String text = "حضر محمد علان. ثم جاء محمد سعيد علان وأخوه محمد خالد علان.";
    List<Entity> es = resolve(text, "2015-08-15",
        tag(text, "محمد علان", 0, EntityType.PER),
        tag(text, "محمد سعيد علان", 0, EntityType.PER),
        tag(text, "محمد خالد علان", 0, EntityType.PER));
    assertNotEquals(entityOf(es, "محمد علان"), entityOf(es, "محمد سعيد علان"));
    assertNotEquals(entityOf(es, "محمد علان"), entityOf(es, "محمد خالد علان"));
  }

  @Test
  void proclíticsAreLeftOutOfMentions() {
    String text = "قالت مصادر لأردوغان والسراج إن للقذافي أنصارا.";
    List<Entity> es = resolve(text, "2019-12-15");
    assertEquals("Q39259", entityOf(es, "أردوغان").kb());
    assertEquals("Fayez al-Sarraj", entityOf(es, "السراج").nameEn());
    assertEquals("Muammar Gaddafi", entityOf(es, "لقذافي").nameEn());
  }

  @Test
  void titleInAppositionJoinsTheNameAfterIt() {
    String text = "قال الناطق باسم الجيش الوطني الليبي أحمد المسماري إن القوات تقدمت.";
    List<Entity> es = resolve(text, "2019-12-15");
    Entity mismari = entityOf(es, "أحمد المسماري");
    assertEquals(mismari, entityOf(es, "الناطق باسم الجيش الوطني الليبي"));
    assertEquals("LBYMIL", mismari.actor());
    assertEquals("marsad:org/lna", entityOf(es, "الجيش الوطني الليبي").kb());
  }

  @Test
  void unknownNamesFromTheTaggerClusterWithKbNull() {
    String text = "قال جو ستورك من المنظمة إن الوضع سيئ. وأضاف ستورك أن جو ستورك زار المكان.";
    List<Entity> es = resolve(text, "2015-08-05",
        tag(text, "جو ستورك", 0, EntityType.PER),
        tag(text, "ستورك", text.indexOf("وأضاف"), EntityType.PER),
        tag(text, "جو ستورك", text.indexOf("أن جو"), EntityType.PER));
    Entity stork = entityOf(es, "جو ستورك");
    assertNull(stork.kb());
    assertNull(stork.actor());
    assertEquals(stork, entityOf(es, "ستورك"));
    assertEquals(3, stork.mentions().size());
  }

  @Test
  void taggedSpanLinksToTheKbWhenItsTextIsAKbName() {
    String text = "أكد خليفة حفتر أن ...";
    Entity e = entityOf(resolve(text, "2019-01-01", tag(text, "خليفة حفتر", 0, EntityType.PER)),
        "خليفة حفتر");
    assertEquals("marsad:person/khalifa-haftar", e.kb());
  }

  @Test
  void longerTaggedSpanReplacesTheKbPlaceInsideIt() {
    String text = "اشتبك مجلس شورى ثوار أجدابيا مع الجيش.";
    Entity e = entityOf(resolve(text, "2015-01-01",
        tag(text, "مجلس شورى ثوار أجدابيا", 0, EntityType.ORG)), "مجلس شورى ثوار أجدابيا");
    assertEquals(EntityType.ORG, e.type());
    assertNull(e.kb());
  }

  @Test
  void distinctArabicNamesAreNotTreatedAsSpellingVariants() {
    List<Entity> es = resolve("قال محمد عباس إن ...", "2019-01-01");
    assertTrue(es.stream().noneMatch(e -> "marsad:person/mahmoud-abbas".equals(e.kb())), es.toString());
    List<Entity> es2 = resolve("قال العالم الإعلامي إن ...", "2023-01-01");
    assertTrue(es2.stream().noneMatch(e -> e.type() == EntityType.PER), es2.toString());
  }

  @Test
  void entitiesAreNumberedByFirstMentionAndMentionsSorted() {
    String text = "زار أردوغان ليبيا ثم عاد أردوغان إلى تركيا.";
    List<Entity> es = resolve(text, "2019-01-01");
    List<String> ids = new ArrayList<>();
    int last = -1;
    for (Entity e : es) {
      ids.add(e.id());
      assertTrue(e.mentions().get(0).start() > last);
      last = e.mentions().get(0).start();
      for (int i = 1; i < e.mentions().size(); i++) {
        assertTrue(e.mentions().get(i - 1).start() < e.mentions().get(i).start());
      }
    }
    assertEquals(List.of("e1", "e2", "e3"), ids);
  }

  @Test
  void undatedDocumentUsesTodaysRoles() {
    Entity e = entityOf(resolve("قال أردوغان", null), "أردوغان");
    assertEquals("TURGOV", e.actor());
  }

  @Test
  void lookupListsCandidatesWithScores() {
    KnowledgeBase kb = KnowledgeBase.shared();
    List<KbCandidate> cs = kb.lookup("أوردوغان", LocalDate.of(2019, 1, 1));
    assertEquals("Q39259", cs.get(0).entry().id());
    assertEquals(KbCandidate.How.VARIANT, cs.get(0).how());
    List<KbCandidate> title = kb.lookup("الرئيس التركي", LocalDate.of(2019, 1, 1));
    assertEquals(KbCandidate.How.TITLE, title.get(0).how());
    assertNotNull(title.get(0).actor());
    assertNotEquals(0, kb.lookup("طرابلس", null).size());
  }

  @Test
  void resolutionIsThreadSafe() throws Exception {
    String text = "قال الرئيس التركي رجب طيب أردوغان إن أنقرة لن تسحب قواتها، وأكد أردوغان ذلك.";
    List<Entity> expected = resolve(text, "2019-12-15");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Entity>>> fs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        fs.add(pool.submit(() -> resolve(text, "2019-12-15")));
      }
      for (java.util.concurrent.Future<List<Entity>> f : fs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void mentionsNeverIncludeProcliticsOrPunctuation() {
    String text = "«وبأنقرة» و(السراج) ولليبيا، وبالقاهرة؛ فالرياض.";
    List<Entity> es = resolve(text, "2019-01-01");
    assertEquals("Q1016", entityOf(es, "ليبيا").kb());
    assertEquals("TURGOV", entityOf(es, "أنقرة").actor());
    for (Entity e : es) {
      for (Mention m : e.mentions()) {
        char c = m.text().charAt(0);
        assertTrue(c != 'و' && c != 'ف' && c != '«' && c != '(', m.toString());
      }
    }
  }

  @Test
  void kbNameOfTheSameTypeInsideATaggedSpanWins() {
    String text = "قال الرئيس السوري بشار الأسد إن ...";
    Entity e = entityOf(resolve(text, "2015-08-10",
        tag(text, "الرئيس السوري بشار الأسد", 0, EntityType.PER)), "بشار الأسد");
    assertEquals("Q44329", e.kb());
  }

  @Test
  void formerOfficialsCarryTheirCountrysEliteCode() {
    KbEntry cavusoglu = KnowledgeBase.shared().get("marsad:person/mevlut-cavusoglu");
    assertEquals("TURGOV", cavusoglu.actorOn(LocalDate.of(2019, 1, 1)));
    assertEquals("TURELI", cavusoglu.actorOn(LocalDate.of(2024, 1, 1)));
    assertNull(cavusoglu.actorOn(LocalDate.of(2010, 1, 1)));
  }

  private static boolean hasMention(List<Entity> es, String surface) {
    return es.stream().flatMap(e -> e.mentions().stream()).anyMatch(m -> m.text().equals(surface));
  }

  @Test
  void taggedOrganizationLosesTrailingWordsThatEndNoName() {
    String text = "قالت صحيفة الوطن القريبة من السلطات، بحسب صحيفة سورية الاثنين، إن التحقيق بدأ.";
    List<Entity> es = resolve(text, "2015-08-10",
        tag(text, "صحيفة الوطن القريبة", 0, EntityType.ORG),
        tag(text, "صحيفة سورية الاثنين", 0, EntityType.ORG));
    assertEquals(EntityType.ORG, entityOf(es, "صحيفة الوطن").type());
    assertEquals(EntityType.ORG, entityOf(es, "صحيفة سورية").type());
    assertTrue(!hasMention(es, "صحيفة الوطن القريبة") && !hasMention(es, "صحيفة سورية الاثنين"));
  }

  @Test
  void newAfterAKbNameIsTrimmedOnlyWhereTheKbNameIsLeft() {
    String text = "شارك في افتتاح قناة السويس الجديدة.";
    Entity canal = entityOf(resolve(text, "2015-08-05",
        tag(text, "قناة السويس الجديدة", 0, EntityType.ORG)), "قناة السويس");
    assertEquals("marsad:place/EGY/suez-canal", canal.kb());
    assertEquals(EntityType.LOC, canal.type());
    String other = "أعلن حزب الوفد الجديد موقفه.";
    assertNotNull(entityOf(resolve(other, "2015-08-05",
        tag(other, "حزب الوفد الجديد", 0, EntityType.ORG)), "حزب الوفد الجديد"));
  }

  @Test
  void bodyNamedWithoutItsCountryIsThatOfTheCountryNamedBeforeIt() {
    String text = "أكد الرئيس العراقي فؤاد معصوم موقفه، وقالت رئاسة الجمهورية إن التصريحات شخصية.";
    assertEquals("marsad:presidency/IRQ", entityOf(resolve(text, "2015-07-24"), "رئاسة الجمهورية").kb());
    String yemen = "أكدت الحكومة اليمنية أن الجيش الوطني تقدم. ووصل الرئيس إلى مصر، وقال إن "
        + "الجيش الوطني سيواصل القتال.";
    List<Entity> es = resolve(yemen, "2015-08-05");
    Entity army = entityOf(es, "الجيش الوطني");
    assertEquals("marsad:army/YEM", army.kb());
    assertEquals(2, army.mentions().size(), "one sense per document, though مصر came in between");
  }

  @Test
  void bodyNamedWithoutCountryStaysUnlinkedWhenTheDocumentNamesNone() {
    List<Entity> es = resolve("أصدر النائب العام قرارا بالتحقيق.", "2015-08-05");
    Entity ag = entityOf(es, "النائب العام");
    assertEquals(EntityType.ORG, ag.type());
    assertNull(ag.kb());
  }

  @Test
  void militaryUnitAfterASpokesmanIsAnOrganizationNotAPersonCalledBasem() {
    String text = "قال الناطق الرسمي باسم اللواء الأول مشاة أحمد الخراز إن الجيش جاهز.";
    List<Entity> es = resolve(text, "2015-08-09", tag(text, "باسم اللواء", 0, EntityType.PER));
    assertEquals(EntityType.ORG, entityOf(es, "اللواء الأول مشاة").type());
    assertTrue(!hasMention(es, "باسم اللواء"), es.toString());
    String rank = "وصل اللواء خليفة حفتر إلى المرج.";
    assertTrue(!hasMention(resolve(rank, "2015-08-09"), "اللواء خليفة"), "a rank is no unit");
  }

  @Test
  void personTaggedInsideAnOrganizationNameGivesWayToIt() {
    String text = "قتل ثلاثة من كتيبة شهداء الزاوية التابعة للمجلس.";
    List<Entity> es = resolve(text, "2015-08-09", tag(text, "شهداء الزاوية", 0, EntityType.PER));
    assertEquals(EntityType.ORG, entityOf(es, "كتيبة شهداء الزاوية").type());
  }

  @Test
  void kbOrganizationIsFoundByItsBareNameAfterItsHeadNounOrPossessive() {
    String text = "قال المالكي عبر قناة تابعة لحزبه (الدعوة) إن القرار خاطئ.";
    assertEquals("marsad:org/dawa", entityOf(resolve(text, "2015-07-24"), "الدعوة").kb());
    List<Entity> call = resolve("وجه الرئيس الدعوة إلى الحوار.", "2015-07-24");
    assertTrue(!hasMention(call, "الدعوة"), "without its head noun الدعوة is the word 'call'");
  }

  @Test
  void organizationsDefiniteHeadAloneJoinsItsFullName() {
    String text = "أشادت المقاومة الشعبية بالتقدم، وقالت المقاومة إنها سيطرت على المدينة. "
        + "وقالت الحكومة اليمنية إن الحكومة ستدعم المقاومة.";
    List<Entity> es = resolve(text, "2015-08-05");
    Entity resistance = entityOf(es, "المقاومة الشعبية");
    assertEquals(3, resistance.mentions().size(), resistance.toString());
    assertEquals(1, entityOf(es, "الحكومة اليمنية").mentions().size(), "الحكومة is too generic");
  }

  @Test
  void theMunicipalityIsTheMunicipalCouncilNamedBefore() {
    String text = "قال المجلس البلدي لمدينة مصراتة إن الخدمات توقفت، وأكد عضو البلدية سالم الفيتوري ذلك.";
    List<Entity> es = resolve(text, "2015-08-05");
    assertEquals(entityOf(es, "المجلس البلدي لمدينة مصراتة"), entityOf(es, "البلدية"));
  }

  @Test
  void everydayWordSurnameStandsAloneOnlyWhereNoNameFollows() {
    String text = "قتل العقيد حسان الشيخ في اللاذقية. وقال الشيخ خالد إن عائلة الشيخ حزينة، "
        + "كما تحدثت زوجة الشيخ.";
    List<Entity> es = resolve(text, "2015-08-10");
    Entity hassan = entityOf(es, "حسان الشيخ");
    assertEquals(EntityType.PER, hassan.type());
    assertEquals(2, hassan.mentions().size(), hassan.toString());
    int last = text.lastIndexOf("الشيخ");
    assertTrue(hassan.mentions().stream().anyMatch(m -> m.start() == last));
  }

  @Test
  void nerThenResolutionAsTwoStagesEqualsOneStage() {
    String text = "قال المتحدث باسم الجيش الليبي أحمد المسماري إن قوات حفتر تقدمت نحو طرابلس.";
    EntityMention m = tag(text, "أحمد المسماري", 0, EntityType.PER);
    Document d = Document.of(new DocumentMeta("t", LocalDate.of(2019, 5, 1), null, null, null), text);
    List<Entity> one = new EntityStage(RESOLVER, x -> List.of(m)).apply(d).entities();
    Document tagged = new NerStage(x -> List.of(m)).apply(d);
    assertEquals(1, tagged.entities().size());
    assertNull(tagged.entities().get(0).kb());
    assertEquals(one, EntityStage.afterNer(RESOLVER).apply(tagged).entities());
  }
}
