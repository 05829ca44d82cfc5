package org.marsad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.KnowledgeBase;

/** The benchmark's query mix: distinct, reproducible, made of the corpus's own words and names. */
class SearchQueriesTest {
  private static final List<String> CORPUS = List.of(
      "{\"title\": \"وزير الخارجية يبحث مع نظيره التعاون الاقتصادي بين البلدين\", \"text\": "
          + "\"أكدت السعودية أن التعاون مع الشركاء مستمر.\", \"source\": \"okaz\", \"published\": \"2015-07-21\"}",
      "{\"title\": \"ارتفاع أسعار النفط في الأسواق العالمية مع تراجع المخزونات\", \"text\": "
          + "\"قالت السعودية إن الإنتاج مستقر.\", \"source\": \"alriyadh\", \"published\": \"2015-07-25\"}",
      "{\"title\": \"افتتاح معرض الكتاب الدولي في الرياض بمشاركة واسعة\", \"text\": "
          + "\"تستضيف السعودية المعرض للمرة العاشرة.\", \"source\": \"okaz\", \"published\": \"2015-08-02\"}",
      "{\"title\": \"الأرصاد تتوقع أمطارا رعدية على المنطقة الشرقية\", \"text\": "
          + "\"\", \"source\": \"sabq\", \"published\": \"2015-08-03\"}");

  private static Set<String> mix(Path dir, int n) throws IOException {
    return mix(dir, CORPUS, n);
  }

  private static Set<String> mix(Path dir, List<String> lines, int n) throws IOException {
    Path corpus = dir.resolve("c.jsonl");
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    return SearchQueries.fromCorpus(corpus, n, KnowledgeBase.shared());
  }

  @Test
  void linesAreDistinctCorpusWordsOrNamesWithValidOptions(@TempDir Path dir) throws IOException {
    Set<String> lines = mix(dir, 60);
    assertEquals(60, lines.size());
    Set<String> words = new HashSet<>();
    for (String json : CORPUS.subList(0, 3)) {
      words.addAll(SearchQueries.words(json));
    }
    boolean name = false;
    boolean option = false;
    for (String line : lines) {
      String[] parts = line.split("\t", 2);
      for (String w : SearchQueries.words(parts[0])) {
        assertTrue(words.contains(w), w + " in " + line);
      }
      name |= parts[0].equals("السعودية");
      if (parts.length > 1) {
        option = true;
        String o = parts[1];
        if (o.startsWith("from=")) {
          LocalDate from = LocalDate.parse(o.substring(5, 15));
          assertTrue(!from.isBefore(LocalDate.parse("2015-07-21"))
              && !from.isAfter(LocalDate.parse("2015-08-02")), line);
        } else {
          assertTrue(Set.of("outlet=okaz", "outlet=alriyadh", "sort=date", "offset=10", "facets=0")
              .contains(o), line);
        }
      }
    }
    assertTrue(name, "a KB name the corpus uses three times is a query: " + lines);
    assertTrue(option, "some lines carry options");
  }

  @Test
  void theSameCorpusGivesTheSameMix(@TempDir Path dir) throws IOException {
    assertEquals(List.copyOf(mix(dir, 40)), List.copyOf(mix(dir, 40)));
  }

  @Test
  void aCorpusTooSmallForTheCountGivesWhatItHas(@TempDir Path dir) throws IOException {
    Set<String> lines = mix(dir, List.of("{\"title\": \"أمطار رعدية\", \"text\": \"هطلت أمطار.\"}"), 1000);
    // Title spans, text spans, a phrase, an exclusion; each alone or with one of the three
    // options that need no dates or outlets (the record has neither).
    Set<String> queries = Set.of("أمطار", "رعدية", "أمطار رعدية", "هطلت", "هطلت أمطار",
        "\"أمطار رعدية\"", "أمطار -رعدية", "رعدية -أمطار");
    assertEquals(queries, Set.copyOf(lines.stream().map(l -> l.split("\t")[0]).toList()));
    assertEquals(queries.size() * 4, lines.size());
  }
}
