package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.json.DocumentJson;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.EntityRef;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.EventArgument;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.model.Modality;
import org.marsad.model.TextSpan;
import org.marsad.pipeline.Analyzer;

/** Hand-built analyzed documents for store tests: real text analysis plus given entities/events. */
final class Docs {
  private Docs() {}

  static Document doc(String id, String date, String outlet, String text) {
    return Analyzer.defaults().analyze(new DocumentMeta(id, date == null ? null : LocalDate.parse(date),
        "title " + id, "https://example.org/" + id, outlet), text);
  }

  /** An entity whose mentions are every occurrence of each surface form in the text. */
  static Entity entity(Document d, String id, EntityType type, String name, String kb,
      String... surfaces) {
    List<Mention> ms = new ArrayList<>();
    for (String s : surfaces) {
      int from = 0;
      int at;
      while ((at = d.text().indexOf(s, from)) >= 0) {
        ms.add(new Mention(at, at + s.length(), s, s.contains(" ") ? MentionKind.TITLE : MentionKind.NAME));
        from = at + s.length();
      }
    }
    if (ms.isEmpty()) {
      throw new IllegalArgumentException("no mention of " + List.of(surfaces) + " in " + d.text());
    }
    return new Entity(id, type, name, null, kb, null, ms);
  }

  static Event event(String id, String cameo, String plover, String source, String target,
      String location, String date) {
    return new Event(id, cameo, plover, 0, new TextSpan(0, 1, "x"),
        source == null ? null : new EventArgument(source, null, null),
        target == null ? null : new EventArgument(target, null, null),
        location == null ? null : new EntityRef(null, location), date, null, Modality.ASSERTED, null, 0.9);
  }

  static AddResult add(Store store, Document d) {
    return store.add(d, DocumentJson.toJson(d, DocumentJson.Options.COMPACT),
        new SourceRef(d.meta().source(), d.meta().url(), d.meta().id()));
  }
}
