package org.marsad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventArgument;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.model.Token;
import org.marsad.pipeline.PublishedDates;
import org.marsad.text.MinHash;

/**
 * Turns an analyzed document into its Lucene entries: one entry per event, then the document
 * entry, added as one block so that an update replaces all of them atomically.
 */
final class LuceneDocs {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Body: terms with positions and offsets (for phrases and postings-based highlighting), stored. */
  static final FieldType TEXT_TYPE = new FieldType();

  static {
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    TEXT_TYPE.freeze();
  }

  /** Everything the store knows about a document besides its analysis. */
  record StoredDoc(Document doc, String json, String textHash, int[] minhash, String cluster,
      List<SourceRef> sources, List<String> altIds) {}

  private LuceneDocs() {}

  static List<org.apache.lucene.document.Document> build(StoredDoc s) {
    Document doc = s.doc();
    Map<String, String> keys = entityKeys(doc);
    List<String> outlets = outlets(s);
    List<org.apache.lucene.document.Document> out = new ArrayList<>();
    for (Event ev : doc.events()) {
      out.add(eventEntry(doc, ev, keys, outlets));
    }
    out.add(docEntry(s, keys, outlets));
    return out;
  }

  private static org.apache.lucene.document.Document docEntry(StoredDoc s, Map<String, String> keys,
      List<String> outlets) {
    Document doc = s.doc();
    var d = new org.apache.lucene.document.Document();
    String id = doc.meta().id();
    d.add(new StringField(Fields.KIND, Fields.KIND_DOC, Field.Store.NO));
    keyword(d, Fields.ID, id, true);
    for (String alt : s.altIds()) {
      d.add(new StringField(Fields.ALT_ID, alt, Field.Store.YES));
      d.add(new SortedSetDocValuesField(Fields.ALT_ID, new BytesRef(alt)));
    }
    d.add(new Field(Fields.TEXT, doc.text(), TEXT_TYPE) {
      @Override
      public org.apache.lucene.analysis.TokenStream tokenStream(
          org.apache.lucene.analysis.Analyzer analyzer, org.apache.lucene.analysis.TokenStream reuse) {
        return new TermStream(bodyTerms(doc, keys));
      }
    });
    if (doc.meta().title() != null) {
      d.add(new TextField(Fields.TITLE, doc.meta().title(), Field.Store.YES));
    }
    if (doc.meta().url() != null) {
      d.add(new StoredField(Fields.URL, doc.meta().url()));
    }
    LocalDate published = doc.meta().published();
    if (published != null) {
      day(d, published);
      d.add(new StoredField(Fields.PUBLISHED, published.toString()));
    }
    for (String o : outlets) {
      multiKeyword(d, Fields.OUTLET, o);
    }
    for (SourceRef r : s.sources()) {
      d.add(new StoredField(Fields.SOURCES, r.encode()));
    }
    Set<String> entityKeys = new LinkedHashSet<>(keys.values());
    for (String k : entityKeys) {
      multiKeyword(d, Fields.ENTITY, k);
    }
    for (Entity e : doc.entities()) {
      String key = keys.get(e.id());
      if (e.name() != null) {
        d.add(new StringField(Fields.ENTITY_LABEL, key + Fields.SEP + e.name(), Field.Store.NO));
      }
      for (Mention m : e.mentions()) {
        d.add(new StringField(Fields.ENTITY_SURFACE, key + Fields.SEP + m.text(), Field.Store.NO));
      }
      for (String alias : aliases(e)) {
        d.add(new StringField(Fields.ALIAS_TO_KEY, alias + Fields.SEP + key, Field.Store.NO));
        d.add(new StringField(Fields.KEY_TO_ALIAS, key + Fields.SEP + alias, Field.Store.NO));
      }
    }
    Set<String> cameo = new LinkedHashSet<>();
    Set<String> roots = new LinkedHashSet<>();
    Set<String> plover = new LinkedHashSet<>();
    StringBuilder locations = new StringBuilder();
    for (Event ev : s.doc().events()) {
      addIfPresent(cameo, ev.cameo());
      addIfPresent(roots, QuadClass.root(ev.cameo()));
      addIfPresent(plover, ev.plover());
      if (ev.location() != null && ev.location().text() != null) {
        locations.append(ev.location().text()).append('\n');
      }
    }
    cameo.forEach(c -> multiKeyword(d, Fields.CAMEO, c));
    roots.forEach(r -> multiKeyword(d, Fields.CAMEO_ROOT, r));
    plover.forEach(p -> multiKeyword(d, Fields.PLOVER, p));
    if (locations.length() > 0) {
      d.add(new TextField(Fields.LOCATION, locations.toString(), Field.Store.NO));
    }
    if (s.cluster() != null) {
      keyword(d, Fields.CLUSTER, s.cluster(), true);
    }
    keyword(d, Fields.TEXT_HASH, s.textHash(), false);
    if (s.minhash() != null) {
      d.add(new BinaryDocValuesField(Fields.MINHASH, new BytesRef(MinHash.toBytes(s.minhash()))));
    }
    d.add(new StoredField(Fields.JSON, s.json()));
    return d;
  }

