package org.marsad.kb;

/**
 * A KB entry proposed for a name, with how it matched and a score in (0, 1].
 *
 * @param entry the entry
 * @param form the KB form that matched (folded)
 * @param how the kind of evidence
 * @param score higher is better; exact names score 1
 * @param actor the entry's actor code on the lookup date
 */
public record KbCandidate(KbEntry entry, String form, How how, double score, String actor) {

  /** Kinds of evidence, strongest first. */
  public enum How {
    EXACT,
    TITLE,
    NOMINAL,
    VARIANT
  }
}
