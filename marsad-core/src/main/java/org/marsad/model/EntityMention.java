package org.marsad.model;

/**
 * A typed name span found by a tagger, before resolution into an {@link Entity}.
 * {@code start}/{@code end} index the original text; attached proclitics are excluded.
 */
public record EntityMention(int start, int end, EntityType type, double score) {
  public EntityMention {
    new CharSpan(start, end);
  }
}
