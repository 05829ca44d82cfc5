package org.marsad.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.ActorFraming;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Framing;
import org.marsad.model.LoadedTerm;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.SentenceSplitter;

class FramingAnalyzerTest {
  private static Document doc(String text) {
    // The text layer only: entities come from the test, never from the KB.
    return Document.of(new DocumentMeta("t", null, null, null, null), text)
        .withSentences(SentenceSplitter.split(text))
        .withTokens(ArabicTokenizer.shared().tokenize(text));
  }

  private static List<LoadedTerm> loaded(String text) {
    Document d = doc(text);
    List<LoadedTerm> ts = FramingAnalyzer.shared().analyze(d).loaded();
    for (LoadedTerm t : ts) {
      assertEquals(text.substring(t.start(), t.end()), t.text());
    }
    return ts;
  }

  private static LoadedTerm only(String text) {
    List<LoadedTerm> ts = loaded(text);
    assertEquals(1, ts.size(), () -> "terms: " + ts);
    return ts.get(0);
  }

  @Test
  void matchesAcrossInflectionsAndClitics() {
    for (String w : List.of("ميليشيا", "الميليشيات", "والميليشيات", "للميليشيات", "بميليشيات",
        "ميليشياته", "الميليشياوية", "مليشيات")) {
      LoadedTerm t = only("هاجمت " + w + " القرية");
      assertEquals(w, t.text());
      assertEquals("delegitimizing", t.category(), w);
    }
  }

  @Test
  void matchesAdjectiveInflections() {
    for (String w : List.of("الإرهابية", "إرهابي", "الإرهابيين", "والإرهابيون", "إرهابيات")) {
      assertEquals("delegitimizing", only("وصفت الجماعة بأنها " + w).category(), w);
    }
  }

  @Test
  void pejorativeTerms() {
    assertEquals("pejorative", only("تواصل نهب الثروات").category());
    List<LoadedTerm> two = loaded("بسبب الأطماع التوسعية");
    assertEquals(List.of("الأطماع", "التوسعية"), two.stream().map(LoadedTerm::text).toList());
    assertTrue(two.stream().allMatch(t -> t.category().equals("pejorative")));
    assertEquals("pejorative", only("تحدث عن السياسات الاستعمارية").category());
  }

  @Test
  void multiWordTermsWinOverTheirWords() {
    LoadedTerm t = only("تقدم الجيش الوطني نحو المدينة");
    assertEquals("الجيش الوطني", t.text());
    assertEquals("legitimizing", t.category());
  }

  @Test
  void anonymousAuthority() {
    LoadedTerm t = only("ويرى محللون أن الأزمة طويلة");
    assertEquals("ويرى محللون", t.text());
    assertEquals("anonymous_authority", t.category());
  }

  @Test
  void anExactLemmaKeepsItsNisba() {
    assertEquals("emotive", only("في خطوة تاريخية للبلدين").category());
    assertTrue(loaded("كتب تاريخ المدينة").isEmpty());
    assertEquals("legitimizing", only("دعم الحكومة والشرعية في البلاد").category());
  }

  @Test
  void aNameInQuotationMarksIsNoScareQuote() {
    String text = "أعلن تنظيم «داعش» مسؤوليته";
    int s = text.indexOf("داعش");
    Entity isis = new Entity("e1", EntityType.ORG, "داعش", null, null, null,
        List.of(new Mention(s, s + 4, "داعش", MentionKind.NAME)));
    assertTrue(FramingAnalyzer.shared().analyze(doc("وصلت «داعش» إلى المدينة").withEntities(List.of()))
        .loaded().size() == 1);
    String t2 = "وصلت «داعش» إلى المدينة";
    int s2 = t2.indexOf("داعش");
    Entity e2 = new Entity("e1", EntityType.ORG, "داعش", null, null, null,
        List.of(new Mention(s2, s2 + 4, "داعش", MentionKind.NAME)));
    assertTrue(FramingAnalyzer.shared().analyze(doc(t2).withEntities(List.of(e2))).loaded().isEmpty());
    assertTrue(FramingAnalyzer.shared().analyze(doc(text).withEntities(List.of(isis))).loaded().isEmpty());
  }

  private static List<String> texts(String text) {
    return loaded(text).stream().map(LoadedTerm::text).toList();
  }

