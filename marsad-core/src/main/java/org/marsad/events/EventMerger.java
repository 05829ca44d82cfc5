package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;

/**
 * Merges the same event told twice in an article: same CAMEO code, same source and target (by
 * entity, else by text), compatible dates (equal, or one of them unknown; equal when no actor is
 * a named entity: المتظاهرين of two dates are two protests) and same modality, with at least one
 * actor; also a named source's event told once with and once without a target (a headline and its
 * lead). The first telling is kept (trigger, sentence), completed with the other's target, date,
 * location and attribution when it had none; confidences combine as {@code 1-(1-a)(1-b)}.
 */
final class EventMerger {
  private EventMerger() {}

  static List<Event> merge(List<SentenceCoder.Draft> drafts, CameoTable cameo) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    Map<String, List<Integer>> byPartial = new HashMap<>();
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
        boolean nominal = (d.source() == null || d.source().entity == null)
            && (d.target() == null || d.target().entity == null);
        if (nominal ? java.util.Objects.equals(date, d.date())
            : date == null || d.date() == null || date.equals(d.date())) {
          at = k;
          break;
        }
      }
      String partialKey = d.source() == null || d.source().entity == null ? null
          : d.cameo() + "|" + d.source().key() + "|" + d.modality();
      if (at == null && partialKey != null) {
        // the same source's event told once without its target (headline and lead)
        for (int k : byPartial.getOrDefault(partialKey, List.of())) {
          SentenceCoder.Draft o = order.get(k);
          if ((o.target() == null) != (d.target() == null) && (o.date() == null
              || d.date() == null || o.date().equals(d.date()))) {
            at = k;
            break;
          }
        }
      }
      if (at == null) {
        same.add(order.size());
        if (partialKey != null) {
          byPartial.computeIfAbsent(partialKey, k -> new ArrayList<>(1)).add(order.size());
        }
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
        a.source(), a.target() != null ? a.target() : b.target(),
        a.location() != null ? a.location() : b.location(),
        bDated ? b.date() : a.date(), bDated ? b.time() : a.time(), a.modality(),
        a.attribution() != null ? a.attribution() : b.attribution(), c, a.weak());
  }
}
