package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Full-text search over a store, with highlighted snippets and facets. Thread-safe. */
public final class StoreSearch {
  /** Facets computed for searches: name → field. */
  private static final Map<String, String> FACETS = Map.of(
      "entities", Fields.ENTITY, "outlets", Fields.OUTLET, "cameo", Fields.CAMEO_ROOT,
      "plover", Fields.PLOVER);
  private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.PUBLISHED,
      Fields.URL, Fields.SOURCES, Fields.CLUSTER);

  private final Store store;
  private final MarsadAnalyzer analyzer = new MarsadAnalyzer();

  public StoreSearch(Store store) {
    this.store = store;
  }

  public SearchResult search(SearchRequest req) {
    return store.withSearcher(s -> {
      Query q = new QueryBuilder(s.getIndexReader()).documents(req.query(), req.filters());
      int n = req.offset() + req.limit();
      TopDocs top = switch (req.sort()) {
        case RELEVANCE -> s.search(q, n);
        case NEWEST -> s.search(q, n, byDate(true));
        case OLDEST -> s.search(q, n, byDate(false));
      };
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
          Math.min(req.offset(), top.scoreDocs.length), top.scoreDocs.length);
      String[] snippets = snippets(s, q, page);
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        hits.add(hit(s, page[i], snippets[i]));
      }
      Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
      if (req.facets() > 0) {
        facets = facets(s, q, req.facets());
      }
      return new SearchResult(top.totalHits.value, hits, facets);
    });
  }

  static Sort byDate(boolean newestFirst) {
    SortField f = new SortField(Fields.DAY, SortField.Type.LONG, newestFirst);
    f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(f, SortField.FIELD_SCORE);
  }

  /** All facets in one pass over the matches. */
  private static Map<String, List<SearchResult.FacetValue>> facets(IndexSearcher s, Query q,
      int limit) throws IOException {
    List<String> names = List.of("entities", "outlets", "cameo", "plover");
    List<Counts> counts = new ArrayList<>();
    for (String n : names) {
      counts.add(new Counts(FACETS.get(n)));
    }
    DocScan.scan(s, q, reader -> {
      DocScan.DocVisitor[] vs = new DocScan.DocVisitor[counts.size()];
      for (int i = 0; i < vs.length; i++) {
        vs[i] = counts.get(i).leaf(reader);
      }
      return doc -> {
        for (DocScan.DocVisitor v : vs) {
          v.visit(doc);
        }
      };
    });
    Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      out.put(names.get(i), values(s, counts.get(i), FACETS.get(names.get(i)), limit));
    }
    return out;
  }

  static List<SearchResult.FacetValue> facet(IndexSearcher s, Query q, String field, int limit)
      throws IOException {
    Counts counts = new Counts(field);
    DocScan.scan(s, q, counts);
    return values(s, counts, field, limit);
  }

  private static List<SearchResult.FacetValue> values(IndexSearcher s, Counts counts, String field,
      int limit) throws IOException {
    List<SearchResult.FacetValue> out = new ArrayList<>();
    for (Counts.Count c : counts.top(limit)) {
      String label = field.equals(Fields.ENTITY) ? EntityLookup.label(s.getIndexReader(), c.value())
          : null;
      out.add(new SearchResult.FacetValue(c.value(), label, c.count()));
    }
    return out;
  }

  private String[] snippets(IndexSearcher s, Query q, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter h = UnifiedHighlighter.builder(s, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(java.util.Locale.ROOT))
        .build();
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    Map<String, String[]> out = h.highlightFields(new String[] {Fields.TEXT}, q, docs,
        new int[] {2});
    String[] snippets = out.get(Fields.TEXT);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) {
        snippets[i] = "";
      }
    }
    return snippets;
  }

  private static SearchResult.Hit hit(IndexSearcher s, ScoreDoc sd, String snippet) throws IOException {
    Document d = s.storedFields().document(sd.doc, HIT_FIELDS);
    List<SourceRef> sources = new ArrayList<>();
    for (String enc : d.getValues(Fields.SOURCES)) {
      sources.add(SourceRef.decode(enc));
    }
    return new SearchResult.Hit(d.get(Fields.ID), Float.isNaN(sd.score) ? 0f : sd.score,
        d.get(Fields.TITLE), d.get(Fields.PUBLISHED), d.get(Fields.URL), sources,
        d.get(Fields.CLUSTER), snippet);
  }
}
