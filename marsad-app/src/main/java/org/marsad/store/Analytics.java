package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Analytics over the stored events and documents: events by filter, an entity's profile, the
 * actor network and counts over time. Thread-safe.
 */
public final class Analytics {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final EntityExpander expander;

  /** Analytics whose queries and entity filters use the shipped knowledge base ({@link KbExpander}). */
  public Analytics(Store store) {
    this(store, KbExpander.shared());
  }

  public Analytics(Store store, EntityExpander expander) {
    this.store = store;
    this.expander = expander;
  }

  /** A page of events (newest first) and the total number matching. */
  public record EventPage(long total, List<JsonNode> events) {}

  /** An entity with its aliases, knowledge-base data, activity and neighbours. */
  public record EntityProfile(String id, String name, JsonNode kb, List<String> aliases,
      long documents, Map<String, Long> eventsByType, Map<String, Map<String, Long>> eventsByMonth,
      List<SearchResult.FacetValue> cooccurring, List<SearchResult.FacetValue> interacting) {}

  /** Nodes are entities (weighted by their events); edges count events by QuadClass. */
  public record Network(List<Node> nodes, List<Edge> edges) {
    public record Node(String id, String label, long events) {}

    public record Edge(String source, String target, long events, Map<String, Long> quadClass) {}
  }

  /** Bucket size of a timeline. */
  public enum Interval {
    DAY, WEEK, MONTH;

    public static Interval parse(String s) {
      if (s == null || s.isBlank()) {
        return DAY;
      }
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException("interval: '" + s + "' is not day, week or month");
      }
    }

