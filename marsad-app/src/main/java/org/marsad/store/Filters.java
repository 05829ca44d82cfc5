package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Restrictions on documents or events: publication (or event) date range, inclusive; outlets;
 * entities (knowledge-base ids such as {@code Q39259}, {@code name:} keys, or plain names, which
 * are looked up among the stored aliases); CAMEO root codes ({@code 01}-{@code 20}); PLOVER types;
 * location text; story cluster. Empty lists and nulls do not restrict.
 */
public record Filters(LocalDate from, LocalDate to, List<String> outlets, List<String> entities,
    List<String> cameoRoots, List<String> plover, String location, String cluster) {
  public static final Filters NONE = new Filters(null, null, List.of(), List.of(), List.of(),
      List.of(), null, null);

  private static final Pattern ROOT = Pattern.compile("0[1-9]|1[0-9]|20");

  public Filters {
    outlets = List.copyOf(outlets);
    entities = List.copyOf(entities);
    cameoRoots = List.copyOf(cameoRoots);
    plover = List.copyOf(plover);
    for (String r : cameoRoots) {
      if (!ROOT.matcher(r).matches()) {
        throw new InvalidRequestException("cameo: '" + r + "' is not a CAMEO root code"
            + " (expected two digits, 01 to 20)");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException("from " + from + " is after to " + to);
    }
  }
}
