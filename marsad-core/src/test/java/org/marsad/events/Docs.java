package org.marsad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.model.TimeExpression;
import org.marsad.model.TimeType;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.SentenceSplitter;

/** Builds analyzed documents by hand for the event tests: entities and times given by text. */
final class Docs {
  private final String text;
  private final LocalDate published;
  private final List<Entity> entities = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();

  private Docs(String text, LocalDate published) {
    this.text = text;
    this.published = published;
  }

  /** The events the shared coder finds in {@code d}. */
  static List<Event> code(Docs d) {
    return EventCoder.shared().code(d.build());
  }

  /** The events whose CAMEO code starts with {@code root}. */
  static List<Event> root(List<Event> events, String root) {
    return events.stream().filter(e -> e.cameo().startsWith(root)).toList();
  }

  static Docs of(String text) {
    return new Docs(text, LocalDate.of(2019, 12, 15));
  }

  /** An entity whose mentions are every occurrence of each form (TITLE for the first of two). */
  Docs entity(String id, EntityType type, String actor, String kb, String... forms) {
    List<Mention> ms = new ArrayList<>();
    for (int f = 0; f < forms.length; f++) {
      int at = text.indexOf(forms[f]);
      if (at < 0) {
        throw new IllegalArgumentException("'" + forms[f] + "' is not in the text");
      }
      while (at >= 0) {
        MentionKind kind = forms.length > 1 && f == 0 ? MentionKind.TITLE : MentionKind.NAME;
        ms.add(new Mention(at, at + forms[f].length(), forms[f], kind));
        at = text.indexOf(forms[f], at + forms[f].length());
      }
    }
    ms.sort((a, b) -> a.start() - b.start());
    entities.add(new Entity(id, type, forms[forms.length - 1], null, kb, actor, ms));
    return this;
  }

  Docs time(String form, String value) {
    int at = text.indexOf(form);
    if (at < 0) {
      throw new IllegalArgumentException("'" + form + "' is not in the text");
    }
    times.add(new TimeExpression("t" + (times.size() + 1), at, at + form.length(), form,
        TimeType.DATE, value));
    return this;
  }

  Document build() {
    return Document.of(new DocumentMeta("test", published, null, null, null), text)
        .withSentences(SentenceSplitter.split(text))
        .withTokens(ArabicTokenizer.shared().tokenize(text))
        .withEntities(entities)
        .withTimes(times);
  }
}
