package org.marsad.kb;

import java.time.LocalDate;
import java.util.List;
import org.marsad.model.EntityType;

/**
 * One real-world entity of the knowledge base.
 *
 * @param id stable id: a Wikidata QID ({@code Q39259}) where known, else {@code marsad:...}
 * @param type entity class
 * @param name canonical Arabic name
 * @param nameEn English name or null
 * @param country ISO 3166 alpha-3 / CAMEO country code the entity belongs to, or null
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param population population (places) used to rank ambiguous names; 0 if unknown
 * @param forms surface forms by which texts name it (not folded)
 * @param nominals adjectives and demonyms that refer to it ({@code التركي}, {@code الأتراك})
 * @param actor undated CAMEO actor code, or null
 * @param roles date-bounded roles (see {@link #actorOn} for which one applies)
 * @param rank source rank: curated entries outrank generated ones when names collide
 * @param source file the entry came from
 */
public record KbEntry(String id, EntityType type, String name, String nameEn, String country,
    Double lat, Double lon, long population, List<String> forms, List<String> nominals,
    String actor, List<KbRole> roles, int rank, String source) {

  public KbEntry {
    forms = List.copyOf(forms);
    nominals = List.copyOf(nominals);
    roles = List.copyOf(roles);
  }

  /**
   * Whether this is a capital city: a place that stands for its country's government when used as
   * an actor ({@code أنقرة} → TURGOV). A capital outranks its namesakes elsewhere (London, Ontario).
   */
  public boolean isCapital() {
    for (KbRole r : roles) {
      if ("CAPITAL".equals(r.role())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #id()} is a Wikidata QID. */
  public boolean isWikidata() {
    return id.length() > 1 && id.charAt(0) == 'Q' && id.substring(1).chars().allMatch(Character::isDigit);
  }

  /**
   * The CAMEO actor code on {@code date}: a dated role valid then (curated before generated, the
   * latest start first), else an undated role, else the entry's own code, else, for a person whose
   * roles in a country have all ended, that country's former-elite code ({@code TURELI}); null if
   * none applies.
   */
  public String actorOn(LocalDate date) {
    KbRole best = null;
    for (KbRole r : roles) {
      if (!r.dated() || !r.validOn(date)) {
        continue;
      }
      if (best == null || r.rank() > best.rank() || r.rank() == best.rank() && later(r, best)) {
        best = r;
      }
    }
    if (best != null) {
      return best.actor();
    }
    for (KbRole r : roles) {
      if (!r.dated()) {
        return r.actor();
      }
    }
    if (actor != null || type != EntityType.PER) {
      return actor;
    }
    KbRole last = null;
    for (KbRole r : roles) {
      if (r.to() != null && !date.isBefore(r.to()) && !r.actor().startsWith("IGO")
          && (last == null || r.to().isAfter(last.to()))) {
        last = r;
      }
    }
    return last == null ? null : last.actor().substring(0, 3) + "ELI";
  }

  private static boolean later(KbRole a, KbRole b) {
    return a.from() != null && (b.from() == null || a.from().isAfter(b.from()));
  }

  KbEntry withRoles(List<KbRole> newRoles) {
    return new KbEntry(id, type, name, nameEn, country, lat, lon, population, forms, nominals, actor,
        newRoles, rank, source);
  }
}
