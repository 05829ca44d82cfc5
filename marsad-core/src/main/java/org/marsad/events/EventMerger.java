package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;

/**
 * Merges the same event told twice in an article: same CAMEO code, same source and target (by
 * entity, else by text), compatible dates (equal, or one of them unknown) and same modality, with
 * at least one actor. The first telling is kept (trigger, sentence), completed with the other's
 * date, location and attribution when it had none; confidences combine as {@code 1-(1-a)(1-b)}.
 */
final class EventMerger {
  private EventMerger() {}

  static List<Event> merge(List<SentenceCoder.Draft> drafts, CameoTable cameo) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    List<SentenceCoder.Draft> order = new ArrayList<>();
    for (SentenceCoder.Draft d : drafts) {
      if (d.source() == null && d.target() == null) {
        order.add(d);
        continue;
      }
      String key = d.cameo() + "|" + (d.source() == null ? "" : d.source().key()) + "|"
          + (d.target() == null ? "" : d.target().key()) + "|" + d.modality();
      List<Integer> same = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
      Integer at = null;
      for (int k : same) {
        String date = order.get(k).date();
        if (date == null || d.date() == null || date.equals(d.date())) {
          at = k;
          break;
        }
      }
      if (at == null) {
        same.add(order.size());
        order.add(d);
      } else {
        order.set(at, combine(order.get(at), d));
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

  private static SentenceCoder.Draft combine(SentenceCoder.Draft a, SentenceCoder.Draft b) {
    double c = Math.min(0.97, Math.round((1 - (1 - a.confidence()) * (1 - b.confidence())) * 100)
        / 100.0);
    boolean bDated = a.date() == null && b.date() != null;
    return new SentenceCoder.Draft(a.cameo(), a.sentence(), a.token(), a.verb(), a.trigger(),
        a.source(), a.target(), a.location() != null ? a.location() : b.location(),
        bDated ? b.date() : a.date(), bDated ? b.time() : a.time(), a.modality(),
        a.attribution() != null ? a.attribution() : b.attribution(), c, a.weak());
  }
}
