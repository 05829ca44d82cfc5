package org.marsad.store;

import org.marsad.model.Entity;

/**
 * The store-wide key of an entity: its knowledge-base id (a Wikidata QID) when it has one, else
 * {@code name:} + the {@link Terms#nameKey name key} of its canonical name, so that unlinked
 * entities with the same name still meet across documents.
 */
public final class EntityKeys {
  public static final String NAME_PREFIX = "name:";

  private EntityKeys() {}

  public static String of(Entity e) {
    if (e.kb() != null && !e.kb().isBlank()) {
      return e.kb().strip();
    }
    return NAME_PREFIX + Terms.nameKey(e.name() == null ? "" : e.name());
  }
}
