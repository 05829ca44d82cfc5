package org.marsad.ner;

import java.util.Arrays;
import org.marsad.model.EntityType;

/**
 * Non-local features of the second tagging stage (Ratinov and Roth 2009, "context aggregation"
 * and "prediction history", here over both sides): what the first pass said about the same stem
 * elsewhere in a window of {@code window} sentences before and after the current one. A name
 * that the first pass tags in one sentence of an article ({@code باراك أوباما}) is then evidence
 * for its other, harder occurrences ({@code وقال أوباما}).
 *
 * <p>Features of word {@code i} (its stem key {@code k}, counted over the other words with the
 * same key in the window, excluding itself): whether there are none; for each type, whether
 * some, most or all of them were tagged with it; the majority first-pass type with a count
 * bucket, alone and with the word's own first-pass type; the majority type of the neighbours'
 * keys at ±1; and, when {@code local} is set, the first-pass labels of the word and its
 * neighbours.
 *
 * <p>The window is the same at training time (ANERcorp has no document markers, so sentences
 * around the current one, possibly across an article boundary) and at tagging time (within one
 * document). Sentences must be visited in order ({@link #features} with {@code s = 0, 1, ...});
 * not thread-safe, one per session.
 */
public final class DocumentContext {
  /** Type index 0 is O, {@code 1 + ordinal} an entity type. */
  static final int TYPES = 1 + EntityType.values().length;
  /** Upper bound on the features of one word. */
  public static final int MAX_FEATURES = 16;

  private final FeatureExtractor fx;
  private final int window;
  private final boolean local;

  private long[] keys = new long[256];
  private int[] counts = new int[256 * TYPES];
  private int size;

  private long[][] stems;
  private int[][] labels;
  private int[] sizes;
  private int count;
  /** Sentences {@code [lo, hi)} are counted. */
  private int lo;
  private int hi;
  private int next;
  private final int[] c = new int[TYPES];
  private int[] majority = new int[16];

  /**
   * @param window sentences on each side whose first-pass labels count
   * @param local also emit the first-pass labels at -1..+1
   */
  public DocumentContext(FeatureExtractor fx, int window, boolean local) {
    this.fx = fx;
    this.window = window;
    this.local = local;
  }

  public int window() {
    return window;
  }

  public boolean local() {
    return local;
  }

  /**
   * Starts a document: {@code stems[s][i]} is the stem key of word {@code i} of sentence
   * {@code s} ({@link FeatureExtractor.Scratch#stem}), {@code labels[s][i]} its first-pass
   * label, {@code sizes[s]} the sentence length; {@code count} sentences.
   */
  public void reset(long[][] stems, int[][] labels, int[] sizes, int count) {
    this.stems = stems;
    this.labels = labels;
    this.sizes = sizes;
    this.count = count;
    Arrays.fill(keys, 0L);
    Arrays.fill(counts, 0);
    size = 0;
    lo = 0;
    hi = 0;
    next = 0;
  }

  /**
   * Fills {@code out} with the features of sentence {@code s}, word {@code i} owning
   * {@code out[start[i], start[i + 1])}; returns the total. {@code s} must be the next sentence.
   */
  public int features(int s, int[] out, int[] start) {
    if (s != next) {
      throw new IllegalStateException("sentence " + s + " visited out of order, expected " + next);
    }
    next++;
    int end = Math.min(count, s + window + 1);
    while (hi < end) {
      add(hi++, 1);
    }
    int begin = Math.max(0, s - window);
    while (lo < begin) {
      add(lo++, -1);
    }
    int n = sizes[s];
    long[] st = stems[s];
    int[] lab = labels[s];
    if (majority.length < n) {
      majority = new int[Math.max(n, majority.length * 2)];
    }
    for (int i = 0; i < n; i++) {
      majority[i] = othersMajority(st[i], type(lab[i]));
    }
    int f = 0;
    for (int i = 0; i < n; i++) {
      start[i] = f;
      int own = type(lab[i]);
      int total = others(st[i], own);
      if (total == 0) {
        out[f++] = fx.bucket(T_NONE, 0);
      } else {
        for (int t = 1; t < TYPES; t++) {
          if (c[t] > 0) {
            int level = 2 * c[t] < total ? 1 : c[t] < total ? 2 : 3;
            out[f++] = fx.bucket(T_SHARE + t, level);
          }
        }
        int m = majority[i];
        int bucket = Math.min(total, 4);
        out[f++] = fx.bucket(T_MAJORITY, m * 8 + bucket);
        out[f++] = fx.bucket(T_SELF_MAJORITY, own * 8 + m);
      }
      if (i > 0 && majority[i - 1] > 0) {
        out[f++] = fx.bucket(T_NEIGHBOUR - 1, majority[i - 1]);
      }
      if (i + 1 < n && majority[i + 1] > 0) {
        out[f++] = fx.bucket(T_NEIGHBOUR + 1, majority[i + 1]);
      }
      if (local) {
        out[f++] = fx.bucket(T_LOCAL, lab[i]);
        out[f++] = fx.bucket(T_LOCAL - 1, i > 0 ? lab[i - 1] : -1);
        out[f++] = fx.bucket(T_LOCAL + 1, i + 1 < n ? lab[i + 1] : -1);
      }
    }
    start[n] = f;
    return f;
  }

  /** Type index of a label: 0 for O, {@code 1 + ordinal} otherwise. */
  static int type(int label) {
    return label == Labels.O ? 0 : 1 + Labels.type(label).ordinal();
  }

  /** Fills {@link #c} with the counts of {@code key} minus the word itself; returns their sum. */
  private int others(long key, int own) {
    int slot = find(key);
    int total = 0;
    for (int t = 0; t < TYPES; t++) {
      c[t] = slot < 0 ? 0 : counts[slot * TYPES + t];
    }
    c[own]--;
    for (int t = 0; t < TYPES; t++) {
      total += c[t];
    }
    return total;
  }

  /** The most frequent first-pass type of the other words with {@code key}; -1 if none. */
  private int othersMajority(long key, int own) {
    int total = others(key, own);
    if (total == 0) {
      return -1;
    }
    int m = 0;
    for (int t = 1; t < TYPES; t++) {
      if (c[t] > c[m]) {
        m = t;
      }
    }
    return m;
  }

  private void add(int s, int delta) {
    long[] st = stems[s];
    int[] lab = labels[s];
    for (int i = 0; i < sizes[s]; i++) {
      int slot = slot(st[i]);
      counts[slot * TYPES + type(lab[i])] += delta;
    }
  }

  private int find(long key) {
    long k = key == 0 ? 1 : key;
    int mask = keys.length - 1;
    int i = (int) Hashing.fmix(k) & mask;
    while (keys[i] != 0) {
      if (keys[i] == k) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private int slot(long key) {
    long k = key == 0 ? 1 : key;
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) Hashing.fmix(k) & mask;
    while (keys[i] != 0 && keys[i] != k) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      keys[i] = k;
      size++;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[keys.length * TYPES];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] == 0) {
        continue;
      }
      int i = (int) Hashing.fmix(oldKeys[j]) & mask;
      while (keys[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[i] = oldKeys[j];
      System.arraycopy(oldCounts, j * TYPES, counts, i * TYPES, TYPES);
    }
  }

  // Template ids beyond FeatureExtractor's.
  private static final long T_NONE = 300;
  private static final long T_SHARE = 310;
  private static final long T_MAJORITY = 320;
  private static final long T_SELF_MAJORITY = 321;
  private static final long T_NEIGHBOUR = 330;
  private static final long T_LOCAL = 340;
}
