package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.marsad.text.ArabicNormalizer;

/**
 * Word clusters learned from unlabeled news: each known word (in the {@link #key} form) has one
 * cluster id per granularity (64, 256, 1024 and 4096 clusters, nested) and its corpus count. Immutable
 * and thread-safe.
 */
public final class WordClusters {
  /** Number of granularities per word. */
  public static final int LEVELS = 4;
  static final WordClusters EMPTY = new WordClusters(Map.of());

  private final Map<String, int[]> clusters;

  public WordClusters(Map<String, int[]> clusters) {
    Map<String, int[]> copy = new HashMap<>(clusters.size() * 2);
    for (Map.Entry<String, int[]> e : clusters.entrySet()) {
      int[] v = e.getValue();
      if (v.length != LEVELS && v.length != LEVELS + 1) {
        throw new IllegalArgumentException("clusters: expected " + LEVELS + " ids and a count for "
            + e.getKey());
      }
      copy.put(e.getKey(), v.length == LEVELS ? java.util.Arrays.copyOf(v, LEVELS + 1) : v.clone());
    }
    this.clusters = copy;
  }

  private WordClusters(Map<String, int[]> owned, boolean unused) {
    this.clusters = owned;
  }

  /** Wraps a map of {@code LEVELS + 1} ints per word without copying; the caller gives it up. */
  static WordClusters owning(Map<String, int[]> map) {
    return new WordClusters(map, true);
  }

  /** The lookup form of a word: the matching fold, with every digit as {@code 0}. */
  public static String key(CharSequence word) {
    String f = ArabicNormalizer.fold(word);
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c >= '1' && c <= '9') {
        return f.replaceAll("[1-9]", "0");
      }
    }
    return f;
  }

  /** Cluster ids of a word already in {@link #key} form, or null when unknown. Do not modify. */
  int[] lookupKey(String key) {
    return clusters.get(key);
  }

  /** Corpus count of a word in {@link #key} form; 0 when unknown. */
  public int count(String key) {
    int[] c = clusters.get(key);
    return c == null ? 0 : c[LEVELS];
  }

  public int size() {
    return clusters.size();
  }

  /** Entries sorted by word, for writing. */
  public List<Map.Entry<String, int[]>> sortedEntries() {
    List<Map.Entry<String, int[]>> list = new ArrayList<>(clusters.entrySet());
    list.sort(Map.Entry.comparingByKey());
    return list;
  }

  /**
   * Reads the gzipped TSV written by the cluster learner.
   *
   * @param name the file or resource name, for messages
   * @throws ModelFormatException naming {@code name} and the line on a malformed file
   */
  public static WordClusters read(InputStream in, String name) {
    Map<String, int[]> map = new HashMap<>();
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String[] f = line.split("\t");
        if (f.length != LEVELS + 2) {
          throw new ModelFormatException(name + " line " + lineNo + ": expected word, "
              + LEVELS + " cluster ids and a count separated by tabs;"
              + " regenerate it with scripts/train-ner.sh");
        }
        int[] ids = new int[LEVELS + 1];
        for (int k = 0; k <= LEVELS; k++) {
          ids[k] = Integer.parseInt(f[k + 1]);
        }
        map.put(f[0], ids);
      }
    } catch (NumberFormatException e) {
      throw new ModelFormatException(name + " line " + lineNo + ": cluster id is not a number", e);
    } catch (IOException e) {
      throw new ModelFormatException("cannot read word clusters " + name + ": " + e.getMessage()
          + " (is it a gzipped TSV?)", e);
    }
    return owning(map);
  }
}
