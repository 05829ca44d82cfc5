package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityType;

/**
 * The family of the deceased or of the victim (عائلة الفقيد، ذوي الضحية، أسرة المغدور: nominal
 * actors of {@code agents.tsv}) is the named person killed or attacked in the article's last
 * root-18 event before them, as the gold articles code it: قام المحافظ بتعزية عائلة الفقيد after
 * أقدم سليمان الأسد على قتل العقيد حسان الشيخ is condolence to al-Sheikh. The actor stays nominal
 * (not named) for the other rules. Linear in the number of events.
 */
final class VictimReference {
  /** Stems as written (ضحي for ضحية and ضحيه). */
  private static final String[] WORDS = {"فقيد", "ضحي", "مغدور"};

  private VictimReference() {}

  static List<SentenceCoder.Draft> apply(List<SentenceCoder.Draft> drafts) {
    List<SentenceCoder.Draft> out = null;
    Actor victim = null;
    for (int k = 0; k < drafts.size(); k++) {
      SentenceCoder.Draft d = drafts.get(k);
      Actor src = refer(d.source(), victim);
      Actor tgt = refer(d.target(), victim);
      if (src != d.source() || tgt != d.target()) {
        if (out == null) {
          out = new ArrayList<>(drafts);
        }
        d = d.withActors(src, tgt);
        out.set(k, d);
      }
      if (d.root().equals("18") && d.target() != null && d.target().named
          && d.target().entity != null && d.target().type == EntityType.PER) {
        victim = d.target();
      }
    }
    return out == null ? drafts : out;
  }

  private static Actor refer(Actor a, Actor victim) {
    if (a == null || victim == null || a.entity != null || a.text == null) {
      return a;
    }
    for (String w : WORDS) {
      if (a.text.contains(w)) {
        Actor r = new Actor(a.from, a.to, a.start, a.end, victim.entity, victim.type,
            victim.code, false);
        r.prep = a.prep;
        r.text = a.text;
        return r;
      }
    }
    return a;
  }
}