  @Test
  void verbsMatchInEveryPersonTenseAndClitic() {
    for (String w : List.of("دمرت", "دمروا", "يدمر", "تدمر", "يدمرون", "ستدمر", "سيدمرون", "ودمرها")) {
      LoadedTerm t = only("قالوا إن القصف " + w + " المدينة");
      assertEquals(w, t.text());
      assertEquals("emotive", t.category(), w);
    }
    assertEquals("emotive", only("وشدد الوزير على التزام بلاده").category());
    assertEquals("emotive", only("اقتحمت القوات البلدة فجرا").category());
  }

  @Test
  void theAccusativeAlefIsAnEnding() {
    assertEquals("هائلا", only("سمع السكان انفجارا هائلا في الميناء").text());
    assertEquals("حاسما", only("أدى دورا حاسما في المفاوضات").text());
  }

  @Test
  void emotiveVocabularyOfNewsWriting() {
    assertEquals(List.of("أشعلت", "غضب", "عارمة"), texts("أشعلت الحادثة موجة غضب عارمة"));
    assertEquals(List.of("الخوف"), texts("يسود الخوف بين السكان"));
    assertEquals(List.of("الأبرز"), texts("كانت الزيارة الحدث الأبرز هذا العام"));
    assertEquals(List.of("نقلة نوعية"), texts("يمثل المركز نقلة نوعية في التدريب"));
    assertEquals(List.of("تفشي"), texts("بعد تفشي الوباء في المدينة"));
    assertEquals(List.of("قنبلة موقوتة"), texts("يشكل الملف قنبلة موقوتة للحكومة"));
  }

  @Test
  void degreeAndSuperlativeConstructionsAreOneSpan() {
    LoadedTerm t = only("ارتفعت الأسعار بشكل كبير هذا الشهر");
    assertEquals("بشكل كبير", t.text());
    assertEquals("emotive", t.category());
    assertEquals("إلى حد كبير", only("نجحت الخطة إلى حد كبير").text());
    assertEquals("عالية جدا", only("كانت نسبة الرطوبة عالية جدا").text());
    assertEquals("الأكثر تضررا", only("في المنطقة الأكثر تضررا من الوباء").text());
    assertEquals("أشد خطرا", only("أصبح الوضع أشد خطرا من قبل").text());
    assertEquals("بشكل كبير جدا", only("تراجع الإنتاج بشكل كبير جدا").text());
  }

  @Test
  void aConstructionKeepsTheCategoryOfTheLexiconTermItWidens() {
    LoadedTerm t = only("وصفوا الهجوم بأنه همجي للغاية");
    assertEquals("همجي للغاية", t.text());
    assertEquals("pejorative", t.category());
    assertEquals("بصورة وحشية", only("قتل الأسرى بصورة وحشية").text());
  }

  @Test
  void plainDegreeWordsAndComparisonsAreNotLoaded() {
    assertTrue(loaded("يعقد الاجتماع بشكل يومي").isEmpty());
    assertTrue(loaded("قتل أكثر من مئة شخص").isEmpty());
    assertTrue(loaded("بنى مصنعا كبيرا في المدينة").isEmpty());
  }

  @Test
  void aLexiconWordInANameIsNoJudgement() {
    assertTrue(loaded("بدأت إثيوبيا ملء سد النهضة").isEmpty());
    assertTrue(loaded("فاز حزب النهضة بالانتخابات").isEmpty());
    assertEquals("emotive", only("تشهد البلاد نهضة في التعليم").category());
    String text = "قال فريد زكريا إن الاقتصاد يتعافى";
    Entity zakaria = new Entity("e1", EntityType.PER, "فريد زكريا", null, null, null,
        List.of(new Mention(4, 4 + "فريد زكريا".length(), "فريد زكريا", MentionKind.NAME)));
    assertEquals(1, loaded(text).size(), "فريد alone is praise");
    assertTrue(FramingAnalyzer.shared().analyze(doc(text).withEntities(List.of(zakaria))).loaded().isEmpty());
  }

