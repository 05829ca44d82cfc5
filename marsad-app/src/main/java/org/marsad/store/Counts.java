package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/** Value counts of a multi-valued keyword field over matching docs (a facet). Not thread-safe. */
final class Counts implements DocScan.LeafScanner {
  /** A value and how many matching entries have it. */
  public record Count(String value, long count) {}

  private final String field;
  private final Map<String, Long> totals = new HashMap<>();

  Counts(String field) {
    this.field = field;
  }

  @Override
  public DocScan.DocVisitor leaf(LeafReader reader) throws IOException {
    SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
    int n = (int) Math.min(Integer.MAX_VALUE, dv.getValueCount());
    int[] counts = new int[n];
    // Ordinals are per segment: fold them into the totals when the next segment starts.
    flushLater(dv, counts);
    return doc -> {
      if (dv.advanceExact(doc)) {
        for (int i = 0; i < dv.docValueCount(); i++) {
          counts[(int) dv.nextOrd()]++;
        }
      }
    };
  }

  private SortedSetDocValues pendingDv;
  private int[] pendingCounts;

  private void flushLater(SortedSetDocValues dv, int[] counts) throws IOException {
    flush();
    pendingDv = dv;
    pendingCounts = counts;
  }

  private void flush() throws IOException {
    if (pendingDv == null) {
      return;
    }
    for (int o = 0; o < pendingCounts.length; o++) {
      if (pendingCounts[o] > 0) {
        totals.merge(pendingDv.lookupOrd(o).utf8ToString(), (long) pendingCounts[o], Long::sum);
      }
    }
    pendingDv = null;
  }

  /** The {@code limit} most frequent values, most frequent first (ties by value). */
  List<Count> top(int limit) throws IOException {
    flush();
    List<Count> all = new ArrayList<>();
    totals.forEach((k, v) -> all.add(new Count(k, v)));
    all.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value));
    return all.subList(0, Math.min(limit, all.size()));
  }
}
