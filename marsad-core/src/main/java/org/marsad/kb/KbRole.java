package org.marsad.kb;

import java.time.LocalDate;

/**
 * A date-bounded role of a KB entry: a position ({@code HOS}, {@code FM}, ... or {@code -} for a
 * bare actor code) within a scope (a country code or an organization id), with the CAMEO actor
 * code it confers. {@code from} is inclusive, {@code to} exclusive; null means open.
 */
public record KbRole(String role, String scope, String actor, LocalDate from, LocalDate to,
    int rank) {

  /** Whether the role is held on {@code date}. */
  public boolean validOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }

  /** Whether the role has a start or an end date. */
  public boolean dated() {
    return from != null || to != null;
  }
}
