package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.kb.KbCandidate;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KbRole;
import org.marsad.kb.KnowledgeBase;

/**
 * Query expansion from the knowledge base: a phrase's {@link KnowledgeBase#lookup} candidates
 * scoring at least {@code minScore} (exact forms 1.0, titles 0.9, adjectives 0.85, spelling
 * variants 0.8) become entity keys. A title names whoever held it: the holder on the search's
 * end date (today if open) for that holder's term, then the holders before, back to the search's
 * start date, each limited to their own term. Thread-safe.
 */
public final class KbExpander implements EntityExpander {
  /** Default threshold: accepts spelling variants (0.8, 0.78 after a clitic), not weaker evidence. */
  public static final double DEFAULT_MIN_SCORE = 0.75;
  private static final int MAX_HOLDERS = 12;

  private final KnowledgeBase kb;
  private final double minScore;

  public KbExpander(KnowledgeBase kb, double minScore) {
    this.kb = kb;
    this.minScore = minScore;
  }

  /** The shipped knowledge base with the default threshold; the KB loads on first use. */
  public static EntityExpander shared() {
    return new EntityExpander() {
      @Override
      public List<Match> expand(String phrase, LocalDate from, LocalDate to) {
        return Lazy.SHARED.expand(phrase, from, to);
      }
    };
  }

  private static final class Lazy {
    static final KbExpander SHARED = new KbExpander(KnowledgeBase.shared(), DEFAULT_MIN_SCORE);
  }

  @Override
  public List<Match> expand(String phrase, LocalDate from, LocalDate to) {
    LocalDate date = to != null ? to : LocalDate.now();
    Set<Match> out = new LinkedHashSet<>();
    for (KbCandidate c : kb.lookup(phrase, date)) {
      if (c.score() < minScore) {
        continue;
      }
      if (c.how() != KbCandidate.How.TITLE) {
        out.add(Match.of(c.entry().id()));
        continue;
      }
      titleHolders(phrase, c, date, from, out);
    }
    return new ArrayList<>(out);
  }

  /** The title's holders from {@code date} back to {@code from}, each for their term. */
  private void titleHolders(String phrase, KbCandidate first, LocalDate date, LocalDate from,
      Set<Match> out) {
    KbCandidate c = first;
    LocalDate d = date;
    for (int n = 0; n < MAX_HOLDERS && c != null; n++) {
      KbRole r = termOn(c.entry(), d);
      if (r == null) {
        out.add(Match.of(c.entry().id()));
        return;
      }
      out.add(new Match(c.entry().id(), r.from(), r.to()));
      if (r.from() == null || from != null && !r.from().isAfter(from)) {
        return;
      }
      d = r.from().minusDays(1);
      c = null;
      for (KbCandidate k : kb.lookup(phrase, d)) {
        if (k.how() == KbCandidate.How.TITLE && k.score() >= minScore) {
          c = k;
          break;
        }
      }
    }
  }

  /** The dated role {@code e} holds on {@code d} that began last (the title's term), or null. */
  private static KbRole termOn(KbEntry e, LocalDate d) {
    KbRole best = null;
    for (KbRole r : e.roles()) {
      if (r.dated() && r.validOn(d) && !"-".equals(r.role())
          && (best == null || r.from() != null && (best.from() == null || r.from().isAfter(best.from())))) {
        best = r;
      }
    }
    return best;
  }
}