  private static org.apache.lucene.document.Document eventEntry(Document doc, Event ev,
      Map<String, String> keys, List<String> outlets) {
    var d = new org.apache.lucene.document.Document();
    d.add(new StringField(Fields.KIND, Fields.KIND_EVENT, Field.Store.NO));
    keyword(d, Fields.ID, doc.meta().id(), true);
    LocalDate date = eventDate(ev, doc.meta().published());
    if (date != null) {
      day(d, date);
    }
    outlets.forEach(o -> multiKeyword(d, Fields.OUTLET, o));
    addIfPresent(d, Fields.CAMEO, ev.cameo());
    addIfPresent(d, Fields.CAMEO_ROOT, QuadClass.root(ev.cameo()));
    addIfPresent(d, Fields.PLOVER, ev.plover());
    String src = argumentKey(ev.source(), keys);
    String tgt = argumentKey(ev.target(), keys);
    addIfPresent(d, Fields.EVENT_SOURCE, src);
    addIfPresent(d, Fields.EVENT_TARGET, tgt);
    if (src != null) {
      multiKeyword(d, Fields.ENTITY, src);
    }
    if (tgt != null && !tgt.equals(src)) {
      multiKeyword(d, Fields.ENTITY, tgt);
    }
    if (ev.location() != null && ev.location().text() != null) {
      d.add(new TextField(Fields.LOCATION, ev.location().text(), Field.Store.NO));
    }
    d.add(new StoredField(Fields.JSON, eventJson(doc, ev, keys, date, src, tgt)));
    return d;
  }

  private static String eventJson(Document doc, Event ev, Map<String, String> keys, LocalDate date,
      String src, String tgt) {
    ObjectNode o = JSON.createObjectNode();
    o.put("document", doc.meta().id());
    o.put("event", ev.id());
    o.put("cameo", ev.cameo());
    o.put("cameo_root", QuadClass.root(ev.cameo()));
    QuadClass q = QuadClass.ofRoot(QuadClass.root(ev.cameo()));
    o.put("quad_class", q == null ? null : q.name().toLowerCase(java.util.Locale.ROOT));
    o.put("plover", ev.plover());
    o.put("date", date == null ? null : date.toString());
    o.put("published", doc.meta().published() == null ? null : doc.meta().published().toString());
    o.put("title", doc.meta().title());
    o.put("outlet", doc.meta().source());
    o.put("trigger", ev.trigger() == null ? null : ev.trigger().text());
    argument(o, "source", ev.source(), src);
    argument(o, "target", ev.target(), tgt);
    if (ev.location() == null) {
      o.putNull("location");
    } else {
      ObjectNode l = o.putObject("location");
      l.put("entity", ev.location().entity() == null ? null : keys.get(ev.location().entity()));
      l.put("text", ev.location().text());
    }
    o.put("modality", ev.modality() == null ? null : ev.modality().jsonName());
    o.put("confidence", ev.confidence());
    if (ev.sentence() >= 0 && ev.sentence() < doc.sentences().size()) {
      var sent = doc.sentences().get(ev.sentence());
      o.put("sentence", doc.text().substring(sent.start(), sent.end()));
    }
    return o.toString();
  }

  private static void argument(ObjectNode o, String name, EventArgument a, String key) {
    if (a == null) {
      o.putNull(name);
      return;
    }
    ObjectNode n = o.putObject(name);
    n.put("entity", key);
    n.put("text", a.text());
    n.put("actor", a.actor());
  }

