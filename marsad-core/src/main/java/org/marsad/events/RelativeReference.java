package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person named only by what he did, in a relative clause after a pledge, demand, accusation,
 * threat or arrest (يتعهد بمحاسبة قريبه الذي قتل عقيداً: his relative who killed a colonel), is the
 * actor the article names for that act: the named source of its event of the same code (أقدم
 * سليمان الأسد على قتل العقيد). The clause's act has no actor of its own; the reference is taken
 * only when the article names one. Linear in the number of events, plus one scan per such clause.
 */
final class RelativeReference {
  /** Roots of events aimed at a wrongdoer: pledge, demand, accuse, threaten, arrest. */
  private static final Set<String> AIMED = Set.of("03", "10", "11", "13", "17");
  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين");
  /** At most this many words between the trigger and the relative clause's verb. */
  private static final int REACH = 6;

  private RelativeReference() {}

  static List<SentenceCoder.Draft> apply(String text, List<SentenceCoder.Draft> drafts) {
    List<SentenceCoder.Draft> out = null;
    Map<String, Actor> doers = null;
    for (int k = 0; k < drafts.size(); k++) {
      SentenceCoder.Draft d = drafts.get(k);
      if (d.target() != null || d.source() == null || !AIMED.contains(d.root())) {
        continue;
      }
      SentenceCoder.Draft act = relativeAct(text, drafts, k);
      if (act == null) {
        continue;
      }
      if (doers == null) {
        doers = namedDoers(drafts);
      }
      Actor doer = doers.get(act.cameo());
      if (doer != null && !doer.key().equals(d.source().key())) {
        if (out == null) {
          out = new ArrayList<>(drafts);
        }
        out.set(k, d.withActors(d.source(), doer));
      }
    }
    return out == null ? drafts : out;
  }

  /** The actorless verb of force in a relative clause right after draft {@code k}'s trigger. */
  private static SentenceCoder.Draft relativeAct(String text, List<SentenceCoder.Draft> drafts,
      int k) {
    SentenceCoder.Draft d = drafts.get(k);
    for (int j = k + 1; j < drafts.size(); j++) {
      SentenceCoder.Draft a = drafts.get(j);
      if (a.sentence() != d.sentence()) {
        break;
      }
      if (!a.verb() || a.source() != null || !(a.root().equals("18") || a.root().equals("19"))
          || a.trigger().start() < d.trigger().end()) {
        continue;
      }
      String[] words = text.substring(d.trigger().end(), a.trigger().start()).trim()
          .split("\\s+");
      if (words.length > REACH) {
        return null;
      }
      for (String w : words) {
        if (RELATIVES.contains(Words.fold(w))) {
          return a;
        }
      }
      return null;
    }
    return null;
  }

  /** For each CAMEO code, the named source of the article's first event of that code. */
  private static Map<String, Actor> namedDoers(List<SentenceCoder.Draft> drafts) {
    Map<String, Actor> out = new HashMap<>();
    for (SentenceCoder.Draft d : drafts) {
      if (d.source() != null && d.source().named && d.source().entity != null) {
        out.putIfAbsent(d.cameo(), d.source());
      }
    }
    return out;
  }
}
