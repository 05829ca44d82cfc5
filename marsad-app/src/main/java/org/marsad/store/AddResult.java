package org.marsad.store;

/**
 * What {@link Store#add} did with a document.
 *
 * @param status NEW (stored), DUPLICATE (same text as {@code canonicalId}: added there as a
 *     source) or EXISTS (this id was already stored: nothing changed)
 * @param id the document's own id
 * @param canonicalId the id under which its text is stored
 * @param cluster the story cluster (near duplicates share one)
 */
public record AddResult(Status status, String id, String canonicalId, String cluster) {
  public enum Status { NEW, DUPLICATE, EXISTS }
}
