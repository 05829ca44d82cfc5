package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;

/**
 * Merges the same event told twice in an article: same CAMEO code, same source and target (by
 * entity, else by text), compatible dates (equal, or one of them unknown; equal when no actor is
 * a named entity: المتظاهرين of two dates are two protests), compatible places (one unknown or
 * both the same) and same modality, with at least one actor; also a named source's event told once with and once without a target (a headline and its
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
        if ((nominal ? java.util.Objects.equals(date, d.date())
            : date == null || d.date() == null || date.equals(d.date()))
            && samePlace(order.get(k).location(), d.location())) {
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
    order = sameInstitution(order);
    order = absorbActorless(order);
    List<Event> out = new ArrayList<>(order.size());
    int n = 1;
    for (SentenceCoder.Draft d : order) {
      out.add(new Event("v" + n++, d.cameo(), cameo.plover(d.cameo()), d.sentence(), d.trigger(),
          d.sourceArg(), d.targetArg(), d.location(), d.date(), d.time(), d.modality(),
          d.attribution(), d.confidence()));
    }
    return out;
  }

  /**
   * The same institution named two ways in adjacent sentences (أعلن الادعاء العام الليبي أنه
   * يحقق، then قال مكتب النائب العام إن النائب العام أصدر تعليماته بالتحقيق): two organisations
   * of a state with the same country-and-sector code (LBYJUD; government, judiciary, military,
   * police, legislature, intelligence) doing the same thing with no target, with compatible
   * dates, are one event, as CAMEO's actor codes count it. Persons, armed groups and
   * international bodies are never merged this way (حماس and الجهاد الإسلامي are both PSEREB),
   * nor tellings more than one sentence apart.
   */
  private static List<SentenceCoder.Draft> sameInstitution(List<SentenceCoder.Draft> order) {
    List<SentenceCoder.Draft> out = null;
    for (int i = 1; i < order.size(); i++) {
      SentenceCoder.Draft d = order.get(i);
      if (!institution(d)) {
        continue;
      }
      for (int k = i - 1; k >= 0; k--) {
        SentenceCoder.Draft o = (out == null ? order : out).get(k);
        if (o == null) {
          continue;
        }
        if (o.sentence() < d.sentence() - 1) {
          break;
        }
        if (institution(o) && o.cameo().equals(d.cameo()) && o.modality() == d.modality()
            && o.source().code.equals(d.source().code)
            && !o.source().key().equals(d.source().key())
            && (o.date() == null || d.date() == null || o.date().equals(d.date()))) {
          if (out == null) {
            out = new ArrayList<>(order);
          }
          out.set(k, combine(o, d));
          out.set(i, null);
          break;
        }
      }
    }
    if (out == null) {
      return order;
    }
    List<SentenceCoder.Draft> kept = new ArrayList<>(out.size());
    for (SentenceCoder.Draft d : out) {
      if (d != null) {
        kept.add(d);
      }
    }
    return kept;
  }

  private static boolean institution(SentenceCoder.Draft d) {
    if (d.target() != null || d.source() == null || d.source().entity == null
        || d.source().type != org.marsad.model.EntityType.ORG || d.source().code == null
        || d.source().code.length() != 6) {
      return false;
    }
    String code = d.source().code;
    return !NOT_STATES.contains(code.substring(0, 3)) && STATE_SECTORS.contains(code.substring(3));
  }

  /** Codes of actors that are no state: two of them are not one institution (حماس، الجهاد). */
  private static final java.util.Set<String> NOT_STATES = java.util.Set.of("IGO", "IMG", "NGO",
      "MNC", "NGM", "UIS");
  /** A state's institutions, each one per country and sector in CAMEO's coding. */
  private static final java.util.Set<String> STATE_SECTORS = java.util.Set.of("GOV", "JUD",
      "MIL", "COP", "LEG", "SPY");

  /**
   * Whether two tellings may be of one place: either place unknown, or the same place (by
   * entity, else by text). Fighting between the same sides on the same day at two named places
   * (تعقب المتمردين in Aden, المعارك العنيفة في الحوطة) is two events, as GDELT keys them.
   */
  static boolean samePlace(org.marsad.model.EntityRef a, org.marsad.model.EntityRef b) {
    if (a == null || b == null) {
      return true;
    }
    if (a.entity() != null && b.entity() != null) {
      return a.entity().equals(b.entity());
    }
    return Words.fold(a.text()).equals(Words.fold(b.text()));
  }

  /**
   * An event told with no actor at all is the same event as one of the article's tellings of
   * that code and modality with actors (الأسد يتعهد بمحاسبة قريبه الذي قتل عقيداً in the headline,
   * أقدم سليمان الأسد على قتل العقيد in the body; the القتال of a background clause): it is merged
   * into the first such event whose date is compatible (equal or one unknown; equal when that
   * event has only nominal actors). Its date never replaces the kept event's: an undated
   * telling stays undated. A dated actorless report is not merged into an undated event told
   * after it (هؤلاء الأسرى يضربون لليوم الثالث أمس, then the hunger strike of a prisoner named
   * later): nothing in the later telling shows it is the same event. An actorless event of a
   * root's generic code (180 الاعتداء، 190 اشتباكات، 140 احتجاجات) is also a retelling of an
   * event of a more specific code of that root (182 الضرب، 145 أحرق متظاهرون أعلام) with the
   * same date (or both undated). Actorless events of a code told with no actor anywhere are kept.
   */
  private static List<SentenceCoder.Draft> absorbActorless(List<SentenceCoder.Draft> order) {
    List<SentenceCoder.Draft> out = new ArrayList<>(order);
    boolean[] gone = new boolean[out.size()];
    for (int i = 0; i < out.size(); i++) {
      SentenceCoder.Draft d = out.get(i);
      if (d.source() != null || d.target() != null) {
        continue;
      }
      for (int k = 0; k < out.size(); k++) {
        SentenceCoder.Draft o = out.get(k);
        if (gone[k] || o.source() == null && o.target() == null || !(o.cameo().equals(d.cameo())
            || d.cameo().equals(d.root() + "0") && o.root().equals(d.root()))
            || o.modality() != d.modality()) {
          continue;
        }
        boolean named = o.source() != null && o.source().entity != null
            || o.target() != null && o.target().entity != null;
        if (k > i && o.date() == null && d.date() != null) {
          continue; // a later undated telling does not show that a dated report was about it
        }
        if (!o.cameo().equals(d.cameo()) && !java.util.Objects.equals(o.date(), d.date())) {
          continue; // a generic retelling joins a specific event of its very date only
        }
        if (named ? o.date() == null || d.date() == null || o.date().equals(d.date())
            : java.util.Objects.equals(o.date(), d.date())) {
          double c = Math.min(0.97, Math.round((1 - (1 - o.confidence())
              * (1 - d.confidence())) * 100) / 100.0);
          out.set(k, new SentenceCoder.Draft(o.cameo(), o.sentence(), o.token(), o.verb(),
              o.trigger(), o.source(), o.target(),
              o.location() != null ? o.location() : d.location(), o.date(), o.time(),
              o.modality(), o.attribution() != null ? o.attribution() : d.attribution(), c,
              o.weak(), o.recip()));
          gone[i] = true;
          break;
        }
      }
    }
    List<SentenceCoder.Draft> kept = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      if (!gone[i]) {
        kept.add(out.get(i));
      }
    }
    return kept;
  }

  /**
   * Whether {@code b} names the same actor as {@code a} more fully: the same entity, with a's
   * text inside a longer text (الفلسطينيين, then الفلسطينيين في الضفة الغربية in the lead).
   */
  private static boolean fuller(Actor b, Actor a) {
    return b != null && a.entity != null && a.entity.equals(b.entity)
        && b.text.length() > a.text.length() && b.text.startsWith(a.text);
  }

  private static SentenceCoder.Draft combine(SentenceCoder.Draft a, SentenceCoder.Draft b) {
    double c = Math.min(0.97, Math.round((1 - (1 - a.confidence()) * (1 - b.confidence())) * 100)
        / 100.0);
    boolean bDated = a.date() == null && b.date() != null;
    return new SentenceCoder.Draft(a.cameo(), a.sentence(), a.token(), a.verb(), a.trigger(),
        a.source(), a.target() == null || fuller(b.target(), a.target()) ? b.target() : a.target(),
        a.location() != null ? a.location() : b.location(),
        bDated ? b.date() : a.date(), bDated ? b.time() : a.time(), a.modality(),
        a.attribution() != null ? a.attribution() : b.attribution(), c, a.weak(), a.recip());
  }
}
