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

  /** Packs per-type tag counts of a word seen {@code total} times (5 levels, no confidence). */
  public static int pack(int total, int[] typeCounts) {
    return pack(total, typeCounts, 0, false, false);
  }

  /**
   * Packs per-type tag counts of a word seen {@code total} times.
   *
   * @param shrink pseudo-occurrences added to {@code total} before taking each type's rate, so
   *     that the rate of a rarely seen word is shrunk toward 0 ({@code count / (total + shrink)})
   * @param fine 9 levels per type (cuts at 2, 5, 10, 20, 30, 45, 60 and 80%) instead of 5
   * @param confidence also packs a log2 bucket of {@code total} (1 for 1, 2 for 2-3, ..., at most
   *     15) in bits 16-19, the prior's {@link #confidence}: how much corpus evidence stands
   *     behind the levels, including "seen often, never tagged"
   */
  public static int pack(int total, int[] typeCounts, double shrink, boolean fine,
      boolean confidence) {
    return pack(total, typeCounts, shrink, fine, confidence, total);
  }

  /**
   * As {@link #pack(int, int[], double, boolean, boolean)}, with the confidence bucket taken
   * from {@code occurrences} (the corpus count when {@code total} and the type counts are summed
   * over several taggers).
   */
  public static int pack(int total, int[] typeCounts, double shrink, boolean fine,
      boolean confidence, int occurrences) {
    int packed = 0;
    for (int t = 0; t < TYPES; t++) {
      double r = typeCounts[t] / (total + shrink);
      int level = typeCounts[t] == 0 ? 0 : fine ? fineLevel(r)
          : r < 0.1 ? 1 : r < 0.3 ? 2 : r < 0.6 ? 3 : 4;
      packed |= level << (4 * t);
    }
    if (confidence && occurrences > 0) {
      packed |= Math.min(15, 32 - Integer.numberOfLeadingZeros(occurrences)) << 16;
    }
    return packed;
  }

  private static final double[] FINE_CUTS = {0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8};

  private static int fineLevel(double r) {
    int level = 1;
    while (level <= FINE_CUTS.length && r >= FINE_CUTS[level - 1]) {
      level++;
    }
    return level;
  }

  /**
   * Where a type's tagged occurrences of the word mostly stood, when the prior records it (bits
   * 20-27, 2 per type): 1 a one-word mention, 2 the first word of a longer one, 3 a later word;
   * 0 when absent.
   */
  static int position(int packed, int type) {
    return (packed >>> (20 + 2 * type)) & 0x3;
  }

  /** The count bucket packed by {@code pack(..., confidence = true)}; 0 when absent. */
  static int confidence(int packed) {
    return (packed >>> 16) & 0xF;
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
