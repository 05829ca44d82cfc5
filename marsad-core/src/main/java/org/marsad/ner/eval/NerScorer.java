package org.marsad.ner.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.ner.Labels;

/**
 * Accumulates entity-level exact-match counts (CoNLL-2003 scoring): a predicted mention counts as
 * a true positive only when a gold mention has the same first token, last token and type. Spans
 * are read from BIO labels as conlleval does (an {@code I-t} not continuing a {@code t} mention
 * starts one). Not thread-safe.
 */
public final class NerScorer {
  private final long[] tp = new long[EntityType.values().length];
  private final long[] fp = new long[tp.length];
  private final long[] fn = new long[tp.length];

  /** Scores one sentence of {@code n} labels. */
  public void add(int[] gold, int[] predicted, int n) {
    Set<Long> g = spans(gold, n);
    Set<Long> p = spans(predicted, n);
    for (long s : p) {
      int t = (int) (s & 0xFF);
      if (g.contains(s)) {
        tp[t]++;
      } else {
        fp[t]++;
      }
    }
    for (long s : g) {
      if (!p.contains(s)) {
        fn[(int) (s & 0xFF)]++;
      }
    }
  }

  /** Mentions as {@code start << 40 | end << 8 | type}. */
  static Set<Long> spans(int[] labels, int n) {
    Set<Long> out = new HashSet<>();
    for (int[] m : mentions(labels, n)) {
      out.add(((long) m[0] << 40) | ((long) m[1] << 8) | m[2]);
    }
    return out;
  }

  /** Mentions of a BIO sequence as {start, end (exclusive), type ordinal}, left to right. */
  public static List<int[]> mentions(int[] labels, int n) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (labels[i] == Labels.O) {
        i++;
        continue;
      }
      EntityType t = Labels.type(labels[i]);
      int j = i + 1;
      while (j < n && Labels.isInside(labels[j]) && Labels.type(labels[j]) == t) {
        j++;
      }
      out.add(new int[] {i, j, t.ordinal()});
      i = j;
    }
    return out;
  }

  public Counts counts(EntityType t) {
    int k = t.ordinal();
    return new Counts(tp[k], fp[k], fn[k]);
  }

  public Map<EntityType, Counts> byType() {
    Map<EntityType, Counts> m = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      m.put(t, counts(t));
    }
    return m;
  }

  public Counts micro() {
    Counts c = new Counts(0, 0, 0);
    for (EntityType t : EntityType.values()) {
      c = c.plus(counts(t));
    }
    return c;
  }
}
