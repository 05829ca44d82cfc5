package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Document;
import org.marsad.model.EntityType;

/**
 * The page highlighter marks exactly what Lucene's own highlighter marks with the whole query
 * (filters and exclusions included), on a store of several segments.
 */
class PageHighlighterTest {
  private static final String[] TEXTS = {
      "التقى أردوغان بالسراج في إسطنبول. وبحث معه الوضع في ليبيا وبحكومته الجديدة. وقال إن تركيا"
          + " ستدعم حكومة الوفاق في طرابلس.",
      "قال الرئيس التركي إن بلاده سترسل قوات إلى ليبيا. وأضاف أن حكومة الوفاق طلبت الدعم."
          + " ورفضت اليونان الاتفاق البحري.",
      "ارتفعت أسعار النفط في الأسواق العالمية. وقالت الحكومة إنها تتابع الأسواق."
          + " وتراجعت المخزونات الأمريكية.",
      "انتقد أوردغان موقف اليونان من الاتفاق البحري. وقال إن ليبيا شريك."};

  @Test
  void marksWhatTheStockHighlighterMarksWithTheWholeQuery(@TempDir Path dir) throws IOException {
    try (Store store = Store.open(dir)) {
      String[] outlets = {"aawsat", "okaz", "sabq", "aawsat"};
      for (int i = 0; i < TEXTS.length; i++) {
        Document d = Docs.doc("d" + i, "2019-12-1" + i, outlets[i], TEXTS[i]);
        if (TEXTS[i].contains("أردوغان") || TEXTS[i].contains("الرئيس التركي")) {
          d = d.withEntities(List.of(Docs.entity(d, "e1", EntityType.PER, "رجب طيب أردوغان",
              "Q39259", TEXTS[i].contains("أردوغان") ? "أردوغان" : "الرئيس التركي")));
        }
        Docs.add(store, d);
        store.commit();
      }
      store.refresh();
      Filters aawsat = new Filters(null, null, List.of("aawsat"), List.of(), List.of(), List.of(),
          null, null);
      Filters dated = new Filters(LocalDate.parse("2019-12-11"), null, List.of(), List.of(),
          List.of(), List.of(), null, null);
      int marked = 0;
      for (Object[] c : new Object[][] {{"ليبيا", Filters.NONE}, {"ليبيا -طرابلس", Filters.NONE},
          {"ليبيا", aawsat}, {"أردوغان", Filters.NONE}, {"أردوغان ليبيا", dated},
          {"\"حكومة الوفاق\"", Filters.NONE}, {"الأسواق الحكومة", Filters.NONE},
          {"", aawsat}, {"اليونان -\"الاتفاق البحري\"", Filters.NONE}}) {
        String q = (String) c[0];
        Filters f = (Filters) c[1];
        String[][] both = store.withSearcher(s -> snippets(s, q, f));
        assertArrayEquals(both[0], both[1], q);
        for (String snippet : both[1]) {
          marked += snippet.contains("<mark>") ? 1 : 0;
        }
      }
      assertTrue(marked >= 10, "snippets with marks: " + marked);
    }
  }

  /** The stock highlighter's snippets for the whole query, then the page highlighter's. */
  private static String[][] snippets(IndexSearcher s, String q, Filters f) throws IOException {
    assertEquals(4, s.getIndexReader().leaves().size());
    QueryBuilder builder = new QueryBuilder(s.getIndexReader(), KbExpander.shared());
    Query whole = builder.documents(q, f);
    ScoreDoc[] hits = s.search(whole, 10).scoreDocs;
    int[] ids = new int[hits.length];
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < hits.length; i++) {
      ids[i] = hits[i].doc;
      texts.put(ids[i], s.storedFields().document(ids[i]).get(Fields.TEXT));
    }
    MarsadAnalyzer analyzer = new MarsadAnalyzer();
    UnifiedHighlighter stock = UnifiedHighlighter.builder(s, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(Locale.ROOT))
        .build();
    String[] expected = stock.highlightFields(new String[] {Fields.TEXT}, whole, ids,
        new int[] {2}).get(Fields.TEXT);
    String[] actual = new PageHighlighter(s, analyzer, texts).highlightFields(
        new String[] {Fields.TEXT}, builder.highlight(), ids, new int[] {2}).get(Fields.TEXT);
    return new String[][] {expected, actual};
  }
}