  /**
   * Stems, exact forms and entity terms of the body, in offset order. A mention's entity term is
   * stacked on the token it starts in, so that highlighting marks the mention's own span.
   */
  static List<TermStream.Entry> bodyTerms(Document doc, Map<String, String> keys) {
    List<Mention> mentions = new ArrayList<>();
    Map<Mention, String> mentionKey = new HashMap<>();
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        mentions.add(m);
        mentionKey.put(m, keys.get(e.id()));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    List<Token> tokens = doc.tokens();
    List<TermStream.Entry> out = new ArrayList<>(tokens.size() * 2 + mentions.size());
    int m = 0;
    boolean any = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String stem = Terms.stem(t);
      if (stem == null) {
        continue;
      }
      while (m < mentions.size() && mentions.get(m).start() < t.start()) {
        Mention x = mentions.get(m++);
        out.add(new TermStream.Entry(Fields.ENTITY_TERM + mentionKey.get(x), x.start(), x.end(), any));
        any = true;
      }
      out.add(new TermStream.Entry(stem, t.start(), t.end(), false));
      out.add(new TermStream.Entry(Terms.exact(t), t.start(), t.end(), true));
      any = true;
    }
    while (m < mentions.size()) {
      Mention x = mentions.get(m++);
      out.add(new TermStream.Entry(Fields.ENTITY_TERM + mentionKey.get(x), x.start(), x.end(), any));
      any = true;
    }
    return out;
  }

  static Map<String, String> entityKeys(Document doc) {
    Map<String, String> keys = new HashMap<>();
    for (Entity e : doc.entities()) {
      keys.put(e.id(), EntityKeys.of(e));
    }
    return keys;
  }

  /** Name keys of what an entity is called: its name, English name and named or titled mentions. */
  static Set<String> aliases(Entity e) {
    Set<String> out = new LinkedHashSet<>();
    addAlias(out, e.name());
    addAlias(out, e.nameEn());
    for (Mention m : e.mentions()) {
      if (m.kind() != MentionKind.NOMINAL) {
        addAlias(out, m.text());
      }
    }
    return out;
  }

  private static void addAlias(Set<String> out, String name) {
    if (name != null) {
      String k = Terms.nameKey(name);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
  }

  private static String argumentKey(EventArgument a, Map<String, String> keys) {
    if (a == null) {
      return null;
    }
    if (a.entity() != null && keys.containsKey(a.entity())) {
      return keys.get(a.entity());
    }
    return a.text() == null || a.text().isBlank() ? null
        : EntityKeys.NAME_PREFIX + Terms.nameKey(a.text());
  }

  static LocalDate eventDate(Event ev, LocalDate published) {
    if (ev.date() != null && ev.date().length() >= 10) {
      try {
        return PublishedDates.parse(ev.date().substring(0, 10));
      } catch (IllegalArgumentException e) {
        return published;
      }
    }
    return published;
  }

  private static List<String> outlets(StoredDoc s) {
    Set<String> out = new LinkedHashSet<>();
    addIfPresent(out, s.doc().meta().source());
    for (SourceRef r : s.sources()) {
      addIfPresent(out, r.outlet());
    }
    return List.copyOf(out);
  }

  private static void day(org.apache.lucene.document.Document d, LocalDate date) {
    long day = date.toEpochDay();
    d.add(new LongPoint(Fields.DAY, day));
    d.add(new NumericDocValuesField(Fields.DAY, day));
  }

  private static void keyword(org.apache.lucene.document.Document d, String field, String value,
      boolean stored) {
    d.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    d.add(new SortedDocValuesField(field, new BytesRef(value)));
  }

  private static void multiKeyword(org.apache.lucene.document.Document d, String field, String value) {
    d.add(new StringField(field, value, Field.Store.NO));
    d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  private static void addIfPresent(org.apache.lucene.document.Document d, String field, String v) {
    if (v != null && !v.isBlank()) {
      multiKeyword(d, field, v);
    }
  }

  private static void addIfPresent(Set<String> set, String v) {
    if (v != null && !v.isBlank()) {
      set.add(v.strip());
    }
  }
}
