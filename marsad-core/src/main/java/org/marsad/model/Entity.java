package org.marsad.model;

import java.util.List;

/**
 * A real-world actor, place or thing mentioned in the document, with all its mentions.
 *
 * @param id document-local id ({@code e1}, {@code e2}, ...)
 * @param name canonical Arabic name
 * @param nameEn English name, if known
 * @param kb knowledge-base id (a Wikidata QID where known), or null
 * @param actor CAMEO actor code valid on the document's date, or null
 */
public record Entity(String id, EntityType type, String name, String nameEn, String kb, String actor,
    List<Mention> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}
