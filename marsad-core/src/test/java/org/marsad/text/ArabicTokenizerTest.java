package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.model.Segment;
import org.marsad.model.SegmentKind;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

class ArabicTokenizerTest {
  private static final ArabicTokenizer TOKENIZER = ArabicTokenizer.shared();

  /** Segments written as "و+ب+حكومة*+ه": forms joined by +, the stem starred. */
  private static String segments(String word) {
    List<Token> tokens = TOKENIZER.tokenize(word);
    assertEquals(1, tokens.size(), "one token in " + word);
    return tokens.get(0).segments().stream()
        .map(s -> s.form() + (s.kind() == SegmentKind.STEM ? "*" : ""))
        .collect(Collectors.joining("+"));
  }

  private static List<String> texts(String text) {
    return TOKENIZER.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void segmentsConjunctionPrepositionStemAndPronoun() {
    assertEquals("و+ب+حكومة*+ه", segments("وبحكومته"));
  }

  @Test
  void restoresTehMarbutaAndAlefMaksuraBeforeAPronoun() {
    assertEquals("حكومة*+ه", segments("حكومته"));
    assertEquals("مستوى*+ه", segments("مستواه"));
  }

  @Test
  void splitsThePrepositionFromAName() {
    assertEquals("ل+أردوغان*", segments("لأردوغان"));
  }

  @Test
  void splitsTheArticleElidedAfterLam() {
    assertEquals("ل+ال+حكومة*", segments("للحكومة"));
    assertEquals("و+ل+ال+حكومة*", segments("وللحكومة"));
  }

  @Test
  void splitsConjunctionAndArticle() {
    assertEquals("و+ال+رئيس*", segments("والرئيس"));
    assertEquals("ب+ال+أمس*", segments("بالأمس"));
  }

  @Test
  void splitsTheFutureMarkerFromAVerb() {
    assertEquals("س+يزور*", segments("سيزور"));
  }

  @Test
  void splitsConjunctionsFromFrequentVerbs() {
    assertEquals("و+قال*", segments("وقال"));
    assertEquals("و+أضاف*", segments("وأضاف"));
  }

  @Test
  void keepsNamesThatBeginWithClitic_likeLettersWhole() {
    assertEquals("بغداد*", segments("بغداد"));
    assertEquals("لبنان*", segments("لبنان"));
    assertEquals("فلسطين*", segments("فلسطين"));
    assertEquals("بيروت*", segments("بيروت"));
    assertEquals("وليد*", segments("وليد"));
  }

  @Test
  void segmentsTheCliticsAroundAWholeName() {
    assertEquals("و+بغداد*", segments("وبغداد"));
    assertEquals("ب+لبنان*", segments("بلبنان"));
  }

  @Test
  void keepsWordsEndingInHehOrKafThatAreNotPronounsWhole() {
    assertEquals("اتجاه*", segments("اتجاه"));
    assertEquals("مياه*", segments("مياه"));
    assertEquals("مدرسة*", segments("مدرسة"));
    assertEquals("الله*", segments("الله"));
  }

  @Test
  void neverSplitsFirstPersonYehFromNisbaAdjectives() {
    assertEquals("عربي*", segments("عربي"));
  }

  @Test
  void keepsFunctionWordsWhole() {
    assertEquals("كما*", segments("كما"));
    assertEquals("الذي*", segments("الذي"));
  }

  @Test
  void segmentOffsetsPointIntoTheOriginalWithDiacritics() {
    String text = "وَبِحُكُومَتِهِ";
    Token t = TOKENIZER.tokenize(text).get(0);
    List<Segment> s = t.segments();
    assertEquals("وَ", text.substring(s.get(0).start(), s.get(0).end()));
    assertEquals("بِ", text.substring(s.get(1).start(), s.get(1).end()));
    assertEquals("حُكُومَتِ", text.substring(s.get(2).start(), s.get(2).end()));
    assertEquals("حكومة", s.get(2).form());
    assertEquals("هِ", text.substring(s.get(3).start(), s.get(3).end()));
  }

  @Test
  void nameStartSkipsPrepositionsButKeepsTheArticle() {
    String text = "لأردوغان والسراج للسراج";
    List<Token> tokens = TOKENIZER.tokenize(text);
    assertEquals("أردوغان", text.substring(tokens.get(0).nameStart(), tokens.get(0).end()));
    assertEquals("السراج", text.substring(tokens.get(1).nameStart(), tokens.get(1).end()));
    assertEquals("سراج", text.substring(tokens.get(2).nameStart(), tokens.get(2).end()));
  }

  @Test
  void splitsPunctuationFromWords() {
    assertEquals(List.of("قال", "،", "«", "نعم", "»", "."), texts("قال، «نعم»."));
  }

  @Test
  void keepsNumbersWithTheirSeparatorsWhole() {
    assertEquals(List.of("3.5", "1,000", "10:30", "٣٫٥"), texts("3.5 1,000 10:30 ٣٫٥"));
    assertEquals(List.of("23", "/", "12", "/", "2015"), texts("23/12/2015"));
  }

  @Test
  void keepsUrlsAndEmailsWhole() {
    List<Token> t = TOKENIZER.tokenize("انظر https://aawsat.com/home/article/410826/بريطانيا-أربعة. أو a.b@c.org");
    assertEquals("https://aawsat.com/home/article/410826/بريطانيا-أربعة", t.get(1).text());
    assertEquals(TokenKind.URL, t.get(1).kind());
    assertEquals(TokenKind.EMAIL, t.get(4).kind());
    assertEquals("a.b@c.org", t.get(4).text());
  }

  @Test
  void separatesArabicWordsFromDigitsAndLatin() {
    assertEquals(List.of("عام", "2015", "م", "CNN"), texts("عام 2015م CNN"));
  }

  @Test
  void skipsBidiControlsBetweenWords() {
    assertEquals(List.of("نص", "آخر"), texts("نص\u200F \u202Bآخر\u202C"));
  }

  @Test
  void normalizesTokensForMatching() {
    Token t = TOKENIZER.tokenize("أمـس").get(0);
    assertEquals("امس", t.norm());
    assertEquals("أمـس", t.text());
  }
}
