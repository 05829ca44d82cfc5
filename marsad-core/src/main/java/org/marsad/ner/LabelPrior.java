package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.EntityType;

/**
 * How often a word was tagged as each entity type when a first-stage tagger read a large
 * unlabeled news corpus: an induced gazetteer in the spirit of the non-local features of Ratinov
 * and Roth (2009, "Design challenges and misconceptions in NER"). It aggregates the evidence of a
 * name's many contexts, so a name never seen in the training data but often tagged in the news
 * carries that evidence wherever it occurs. Each word maps to one level per type, packed 4 bits
 * per type: 0 = never tagged, 1 = under 10% of its occurrences, 2 = under 30%, 3 = under 60%,
 * 4 = 60% or more. Immutable and thread-safe.
 */
public final class LabelPrior {
  /** No prior: every word maps to 0. */
  public static final LabelPrior EMPTY_PRIOR = new LabelPrior(Map.of());
  static final LabelPrior EMPTY = EMPTY_PRIOR;
  private static final int TYPES = EntityType.values().length;

  private final Map<String, Integer> levels;

  /** @param levels word in {@link WordClusters#key} form → packed levels */
  public LabelPrior(Map<String, Integer> levels) {
    this.levels = new HashMap<>(levels);
  }

  /** Packs per-type tag counts of a word seen {@code total} times. */
  public static int pack(int total, int[] typeCounts) {
    int packed = 0;
    for (int t = 0; t < TYPES; t++) {
      double r = (double) typeCounts[t] / total;
      int level = typeCounts[t] == 0 ? 0 : r < 0.1 ? 1 : r < 0.3 ? 2 : r < 0.6 ? 3 : 4;
      packed |= level << (4 * t);
    }
    return packed;
  }

  /** Packed levels of a word in key form; 0 when unknown or never tagged. */
  int lookupKey(String key) {
    Integer v = levels.get(key);
    return v == null ? 0 : v;
  }

  static int level(int packed, int type) {
    return (packed >>> (4 * type)) & 0xF;
  }

  public int size() {
    return levels.size();
  }

  /** Entries sorted by word, for writing. */
  public List<Map.Entry<String, Integer>> sortedEntries() {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(levels.entrySet());
    list.sort(Map.Entry.comparingByKey());
    return list;
  }
}
