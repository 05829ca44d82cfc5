package org.marsad.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;

/**
 * Merges the same event told twice in an article: same CAMEO code, same source and target (by
 * entity, else by text), same date (both null counts as same) and same modality, with at least one
 * actor. The first telling is kept (its trigger, sentence and attribution), filled in with the
 * other's location when it had none, and its confidence combined as {@code 1 - (1-a)(1-b)}.
 */
final class EventMerger {
  private EventMerger() {}

  static List<Event> merge(List<SentenceCoder.Draft> drafts, CameoTable cameo) {
    Map<String, Integer> kept = new LinkedHashMap<>();
    List<SentenceCoder.Draft> order = new ArrayList<>();
    int anon = 0;
    for (SentenceCoder.Draft d : drafts) {
      String key;
      if (d.source() == null && d.target() == null) {
        key = "#" + anon++;
      } else {
        key = d.cameo() + "|" + (d.source() == null ? "" : d.source().key()) + "|"
            + (d.target() == null ? "" : d.target().key()) + "|" + d.date() + "|" + d.modality();
      }
      Integer at = kept.get(key);
      if (at == null) {
        kept.put(key, order.size());
        order.add(d);
      } else {
        SentenceCoder.Draft first = order.get(at);
        SentenceCoder.Draft merged = new SentenceCoder.Draft(first.cameo(), first.sentence(),
            first.trigger(), first.source(), first.target(),
            first.location() != null ? first.location() : d.location(), first.date(), first.time(),
            first.modality(), first.attribution() != null ? first.attribution() : d.attribution(),
            Math.min(0.97, Math.round((1 - (1 - first.confidence()) * (1 - d.confidence())) * 100)
                / 100.0), first.weak());
        order.set(at, merged);
      }
    }
    List<Event> out = new ArrayList<>(order.size());
    int n = 1;
    for (SentenceCoder.Draft d : order) {
      out.add(new Event("v" + n++, d.cameo(), cameo.plover(d.cameo()), d.sentence(), d.trigger(),
          d.sourceArg(), d.targetArg(), d.location(), d.date(), d.time(), d.modality(),
          d.attribution(), d.confidence()));
    }
    return out;
  }
}
