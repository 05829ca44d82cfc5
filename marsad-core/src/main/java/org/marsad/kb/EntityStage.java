package org.marsad.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.marsad.model.Document;
import org.marsad.model.EntityMention;
import org.marsad.model.TimeExpression;
import org.marsad.pipeline.Stage;

/**
 * The {@code entities} stage: runs a tagger (may return nothing) and resolves its mentions with
 * the KB through an {@link EntityResolver}. Thread-safe if the tagger is.
 */
public final class EntityStage implements Stage {
  private final EntityResolver resolver;
  private final Function<Document, List<EntityMention>> tagger;
  private final boolean afterNer;

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
    this.afterNer = false;
  }

  private EntityStage(EntityResolver resolver) {
    this.resolver = resolver;
    this.tagger = NerStage::spans;
    this.afterNer = true;
  }

  /**
   * Resolution alone, of the spans an earlier {@link NerStage} left in the entity layer (which
   * this stage replaces): the shipped pipeline runs {@code ner} then {@code entities}, so that
   * tagging and resolution are timed apart.
   */
  public static EntityStage afterNer(EntityResolver resolver) {
    if (resolver == null) {
      throw new IllegalArgumentException("resolver must not be null");
    }
    return new EntityStage(resolver);
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
    return afterNer ? Set.of("ner") : Set.of();
  }

  @Override
  public String provides() {
    return "entities";
  }

  @Override
  public Document apply(Document doc) {
    return doc.withEntities(resolver.resolve(doc, outsideTimes(doc, tagger.apply(doc))));
  }

  /**
   * The tagged spans that do not lie inside a time expression of the document: a month name there
   * (أيار in أيار/مايو 2011, آب in وآب/أغسطس 2014) is part of the date, not an organization or a
   * place. Without a times layer, all of them.
   */
  static List<EntityMention> outsideTimes(Document doc, List<EntityMention> tagged) {
    List<TimeExpression> times = doc.times();
    if (times == null || times.isEmpty() || tagged.isEmpty()) {
      return tagged;
    }
    // One sweep over both in text order: linear even for a 20 MB text with thousands of each.
    List<TimeExpression> ts = new ArrayList<>(times);
    ts.sort(Comparator.comparingInt(TimeExpression::start));
    List<EntityMention> ms = new ArrayList<>(tagged);
    ms.sort(Comparator.comparingInt(EntityMention::start));
    List<EntityMention> out = new ArrayList<>(ms.size());
    int p = 0;
    int reach = -1; // the furthest end of the time expressions starting at or before m
    for (EntityMention m : ms) {
      // a conjunction the mention kept (وآب: آب is too short to split) is outside the date
      if (m.start() < 0 || m.start() >= doc.text().length() || m.end() > doc.text().length()) {
        out.add(m); // the resolver names the bad span
        continue;
      }
      int start = m.start() + ("وف".indexOf(doc.text().charAt(m.start())) >= 0 ? 1 : 0);
      while (p < ts.size() && ts.get(p).start() <= start) {
        reach = Math.max(reach, ts.get(p++).end());
      }
      if (m.end() > reach) {
        out.add(m);
      }
    }
    return out;
  }
}