  @Test
  void theRegimeOfAPlaceOrAPersonIsALabel() {
    String text = "وندد بممارسات النظام السوري ضد المدنيين";
    int s = text.indexOf("السوري");
    Entity syria = new Entity("e1", EntityType.LOC, "سوريا", null, null, null,
        List.of(new Mention(s, s + "السوري".length(), "السوري", MentionKind.NOMINAL)));
    Framing f = FramingAnalyzer.shared().analyze(doc(text).withEntities(List.of(syria)));
    LoadedTerm regime = f.loaded().stream().filter(t -> t.category().equals("delegitimizing"))
        .findFirst().orElseThrow(() -> new AssertionError("terms: " + f.loaded()));
    assertEquals("النظام السوري", regime.text());
    assertEquals(-1.0, f.actors().get(0).score());
    assertTrue(loaded("يعتمد النظام المصرفي على الودائع").isEmpty());
    assertTrue(loaded("وندد بممارسات النظام السوري ضد المدنيين").stream()
        .noneMatch(t -> t.category().equals("delegitimizing")), "without the entity, no label");
  }

  @Test
  void wordsWhoseStrippedCoreMeansSomethingElse() {
    assertTrue(loaded("قصفت طائرات العدو المدينة").isEmpty(), "العدو is not عدوان");
    assertEquals("pejorative", only("استمر العدوان على المدينة").category());
    assertTrue(loaded("أعلنت الحكومة وصولهم إلى المطار").isEmpty(), "وصول is not وصولي");
    assertTrue(loaded("انطلقت البطولة في الدوحة").isEmpty(), "البطولة is the tournament");
    assertTrue(loaded("قدمت الشركة خدمات التأمين").isEmpty());
    assertTrue(loaded("في الحادي عشر من الشهر").isEmpty());
  }

  @Test
  void excludedFormsNeverMatch() {
    assertTrue(loaded("شرع الفريق في العمل").isEmpty());
  }

  @Test
  void scareQuotes() {
    LoadedTerm t = only("وصلت قوات ما يسمى «الثوار» إلى المدينة");
    assertEquals("«الثوار»", t.text());
    assertEquals(FramingAnalyzer.SCARE_QUOTE, t.category());
  }

  @Test
  void namesAndStatementsInQuotesAreNotScareQuotes() {
    assertTrue(loaded("قالت منظمة «العفو الدولية» إن الوضع صعب").isEmpty());
    assertTrue(loaded("قال الوزير: «لن نتراجع»").isEmpty());
    assertTrue(loaded("وحذرت مؤسسة \"اليوم السابع\" قراءها").isEmpty(), "مؤسسة folds to مءسسه");
    assertTrue(loaded("عرضته فضائية «صدى البلد» مساء أمس").isEmpty());
    assertTrue(loaded("يريد تدريب منتخب \"الطواحين\" العام المقبل").isEmpty());
  }

  @Test
  void actorFramingFromHeadNounAndAdjective() {
    String text = "هاجمت ميليشيات حكومة الوفاق الإرهابية مواقع الجيش الوطني.";
    int s = text.indexOf("حكومة الوفاق");
    Entity gna = new Entity("e1", EntityType.ORG, "حكومة الوفاق", null, null, null,
        List.of(new Mention(s, s + "حكومة الوفاق".length(), "حكومة الوفاق", MentionKind.NAME)));
    int a = text.indexOf("الجيش");
    Entity army = new Entity("e2", EntityType.ORG, "الجيش", null, null, null,
        List.of(new Mention(a, a + "الجيش الوطني".length(), "الجيش الوطني", MentionKind.NAME)));
    Framing f = FramingAnalyzer.shared().analyze(doc(text).withEntities(List.of(gna, army)));
    assertEquals(2, f.actors().size(), () -> "actors: " + f.actors());
    ActorFraming g = f.actors().get(0);
    assertEquals("e1", g.entity());
    assertEquals(-1.0, g.score());
    assertEquals(List.of("ميليشيات", "الإرهابية"), g.terms());
    ActorFraming ar = f.actors().get(1);
    assertEquals("e2", ar.entity());
    assertEquals(1.0, ar.score());
  }

  @Test
  void noEntitiesNoActors() {
    assertTrue(FramingAnalyzer.shared().analyze(doc("هاجمت الميليشيات المدينة")).actors().isEmpty());
  }

  @Test
  void emptyAndGarbageInput() {
    assertEquals(Framing.EMPTY, FramingAnalyzer.shared().analyze(doc("")));
    for (String s : List.of("«", "«»", "\"\"", "ال", "و", "«ميليشيا", "x".repeat(200))) {
      FramingAnalyzer.shared().analyze(doc(s));
    }
  }
}
