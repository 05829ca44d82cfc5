package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Facet counts: exact over every match, whether the index is one segment or many, whether few or
 * most values occur, and only the top values named.
 */
class CountsTest {
  private static final String FIELD = "f";

  /** Random docs: each has a group (for queries) and up to 6 of {@code values} values. */
  private static List<List<String>> docs(int n, int values, long seed) {
    Random r = new Random(seed);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> vs = new ArrayList<>();
      int k = r.nextInt(7);
      for (int j = 0; j < k; j++) {
        // Skewed: low numbers are frequent, so counts have both clear winners and ties.
        String v = "v" + (int) (values * Math.pow(r.nextDouble(), 3));
        if (!vs.contains(v)) {
          vs.add(v);
        }
      }
      out.add(vs);
    }
    return out;
  }

  private static Directory index(List<List<String>> docs, int docsPerSegment) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig cfg = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(dir, cfg)) {
      for (int i = 0; i < docs.size(); i++) {
        Document d = new Document();
        d.add(new StringField("group", "g" + (i % 10), Field.Store.NO));
        d.add(new StringField("id", "d" + i, Field.Store.NO));
        for (String v : docs.get(i)) {
          d.add(new SortedSetDocValuesField(FIELD, new BytesRef(v)));
        }
        w.addDocument(d);
        if ((i + 1) % docsPerSegment == 0) {
          w.commit();
        }
      }
    }
    return dir;
  }

  /** The expected answer, counted the slow way: every value of every matching doc. */
  private static List<Counts.Count> expected(List<List<String>> docs, int group, int limit) {
    return expected(docs, i -> group < 0 || i % 10 == group, limit);
  }

  private static List<Counts.Count> expected(List<List<String>> docs, IntPredicate matches,
      int limit) {
    Map<String, Long> totals = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      if (matches.test(i)) {
        docs.get(i).forEach(v -> totals.merge(v, 1L, Long::sum));
      }
    }
    List<Counts.Count> all = new ArrayList<>();
    totals.forEach((v, c) -> all.add(new Counts.Count(v, c)));
    all.sort(Comparator.comparingLong(Counts.Count::count).reversed().thenComparing(Counts.Count::value));
    return all.subList(0, Math.min(limit, all.size()));
  }

  private static List<Counts.Count> counts(DirectoryReader reader, Query q, int limit)
      throws IOException {
    Counts c = new Counts(reader, FIELD);
    DocScan.scan(new IndexSearcher(reader), q, c);
    return c.top(limit);
  }

  @Test
  void countsEveryMatchOnOneSegmentAndOnMany() throws IOException {
    List<List<String>> docs = docs(3000, 400, 7);
    for (int perSegment : new int[] {3000, 700, 90}) {
      try (Directory dir = index(docs, perSegment); DirectoryReader r = DirectoryReader.open(dir)) {
        assertEquals((3000 + perSegment - 1) / perSegment, r.leaves().size());
        // All docs (most values occur), one group in ten, single docs (a few values occur).
        assertEquals(expected(docs, -1, 10), counts(r, new MatchAllDocsQuery(), 10),
            perSegment + " per segment, all docs");
        for (int g = 0; g < 10; g++) {
          assertEquals(expected(docs, g, 25), counts(r, new TermQuery(new Term("group", "g" + g)), 25),
              perSegment + " per segment, group " + g);
        }
        for (int i = 0; i < 3000; i += 97) {
          int doc = i;
          assertEquals(expected(docs, d -> d == doc, 10), counts(r, new TermQuery(new Term("id", "d" + i)), 10),
              perSegment + " per segment, doc " + i);
        }
      }
    }
  }

  @Test
  void tiesGoToTheEarlierValueAndTheLimitCutsTheList() throws IOException {
    List<List<String>> docs = List.of(List.of("b", "c"), List.of("c", "a"), List.of("a", "d"),
        List.of("d"), List.of("e"));
    for (int perSegment : new int[] {5, 2}) {
      try (Directory dir = index(docs, perSegment); DirectoryReader r = DirectoryReader.open(dir)) {
        List<Counts.Count> top = counts(r, new MatchAllDocsQuery(), 3);
        assertEquals(List.of(new Counts.Count("a", 2), new Counts.Count("c", 2),
            new Counts.Count("d", 2)), top);
        assertEquals(List.of(), counts(r, new TermQuery(new Term("group", "none")), 3));
        assertEquals(List.of(), counts(r, new MatchAllDocsQuery(), 0));
      }
    }
  }

  @Test
  void docsWithoutTheFieldCountNothing() throws IOException {
    List<List<String>> docs = List.of(List.of(), List.of("x"), List.of());
    try (Directory dir = index(docs, 1); DirectoryReader r = DirectoryReader.open(dir)) {
      assertEquals(List.of(new Counts.Count("x", 1)), counts(r, new MatchAllDocsQuery(), 10));
    }
  }

  @Test
  void theOrdinalMapOfAReaderIsDroppedWhenItCloses() throws IOException {
    List<List<String>> docs = docs(200, 50, 3);
    try (Directory dir = index(docs, 50)) {
      DirectoryReader r = DirectoryReader.open(dir);
      counts(r, new MatchAllDocsQuery(), 5);
      assertTrue(Counts.cachesOrdinalMapsOf(r));
      r.close();
      assertFalse(Counts.cachesOrdinalMapsOf(r));
    }
  }
}