    String bucket(LocalDate d) {
      return switch (this) {
        case DAY -> d.toString();
        case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        case MONTH -> d.toString().substring(0, 7);
      };
    }
  }

  /** One bucket: its first day (or month, {@code YYYY-MM}) and the count in it. */
  public record Bucket(String bucket, long count) {}

  public EventPage events(Filters f, int offset, int limit) {
    if (limit < 1 || limit > 1000 || offset < 0 || offset > 100_000) {
      throw new InvalidRequestException("page: offset " + offset + " and limit " + limit
          + " must be within 0-100000 and 1-1000");
    }
    return store.withSearcher(s -> {
      Query q = new QueryBuilder(s.getIndexReader(), expander).events(f);
      TopDocs top = s.search(q, offset + limit, StoreSearch.byDate(true));
      List<JsonNode> out = new ArrayList<>();
      for (int i = offset; i < top.scoreDocs.length; i++) {
        out.add(JSON.readTree(s.storedFields().document(top.scoreDocs[i].doc, Set.of(Fields.JSON))
            .get(Fields.JSON)));
      }
      return new EventPage(top.totalHits.value, out);
    });
  }

  public Optional<EntityProfile> entity(String id) {
    return store.withSearcher(s -> {
      var reader = s.getIndexReader();
      Query docs = new BooleanQuery.Builder()
          .add(Store.docsOnly(), Occur.FILTER)
          .add(new TermQuery(new Term(Fields.ENTITY, id)), Occur.FILTER)
          .build();
      long n = s.count(docs);
      if (n == 0) {
        return Optional.empty();
      }
      Query events = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_EVENT)), Occur.FILTER)
          .add(new TermQuery(new Term(Fields.ENTITY, id)), Occur.FILTER)
          .build();
      Map<String, Long> byType = new TreeMap<>();
      Map<String, Map<String, Long>> byMonth = new TreeMap<>();
      Map<String, Long> partners = new HashMap<>();
      DocScan.scan(s, events, r -> {
        SortedSetDocValues plover = DocValues.getSortedSet(r, Fields.PLOVER);
        SortedSetDocValues root = DocValues.getSortedSet(r, Fields.CAMEO_ROOT);
        SortedSetDocValues src = DocValues.getSortedSet(r, Fields.EVENT_SOURCE);
        SortedSetDocValues tgt = DocValues.getSortedSet(r, Fields.EVENT_TARGET);
        NumericDocValues day = DocValues.getNumeric(r, Fields.DAY);
        return doc -> {
          String type = first(plover, doc);
          if (type == null) {
            type = first(root, doc);
          }
          type = type == null ? "unknown" : type;
          byType.merge(type, 1L, Long::sum);
          String month = day.advanceExact(doc) ? LocalDate.ofEpochDay(day.longValue()).toString()
              .substring(0, 7) : "unknown";
          byMonth.computeIfAbsent(month, k -> new TreeMap<>()).merge(type, 1L, Long::sum);
          String a = first(src, doc);
          String b = first(tgt, doc);
          String other = id.equals(a) ? b : a;
          if (other != null && !other.equals(id)) {
            partners.merge(other, 1L, Long::sum);
          }
        };
      });
      List<SearchResult.FacetValue> cooc = new ArrayList<>();
      for (SearchResult.FacetValue v : StoreSearch.facet(s, docs, Fields.ENTITY, 11)) {
        if (!v.value().equals(id) && cooc.size() < 10) {
          cooc.add(v);
        }
      }
      List<SearchResult.FacetValue> inter = new ArrayList<>();
      partners.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(10)
          .forEach(e -> inter.add(label(s, e.getKey(), e.getValue())));
      return Optional.of(new EntityProfile(id, EntityLookup.label(reader, id), kbData(s, docs, id),
          EntityLookup.surfaces(reader, id), n, byType, byMonth, cooc, inter));
    });
  }

  public Network network(Filters f, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidRequestException("limit: " + limit + " is out of range (1 to 1000)");
    }
    return store.withSearcher(s -> {
      Query q = new QueryBuilder(s.getIndexReader(), expander).events(f);
      Map<String, long[]> edges = new HashMap<>();
      DocScan.scan(s, q, r -> {
        SortedSetDocValues src = DocValues.getSortedSet(r, Fields.EVENT_SOURCE);
        SortedSetDocValues tgt = DocValues.getSortedSet(r, Fields.EVENT_TARGET);
        SortedSetDocValues root = DocValues.getSortedSet(r, Fields.CAMEO_ROOT);
        return doc -> {
          String a = first(src, doc);
          String b = first(tgt, doc);
          if (a == null || b == null || a.equals(b)) {
            return;
          }
          long[] c = edges.computeIfAbsent(a + Fields.SEP + b, k -> new long[5]);
          c[0]++;
          QuadClass qc = QuadClass.ofRoot(first(root, doc));
          if (qc != null) {
            c[1 + qc.ordinal()]++;
          }
        };
      });
      List<Map.Entry<String, long[]>> top = new ArrayList<>(edges.entrySet());
      top.sort(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
          .thenComparing(Map.Entry::getKey));
      List<Network.Edge> out = new ArrayList<>();
      Map<String, Long> weight = new LinkedHashMap<>();
      for (var e : top.subList(0, Math.min(limit, top.size()))) {
        String[] ab = e.getKey().split(String.valueOf(Fields.SEP), 2);
        long[] c = e.getValue();
        Map<String, Long> byQuad = new LinkedHashMap<>();
        for (QuadClass qc : QuadClass.values()) {
          byQuad.put(qc.name().toLowerCase(Locale.ROOT), c[1 + qc.ordinal()]);
        }
        out.add(new Network.Edge(ab[0], ab[1], c[0], byQuad));
        weight.merge(ab[0], c[0], Long::sum);
        weight.merge(ab[1], c[0], Long::sum);
      }
      List<Network.Node> nodes = new ArrayList<>();
      for (var w : weight.entrySet()) {
        nodes.add(new Network.Node(w.getKey(), EntityLookup.label(s.getIndexReader(), w.getKey()),
            w.getValue()));
      }
      return new Network(nodes, out);
    });
  }

  /** Documents (or events) matching a query and filters, counted per bucket of time. */
  public List<Bucket> timeline(String query, Filters f, Interval interval, boolean events) {
    return store.withSearcher(s -> {
      QueryBuilder qb = new QueryBuilder(s.getIndexReader(), expander);
      Query q = events ? qb.events(f) : qb.documents(query, f);
      Map<String, Long> counts = new TreeMap<>();
      DocScan.scan(s, q, r -> {
        NumericDocValues day = DocValues.getNumeric(r, Fields.DAY);
        return doc -> {
          if (day.advanceExact(doc)) {
            counts.merge(interval.bucket(LocalDate.ofEpochDay(day.longValue())), 1L, Long::sum);
          }
        };
      });
      List<Bucket> out = new ArrayList<>();
      counts.forEach((k, v) -> out.add(new Bucket(k, v)));
      return out;
    });
  }

  private static SearchResult.FacetValue label(IndexSearcher s, String key, long count) {
    try {
      return new SearchResult.FacetValue(key, EntityLookup.label(s.getIndexReader(), key), count);
    } catch (IOException e) {
      throw new StoreException("cannot read entity labels", e);
    }
  }

  /** The entity as one document describes it: type, name, English name, KB id, CAMEO actor. */
  private static JsonNode kbData(IndexSearcher s, Query docs, String id) throws IOException {
    TopDocs top = s.search(docs, 1);
    for (ScoreDoc sd : top.scoreDocs) {
      JsonNode doc = JSON.readTree(s.storedFields().document(sd.doc, Set.of(Fields.JSON)).get(Fields.JSON));
      for (JsonNode e : doc.path("entities")) {
        String kb = e.path("kb").isTextual() ? e.path("kb").asText() : null;
        String key = kb != null ? kb : EntityKeys.NAME_PREFIX + Terms.nameKey(e.path("name").asText(""));
        if (key.equals(id)) {
          var o = JSON.createObjectNode();
          o.set("type", e.path("type"));
          o.set("name", e.path("name"));
          o.set("name_en", e.path("name_en"));
          o.set("kb", e.path("kb"));
          o.set("actor", e.path("actor"));
          return o;
        }
      }
    }
    return null;
  }

  private static String first(SortedSetDocValues dv, int doc) throws IOException {
    return dv.advanceExact(doc) ? dv.lookupOrd(dv.nextOrd()).utf8ToString() : null;
  }
}
