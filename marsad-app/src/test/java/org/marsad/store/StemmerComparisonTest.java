package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/**
 * Measures Marsad's light stemming against Lucene's ArabicAnalyzer (Larkey's light stemmer) on
 * proper nouns, which must stay whole (only the article or a proclitic may go), and on common
 * words with clitics, which must lose them.
 */
class StemmerComparisonTest {
  /** Proper nouns with the stem they must keep (folded; the article removed). */
  private static final String[][] NAMES = {
    {"لبنان", "لبنان"}, {"إيران", "ايران"}, {"عمان", "عمان"}, {"السودان", "سودان"},
    {"اليمن", "يمن"}, {"الأردن", "اردن"}, {"تركيا", "تركيا"}, {"أردوغان", "اردوغان"},
    {"سوريا", "سوريا"}, {"العراق", "عراق"}, {"واشنطن", "واشنطن"}, {"لندن", "لندن"},
    {"موسكو", "موسكو"}, {"طهران", "طهران"}, {"بيروت", "بيروت"}, {"الرياض", "رياض"},
    {"حلب", "حلب"}, {"روحاني", "روحاني"}, {"نتنياهو", "نتنياهو"}, {"البحرين", "بحرين"},
    {"قطر", "قطر"}, {"الكويت", "كويت"}, {"ليبيا", "ليبيا"}, {"طرابلس", "طرابلس"},
    {"تونس", "تونس"}, {"المغرب", "مغرب"}, {"فلسطين", "فلسطين"}, {"ولبنان", "لبنان"},
    {"بإيران", "ايران"}, {"وطهران", "طهران"},
  };

  /** Common words with clitics, with the stem both should reach (folded). */
  private static final String[][] WORDS = {
    {"والحكومة", "حكومه"}, {"بالمدينة", "مدينه"}, {"وللرئيس", "رءيس"}, {"كتابهم", "كتاب"},
    {"والمدارس", "مدارس"}, {"وبحكومته", "حكومه"}, {"للوزير", "وزير"}, {"فالشعب", "شعب"},
  };

  @Test
  void marsadKeepsEveryProperNounWholeWhereLuceneCutsMany() throws IOException {
    int marsadKept = 0;
    int luceneKept = 0;
    StringBuilder table = new StringBuilder("word\tmarsad\tlucene\n");
    try (Analyzer lucene = new ArabicAnalyzer()) {
      for (String[] n : NAMES) {
        List<String> m = Terms.stems(n[0]);
        List<String> l = analyze(lucene, n[0]);
        marsadKept += m.equals(List.of(n[1])) ? 1 : 0;
        luceneKept += l.equals(List.of(ArabicNormalizer.fold(n[1]))) ? 1 : 0;
        table.append(n[0]).append('\t').append(m).append('\t').append(l).append('\n');
      }
    }
    System.out.printf("proper nouns kept whole: marsad %d/%d, lucene ArabicAnalyzer %d/%d%n%s",
        marsadKept, NAMES.length, luceneKept, NAMES.length, table);
    assertEquals(NAMES.length, marsadKept, table.toString());
    // Measured: marsad 30/30, Lucene 17/30 (لبنان → لبن, إيران → اير, طهران → طهر, ...).
    assertTrue(luceneKept <= NAMES.length - 10, "Lucene kept " + luceneKept + "\n" + table);
  }

  @Test
  void marsadStripsTheCliticsOfCommonWords() {
    for (String[] w : WORDS) {
      assertEquals(List.of(w[1]), Terms.stems(w[0]), w[0]);
    }
  }

  private static List<String> analyze(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (var ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }
}
