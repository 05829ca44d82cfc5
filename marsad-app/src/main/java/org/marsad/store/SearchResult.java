package org.marsad.store;

import java.util.List;
import java.util.Map;

/** A page of hits, the total number of matches, and facet counts (empty unless asked for). */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
  /**
   * One matching document. {@code snippet} is HTML: the text escaped, matches in {@code <mark>}.
   * {@code sources} lists every outlet that published this exact text.
   */
  public record Hit(String id, float score, String title, String published, String url,
      List<SourceRef> sources, String cluster, String snippet) {}

  /** A facet value with its count and, for entities, a display label. */
  public record FacetValue(String value, String label, long count) {}
}
