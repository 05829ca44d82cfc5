package org.marsad.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The sides of fighting told across sentences. A retreat (087x) is away from the side that
 * besieges, pursues or attacks the retreating one in the same sentence (قوات هادي تحاصر المتمردين
 * الذين انسحبوا: the rebels withdraw from Hadi's forces). Two-sided fighting told with no named
 * side (وقتل 39 متمردا و17 مقاتلا في المعارك العنيفة في الحوطة) is the fight between the two
 * named sides of the nearest fighting event of an earlier sentence of the same section, within a
 * few sentences (in the same sentence it is a retelling or a background: منذ اندلاع القتال).
 * Linear in the number of events.
 */
final class FightSides {
  /** How many sentences back a two-sided fight may find its sides. */
  static final int REACH = 5;

  private FightSides() {}

  /**
   * {@code sectionStart[s]}: the first sentence of the section sentence {@code s} belongs to
   * (a topic shift such as من جهة أخرى starts a new one).
   */
  static List<SentenceCoder.Draft> apply(List<SentenceCoder.Draft> drafts, int[] sectionStart) {
    List<SentenceCoder.Draft> out = drafts;
    SentenceCoder.Draft lastFight = null;
    for (int k = 0; k < out.size(); k++) {
      SentenceCoder.Draft d = out.get(k);
      if (d.cameo().startsWith("087") && d.source() != null && d.target() == null) {
        Actor from = pursuer(out, d);
        if (from != null) {
          out = out == drafts ? new ArrayList<>(drafts) : out;
          out.set(k, d.withActors(d.source(), from));
        }
        continue;
      }
      if (!d.root().equals("19")) {
        continue;
      }
      if (d.recip() && !d.verb() && !linked(d.source()) && !linked(d.target())) {
        if (lastFight != null && d.sentence() > lastFight.sentence()
            && d.sentence() - lastFight.sentence() <= REACH
            && d.sentence() < sectionStart.length
            && sectionStart[d.sentence()] <= lastFight.sentence()) {
          out = out == drafts ? new ArrayList<>(drafts) : out;
          out.set(k, d.withActors(lastFight.source(), lastFight.target()));
        }
        continue;
      }
      if (linked(d.source()) && linked(d.target())
          && !d.source().key().equals(d.target().key())) {
        lastFight = d;
      }
    }
    return out;
  }

  private static boolean linked(Actor a) {
    return a != null && a.entity != null;
  }

  /** The source of a root 18/19 event of the retreat's sentence whose target is the retreating. */
  private static Actor pursuer(List<SentenceCoder.Draft> drafts, SentenceCoder.Draft retreat) {
    String who = retreat.source().key();
    for (SentenceCoder.Draft d : drafts) {
      if (d.sentence() == retreat.sentence() && d != retreat && d.source() != null
          && d.target() != null && (d.root().equals("19") || d.root().equals("18"))
          && d.target().key().equals(who) && !d.source().key().equals(who)) {
        return d.source();
      }
    }
    return null;
  }
}
