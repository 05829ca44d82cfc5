package org.marsad.kb;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.marsad.model.Document;
import org.marsad.model.EntityMention;
import org.marsad.pipeline.Stage;

/**
 * The {@code entities} stage: runs a tagger (may return nothing) and resolves its mentions with
 * the KB through an {@link EntityResolver}. Thread-safe if the tagger is.
 */
public final class EntityStage implements Stage {
  private final EntityResolver resolver;
  private final Function<Document, List<EntityMention>> tagger;

  /**
   * @param resolver the resolver (its KB decides names, roles and actor codes)
   * @param tagger the NER tagger's mentions for a document; {@code d -> List.of()} for KB only
   */
  public EntityStage(EntityResolver resolver, Function<Document, List<EntityMention>> tagger) {
    if (resolver == null || tagger == null) {
      throw new IllegalArgumentException("resolver and tagger must not be null");
    }
    this.resolver = resolver;
    this.tagger = tagger;
  }

  /** KB matching and rule-based names only, over the shipped KB. */
  public static EntityStage kbOnly() {
    return new EntityStage(EntityResolver.shared(), d -> List.of());
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<String> requires() {
    return Set.of();
  }

  @Override
  public String provides() {
    return "entities";
  }

  @Override
  public Document apply(Document doc) {
    return doc.withEntities(resolver.resolve(doc, tagger.apply(doc)));
  }
}
