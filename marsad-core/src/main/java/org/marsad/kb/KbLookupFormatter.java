package org.marsad.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Formats {@link KnowledgeBase#lookup} results for {@code marsad kb lookup NAME [--date D]}: one
 * candidate per line, best first, with score, evidence, id, type, names, actor code on the date and
 * the file it came from. Stateless.
 */
public final class KbLookupFormatter {
  private KbLookupFormatter() {}

  public static String format(String name, LocalDate date, List<KbCandidate> candidates) {
    StringBuilder b = new StringBuilder();
    b.append("candidates for '").append(name).append("' on ")
        .append(date == null ? LocalDate.now() + " (today)" : date).append(":\n");
    if (candidates.isEmpty()) {
      b.append("  (none)\n");
    }
    for (KbCandidate c : candidates) {
      KbEntry e = c.entry();
      b.append(String.format(Locale.ROOT, "  %.3f  %-7s %-40s %-3s %s / %s  actor=%s  form='%s'  [%s]%n",
          c.score(), c.how(), e.id(), e.type(), e.name(), e.nameEn() == null ? "-" : e.nameEn(),
          c.actor() == null ? "-" : c.actor(), c.form(), e.source()));
    }
    return b.toString();
  }
}
