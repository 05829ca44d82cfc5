package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Full-text search over a store, with highlighted snippets and facets. Thread-safe. */
public final class StoreSearch {
  /** Facets computed for searches: name → field. */
  private static final Map<String, String> FACETS = Map.of(
      "entities", Fields.ENTITY, "outlets", Fields.OUTLET, "cameo", Fields.CAMEO_ROOT,
      "plover", Fields.PLOVER);
  private static final Set<String> HIT_AND_TEXT_FIELDS = Set.of(Fields.ID, Fields.TITLE,
      Fields.PUBLISHED, Fields.URL, Fields.SOURCES, Fields.CLUSTER, Fields.TEXT);

  private final Store store;
  private final MarsadAnalyzer analyzer = new MarsadAnalyzer();
  private final EntityExpander expander;

  /** Search with the shipped knowledge base's names, spellings and titles ({@link KbExpander}). */
  public StoreSearch(Store store) {
    this(store, KbExpander.shared());
  }

  /** Search with {@code expander} naming entities ({@link EntityExpander#NONE}: stored aliases only). */
  public StoreSearch(Store store, EntityExpander expander) {
    this.store = store;
    this.expander = expander;
  }

  public SearchResult search(SearchRequest req) {
    return store.withSearcher(s -> {
      QueryBuilder builder = new QueryBuilder(s.getIndexReader(), expander);
      Query q = builder.documents(req.query(), req.filters());
      int n = req.offset() + req.limit();
      FacetPass facetPass = req.facets() > 0 ? new FacetPass(s.getIndexReader()) : null;
      TopDocs top = topDocs(s, q, n, req.sort(), facetPass);
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
          Math.min(req.offset(), top.scoreDocs.length), top.scoreDocs.length);
      // One stored-fields read per hit: the hit's fields and the text the snippet comes from.
      StoredFields stored = s.storedFields();
      Document[] docs = new Document[page.length];
      for (int i = 0; i < page.length; i++) {
        docs[i] = stored.document(page[i].doc, HIT_AND_TEXT_FIELDS);
      }
      String[] snippets = snippets(s, builder.highlight(), page, docs);
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        hits.add(hit(docs[i], page[i], snippets[i]));
      }
      Map<String, List<SearchResult.FacetValue>> facets = facetPass == null ? Map.of()
          : facetPass.values(s, req.facets());
      return new SearchResult(top.totalHits.value, hits, facets);
    });
  }

  static Sort byDate(boolean newestFirst) {
    SortField f = new SortField(Fields.DAY, SortField.Type.LONG, newestFirst);
    f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(f, SortField.FIELD_SCORE);
  }

  /** Hits (with an exact total) and, when asked, facet counts, in one pass over the matches. */
  private static TopDocs topDocs(IndexSearcher s, Query q, int n, SortOrder order, FacetPass facets)
      throws IOException {
    CollectorManager<? extends Collector, ? extends TopDocs> hits = switch (order) {
      case RELEVANCE -> new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE);
      case NEWEST -> new TopFieldCollectorManager(byDate(true), n, null,
          Integer.MAX_VALUE);
      case OLDEST -> new TopFieldCollectorManager(byDate(false), n, null,
          Integer.MAX_VALUE);
    };
    if (facets == null) {
      return s.search(q, hits);
    }
    Object[] both = s.search(q, new MultiCollectorManager(hits, DocScan.manager(facets)));
    return (TopDocs) both[0];
  }

  /** Counts of every facet field, filled during the hits pass. Not thread-safe. */
  private static final class FacetPass implements DocScan.LeafScanner {
    private static final List<String> NAMES = List.of("entities", "outlets", "cameo", "plover");
    private final List<Counts> counts = new ArrayList<>();

    FacetPass(IndexReader reader) {
      for (String n : NAMES) {
        counts.add(new Counts(reader, FACETS.get(n)));
      }
    }

    @Override
    public DocScan.DocVisitor leaf(org.apache.lucene.index.LeafReader reader) throws IOException {
      DocScan.DocVisitor[] vs = new DocScan.DocVisitor[counts.size()];
      for (int i = 0; i < vs.length; i++) {
        vs[i] = counts.get(i).leaf(reader);
      }
      return doc -> {
        for (DocScan.DocVisitor v : vs) {
          v.visit(doc);
        }
      };
    }

    Map<String, List<SearchResult.FacetValue>> values(IndexSearcher s, int limit) throws IOException {
      Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
      for (int i = 0; i < NAMES.size(); i++) {
        out.put(NAMES.get(i), StoreSearch.values(s, counts.get(i), FACETS.get(NAMES.get(i)), limit));
      }
      return out;
    }
  }

  static List<SearchResult.FacetValue> facet(IndexSearcher s, Query q, String field, int limit)
      throws IOException {
    Counts counts = new Counts(s.getIndexReader(), field);
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

  /**
   * Snippets of the page's documents: sentences of the text (as loaded in {@code docs}) with the
   * query's matches marked, found from the offsets in the postings ({@link PageHighlighter}). {@code q} is the query's text
   * part ({@link QueryBuilder#highlight}), which marks the same matches as the whole query in a
   * document that matches it.
   */
  private String[] snippets(IndexSearcher s, Query q, ScoreDoc[] page, Document[] docs)
      throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    Map<Integer, String> texts = new HashMap<>();
    int[] ids = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      ids[i] = page[i].doc;
      texts.put(page[i].doc, docs[i].get(Fields.TEXT));
    }
    UnifiedHighlighter h = new PageHighlighter(s, analyzer, texts);
    Map<String, String[]> out = h.highlightFields(new String[] {Fields.TEXT}, q, ids, new int[] {2});
    String[] snippets = out.get(Fields.TEXT);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) {
        snippets[i] = "";
      }
    }
    return snippets;
  }

  private static SearchResult.Hit hit(Document d, ScoreDoc sd, String snippet) {
    List<SourceRef> sources = new ArrayList<>();
    for (String enc : d.getValues(Fields.SOURCES)) {
      sources.add(SourceRef.decode(enc));
    }
    return new SearchResult.Hit(d.get(Fields.ID), Float.isNaN(sd.score) ? 0f : sd.score,
        d.get(Fields.TITLE), d.get(Fields.PUBLISHED), d.get(Fields.URL), sources,
        d.get(Fields.CLUSTER), snippet);
  }
}
