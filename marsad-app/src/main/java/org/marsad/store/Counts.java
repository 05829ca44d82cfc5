package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Value counts of a multi-valued keyword field (doc values) over matching docs: a facet. Counts
 * by ordinal and turns only the top values into strings, so a facet over many hits costs one
 * array increment per value of each hit. Across segments the ordinals are merged through an
 * {@link OrdinalMap}, built once per index reader and field. Not thread-safe (one per search).
 */
final class Counts implements DocScan.LeafScanner {
  /** A value and how many matching entries have it. */
  public record Count(String value, long count) {}

  /** Ordinal maps per open reader (dropped when it closes) and field. */
  private static final Map<IndexReader.CacheKey, Map<String, OrdinalMap>> ORDINAL_MAPS =
      new ConcurrentHashMap<>();

  private final IndexReader reader;
  private final String field;
  private final List<LeafReaderContext> leaves;
  /** Per segment (by leaf ord): counts by segment ordinal; null where no leaf was visited. */
  private final int[][] counts;
  /** Per segment: the ordinals counted at least once, in the order first seen. */
  private final Ords[] touched;

  /** Counts of {@code field} over docs of {@code reader}, the searcher's top-level reader. */
  Counts(IndexReader reader, String field) {
    this.reader = reader;
    this.field = field;
    this.leaves = reader.leaves();
    this.counts = new int[leaves.size()][];
    this.touched = new Ords[leaves.size()];
  }

  @Override
  public DocScan.DocVisitor leaf(LeafReader leaf) throws IOException {
    int ord = leafOrd(leaf);
    SortedSetDocValues dv = DocValues.getSortedSet(leaf, field);
    int[] c = new int[Math.toIntExact(dv.getValueCount())];
    Ords seen = new Ords();
    counts[ord] = c;
    touched[ord] = seen;
    return doc -> {
      if (dv.advanceExact(doc)) {
        for (int i = 0, n = dv.docValueCount(); i < n; i++) {
          int o = (int) dv.nextOrd();
          if (c[o]++ == 0) {
            seen.add(o);
          }
        }
      }
    };
  }

  private int leafOrd(LeafReader leaf) {
    for (LeafReaderContext ctx : leaves) {
      if (ctx.reader() == leaf) {
        return ctx.ord;
      }
    }
    throw new IllegalArgumentException("segment " + leaf + " is not part of " + reader);
  }

  /**
   * The {@code limit} most frequent values, most frequent first; ties in the order of the values'
   * Unicode code points (the index's term order).
   */
  List<Count> top(int limit) throws IOException {
    int visited = -1;
    int nVisited = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != null) {
        visited = i;
        nVisited++;
      }
    }
    if (limit <= 0 || nVisited == 0) {
      return List.of();
    }
    return nVisited == 1 ? topOfSegment(visited, limit) : topAcrossSegments(limit);
  }

  /** The top values when one segment was visited: its ordinals are the values' order. */
  private List<Count> topOfSegment(int leaf, int limit) throws IOException {
    int[] c = counts[leaf];
    TopOrds top = new TopOrds(limit);
    touched[leaf].forEachInOrder(c.length, o -> top.offer(o, c[o]));
    SortedSetDocValues dv = DocValues.getSortedSet(leaves.get(leaf).reader(), field);
    List<Count> out = new ArrayList<>(top.size);
    for (int i = 0; i < top.size; i++) {
      out.add(new Count(dv.lookupOrd(top.ords[i]).utf8ToString(), top.counts[i]));
    }
    return out;
  }

  /** The top values over several segments: counts summed by global ordinal. */
  private List<Count> topAcrossSegments(int limit) throws IOException {
    OrdinalMap map = ordinalMap();
    int[] global = new int[Math.toIntExact(map.getValueCount())];
    Ords seen = new Ords();
    for (int i = 0; i < counts.length; i++) {
      int[] c = counts[i];
      if (c == null) {
        continue;
      }
      LongValues toGlobal = map.getGlobalOrds(i);
      Ords segment = touched[i];
      for (int k = 0; k < segment.size; k++) {
        int o = segment.ords[k];
        int g = (int) toGlobal.get(o);
        if (global[g] == 0) {
          seen.add(g);
        }
        global[g] += c[o];
      }
    }
    TopOrds top = new TopOrds(limit);
    seen.forEachInOrder(global.length, g -> top.offer(g, global[g]));
    List<Count> out = new ArrayList<>(top.size);
    for (int i = 0; i < top.size; i++) {
      long g = top.ords[i];
      SortedSetDocValues dv = DocValues.getSortedSet(
          leaves.get(map.getFirstSegmentNumber(g)).reader(), field);
      out.add(new Count(dv.lookupOrd(map.getFirstSegmentOrd(g)).utf8ToString(), top.counts[i]));
    }
    return out;
  }

  /** Whether ordinal maps of {@code reader} are held (for tests: they must go when it closes). */
  static boolean cachesOrdinalMapsOf(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    return helper != null && ORDINAL_MAPS.containsKey(helper.getKey());
  }

  /** The reader's ordinal map for the field: segment ordinals to global ones (in value order). */
  private OrdinalMap ordinalMap() throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return buildOrdinalMap();
    }
    Map<String, OrdinalMap> byField = ORDINAL_MAPS.computeIfAbsent(helper.getKey(), k -> {
      helper.addClosedListener(ORDINAL_MAPS::remove);
      return new ConcurrentHashMap<>();
    });
    OrdinalMap map = byField.get(field);
    if (map == null) {
      map = buildOrdinalMap();
      byField.put(field, map);
    }
    return map;
  }

  private OrdinalMap buildOrdinalMap() throws IOException {
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
    }
    return OrdinalMap.build(null, values, PackedInts.DEFAULT);
  }

  /** A growable list of ordinals. */
  private static final class Ords {
    int[] ords = new int[16];
    int size;

    void add(int o) {
      if (size == ords.length) {
        ords = Arrays.copyOf(ords, size * 2);
      }
      ords[size++] = o;
    }

    /**
     * Calls {@code f} with each ordinal in increasing order: sorts the list when it is small next
     * to {@code valueCount}, else walks every ordinal below {@code valueCount} that is listed.
     */
    void forEachInOrder(int valueCount, IntConsumer f) {
      if (size < valueCount / 16) {
        Arrays.sort(ords, 0, size);
        for (int i = 0; i < size; i++) {
          f.accept(ords[i]);
        }
        return;
      }
      BitSet listed = new BitSet(valueCount);
      for (int i = 0; i < size; i++) {
        listed.set(ords[i]);
      }
      for (int o = listed.nextSetBit(0); o >= 0; o = listed.nextSetBit(o + 1)) {
        f.accept(o);
      }
    }
  }

  /** The best (count, ordinal) pairs seen: highest count first, then lowest ordinal. */
  private static final class TopOrds {
    final long[] ords;
    final long[] counts;
    int size;

    TopOrds(int limit) {
      ords = new long[limit];
      counts = new long[limit];
    }

    /** Ordinals must come in increasing order, so an equal count never displaces an earlier one. */
    void offer(long ord, long count) {
      if (count <= 0 || size == ords.length && count <= counts[size - 1]) {
        return;
      }
      int i = size == ords.length ? size - 1 : size++;
      while (i > 0 && counts[i - 1] < count) {
        ords[i] = ords[i - 1];
        counts[i] = counts[i - 1];
        i--;
      }
      ords[i] = ord;
      counts[i] = count;
    }
  }
}
