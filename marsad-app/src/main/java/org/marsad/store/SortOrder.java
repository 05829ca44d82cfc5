package org.marsad.store;

import java.util.Locale;

/** How search hits are ordered. */
public enum SortOrder {
  RELEVANCE, NEWEST, OLDEST;

  /** Parses {@code relevance}, {@code date} (newest first), {@code newest} or {@code oldest}. */
  public static SortOrder parse(String s) {
    if (s == null || s.isBlank()) {
      return RELEVANCE;
    }
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> RELEVANCE;
      case "date", "newest" -> NEWEST;
      case "oldest" -> OLDEST;
      default -> throw new InvalidRequestException("sort: '" + s
          + "' is not a sort order (use relevance, date, newest or oldest)");
    };
  }
}
