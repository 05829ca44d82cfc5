package org.marsad.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
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
import org.apache.lucene.search.TotalHits;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KbRole;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.EntityType;

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
      List<SearchResult.FacetValue> cooccurring, List<SearchResult.FacetValue> interacting,
      List<SearchResult.FacetValue> partners, List<SearchResult.FacetValue> adversaries,
      List<RolePeriod> roles) {}

  /**
   * A role the knowledge base gives the entity: a position ({@code HOS}, {@code FM}, ... or
   * {@code -} for an actor code alone) within a scope (a country code or an organization key, with
   * its Arabic and English names where the KB has them), the CAMEO actor code it confers and its
   * dates ({@code from} inclusive, {@code to} exclusive; null when open), earliest first.
   */
  public record RolePeriod(String role, String scope, String scopeName, String scopeNameEn,
      String actor, String from, String to) {}

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

  /**
   * One bucket: its first day (or month, {@code YYYY-MM}), the count in it and, when the timeline
   * is broken down ({@link Breakdown}), the count per type (omitted otherwise).
   */
  public record Bucket(String bucket, long count,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Long> by) {
    public Bucket(String bucket, long count) {
      this(bucket, count, null);
    }
  }

  /**
   * How a timeline of events splits each bucket: by PLOVER type ({@code none} for CAMEO codes
   * without one) or by QuadClass ({@code verbal_cooperation} ... {@code material_conflict},
   * {@code none} when the CAMEO root has none).
   */
  public enum Breakdown {
    PLOVER, QUAD_CLASS;

    /** {@code plover} or {@code quad_class}; null or blank means no breakdown (null). */
    public static Breakdown parse(String s) {
      if (s == null || s.isBlank()) {
        return null;
      }
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "plover" -> PLOVER;
        case "quad_class", "quadclass" -> QUAD_CLASS;
        default -> throw new InvalidRequestException("by: '" + s + "' is not plover or quad_class");
      };
    }
  }

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
      // a sorted search counts exactly only up to a threshold; past it, count the matches
      long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : s.count(q);
      return new EventPage(total, out);
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
      Map<String, Long> cooperation = new HashMap<>();
      Map<String, Long> conflict = new HashMap<>();
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
            QuadClass qc = QuadClass.ofRoot(first(root, doc));
            if (qc == QuadClass.VERBAL_COOPERATION || qc == QuadClass.MATERIAL_COOPERATION) {
              cooperation.merge(other, 1L, Long::sum);
            } else if (qc != null) {
              conflict.merge(other, 1L, Long::sum);
            }
          }
        };
      });
      List<SearchResult.FacetValue> cooc = new ArrayList<>();
      for (SearchResult.FacetValue v : StoreSearch.facet(s, docs, Fields.ENTITY, 11)) {
        if (!v.value().equals(id) && cooc.size() < 10) {
          cooc.add(v);
        }
      }
      return Optional.of(new EntityProfile(id, EntityLookup.label(reader, id), kbData(s, docs, id),
          EntityLookup.surfaces(reader, id), n, byType, byMonth, cooc, top(s, partners),
          top(s, cooperation), top(s, conflict), roles(id)));
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
    return timeline(query, f, interval, events, null);
  }

  /**
   * Documents (or events) matching a query and filters, counted per bucket of time; events may
   * also be counted per PLOVER type or QuadClass within each bucket ({@code by} non-null).
   */
  public List<Bucket> timeline(String query, Filters f, Interval interval, boolean events,
      Breakdown by) {
    if (by != null && !events) {
      throw new InvalidRequestException("by: only a timeline of events (of=events) is broken down");
    }
    return store.withSearcher(s -> {
      QueryBuilder qb = new QueryBuilder(s.getIndexReader(), expander);
      Query q = events ? qb.events(f) : qb.documents(query, f);
      Map<String, Long> counts = new TreeMap<>();
      Map<String, Map<String, Long>> split = new HashMap<>();
      DocScan.scan(s, q, r -> {
        NumericDocValues day = DocValues.getNumeric(r, Fields.DAY);
        SortedSetDocValues types = DocValues.getSortedSet(r,
            by == Breakdown.QUAD_CLASS ? Fields.CAMEO_ROOT : Fields.PLOVER);
        Map<Long, String> names = new HashMap<>(); // this segment's ordinals, looked up once
        return doc -> {
          if (!day.advanceExact(doc)) {
            return;
          }
          String bucket = interval.bucket(LocalDate.ofEpochDay(day.longValue()));
          counts.merge(bucket, 1L, Long::sum);
          if (by != null) {
            String key = "none";
            if (types.advanceExact(doc)) {
              long ord = types.nextOrd();
              key = names.get(ord);
              if (key == null) {
                key = breakdownKey(by, types.lookupOrd(ord).utf8ToString());
                names.put(ord, key);
              }
            }
            split.computeIfAbsent(bucket, k -> new TreeMap<>()).merge(key, 1L, Long::sum);
          }
        };
      });
      List<Bucket> out = new ArrayList<>();
      counts.forEach((k, v) -> out.add(new Bucket(k, v, by == null ? null : split.get(k))));
      return out;
    });
  }

  /** The key an event's PLOVER type or CAMEO root counts under in a broken-down timeline. */
  private static String breakdownKey(Breakdown by, String value) {
    if (by == Breakdown.PLOVER) {
      return value;
    }
    QuadClass qc = QuadClass.ofRoot(value);
    return qc == null ? "none" : qc.name().toLowerCase(Locale.ROOT);
  }

  /** The ten keys with the highest counts (ties by key), labelled. */
  private static List<SearchResult.FacetValue> top(IndexSearcher s, Map<String, Long> counts) {
    List<SearchResult.FacetValue> out = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(10)
        .forEach(e -> out.add(label(s, e.getKey(), e.getValue())));
    return out;
  }

  /** The entity's roles in the shipped knowledge base, earliest first (undated ones last). */
  static List<RolePeriod> roles(String id) {
    KnowledgeBase kb = KnowledgeBase.shared();
    KbEntry e = kb.get(id);
    if (e == null) {
      return List.of();
    }
    List<KbRole> sorted = new ArrayList<>(e.roles());
    sorted.sort(Comparator.comparing((KbRole r) -> r.from() == null ? (r.dated() ? LocalDate.MIN
        : LocalDate.MAX) : r.from()).thenComparing(KbRole::role));
    List<RolePeriod> out = new ArrayList<>();
    for (KbRole r : sorted) {
      KbEntry scope = scopeEntry(kb, r.scope());
      out.add(new RolePeriod(r.role(), r.scope(), scope == null ? null : scope.name(),
          scope == null ? null : scope.nameEn(), r.actor(),
          r.from() == null ? null : r.from().toString(), r.to() == null ? null : r.to().toString()));
    }
    return out;
  }

  /** The KB entry a role's scope names: an entry with that id, else the country with that code. */
  private static KbEntry scopeEntry(KnowledgeBase kb, String scope) {
    if (scope == null || scope.equals("-")) {
      return null;
    }
    KbEntry e = kb.get(scope);
    if (e != null) {
      return e;
    }
    e = kb.get("marsad:country/" + scope);
    if (e != null) {
      return e;
    }
    return COUNTRIES_BY_CODE.computeIfAbsent(kb, Analytics::countriesByCode).get(scope);
  }

  private static final Map<KnowledgeBase, Map<String, KbEntry>> COUNTRIES_BY_CODE =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** Country entries (their own actor code is their country code) by code. */
  private static Map<String, KbEntry> countriesByCode(KnowledgeBase kb) {
    Map<String, KbEntry> out = new HashMap<>();
    for (KbEntry e : kb.entries()) {
      if (e.country() != null && e.country().equals(e.actor()) && e.type() == EntityType.LOC
          && e.roles().isEmpty()) {
        out.putIfAbsent(e.country(), e);
      }
    }
    return out;
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
