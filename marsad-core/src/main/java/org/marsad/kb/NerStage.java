package org.marsad.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.pipeline.Stage;

/**
 * The {@code ner} stage: runs the NER tagger alone and leaves its spans, unresolved, in the
 * entity layer (one entity {@code n1, n2, ...} per span, no KB id) for
 * {@link EntityStage#afterNer} to resolve. Splitting tagging from resolution lets the pipeline
 * benchmark time each on its own. Thread-safe if the tagger is.
 */
public final class NerStage implements Stage {
  private final Function<Document, List<EntityMention>> tagger;

  public NerStage(Function<Document, List<EntityMention>> tagger) {
    if (tagger == null) {
      throw new IllegalArgumentException("tagger must not be null");
    }
    this.tagger = tagger;
  }

  @Override
  public String name() {
    return "ner";
  }

  @Override
  public String provides() {
    return "ner";
  }

  @Override
  public Document apply(Document doc) {
    List<EntityMention> spans = tagger.apply(doc);
    List<Entity> out = new ArrayList<>(spans.size());
    for (EntityMention m : spans) {
      out.add(new Entity("n" + (out.size() + 1), m.type(), null, null, null, null, List.of(
          new Mention(m.start(), m.end(), doc.text().substring(m.start(), m.end()),
              MentionKind.NAME))));
    }
    return doc.withEntities(out);
  }

  /** The spans a {@code NerStage} left in {@code doc}'s entity layer. */
  static List<EntityMention> spans(Document doc) {
    List<EntityMention> out = new ArrayList<>();
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        out.add(new EntityMention(m.start(), m.end(), e.type(), 1.0));
      }
    }
    return out;
  }
}
