package org.marsad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.MinHash;

/**
 * What the writer must know to keep the store free of duplicates: every id (own and folded-in
 * duplicates) with its canonical id, every text hash, and the MinHash LSH buckets of story
 * clusters. Rebuilt from the committed index on open, so it always matches what survived a crash.
 * Not thread-safe: {@link Store} guards it.
 */
final class DedupState {
  record Candidate(String id, String cluster, int[] sig) {}

  private final Map<String, String> canonicalById = new HashMap<>();
  private final Map<String, String> canonicalByHash = new HashMap<>();
  private final Map<Long, List<Candidate>> buckets = new HashMap<>();
  private final Map<String, String> clusterById = new HashMap<>();

  String clusterOf(String canonical) {
    return clusterById.get(canonical);
  }

  String canonicalOfId(String id) {
    return canonicalById.get(id);
  }

  String canonicalOfHash(String hash) {
    return canonicalByHash.get(hash);
  }

  int size() {
    return canonicalByHash.size();
  }

  void addId(String id, String canonical) {
    canonicalById.put(id, canonical);
  }

  void addDocument(String id, String hash, int[] sig, String cluster) {
    canonicalById.put(id, id);
    canonicalByHash.put(hash, id);
    clusterById.put(id, cluster);
    if (sig != null) {
      Candidate c = new Candidate(id, cluster, sig);
      for (int b = 0; b < MinHash.BANDS; b++) {
        buckets.computeIfAbsent(MinHash.bandKey(sig, b), k -> new ArrayList<>(1)).add(c);
      }
    }
  }

  /** The cluster of the most similar stored text at or above the threshold, or null. */
  String nearestCluster(int[] sig) {
    if (sig == null) {
      return null;
    }
    Candidate best = null;
    double bestSim = MinHash.THRESHOLD;
    for (int b = 0; b < MinHash.BANDS; b++) {
      List<Candidate> list = buckets.get(MinHash.bandKey(sig, b));
      if (list == null) {
        continue;
      }
      for (Candidate c : list) {
        double sim = MinHash.similarity(sig, c.sig());
        if (sim >= bestSim) {
          best = c;
          bestSim = sim;
        }
      }
    }
    return best == null ? null : best.cluster();
  }
}
