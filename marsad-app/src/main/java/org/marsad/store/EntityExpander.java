package org.marsad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Names entities that a query phrase may refer to, beyond the aliases the store has seen: a hook
 * for the knowledge base ({@link KbExpander}). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface EntityExpander {
  /** No expansion: only the aliases learned from stored documents count. */
  EntityExpander NONE = (phrase, from, to) -> List.of();

  /**
   * Entities {@code phrase} (the query words as typed) may name, for a search restricted to
   * publication dates {@code [from, to]} (inclusive; null: open).
   */
  List<Match> expand(String phrase, LocalDate from, LocalDate to);

  /**
   * An entity key, valid for documents published in {@code [from, to)} (null: open). A title
   * ({@code الرئيس التركي}) names each holder only for the holder's term.
   */
  record Match(String key, LocalDate from, LocalDate to) {
    public static Match of(String key) {
      return new Match(key, null, null);
    }

    boolean dated() {
      return from != null || to != null;
    }
  }
}
