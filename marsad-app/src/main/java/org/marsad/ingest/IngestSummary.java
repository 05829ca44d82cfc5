package org.marsad.ingest;

import java.util.List;

/**
 * What an ingest did: items read; documents stored new; exact duplicates (same text as a stored
 * document, added to it as a source); items already stored (skipped); failures, with the first
 * {@link Ingester#MAX_REPORTED_FAILURES} reasons.
 */
public record IngestSummary(long read, long added, long duplicates, long existing, long failed,
    List<String> failures, long millis) {
  public IngestSummary {
    failures = List.copyOf(failures);
  }

  public double perSecond() {
    return millis == 0 ? 0 : read * 1000.0 / millis;
  }

  public String line() {
    return String.format(java.util.Locale.ROOT,
        "read %d, new %d, duplicate %d, already stored %d, failed %d in %.1f s (%.0f articles/s)",
        read, added, duplicates, existing, failed, millis / 1000.0, perSecond());
  }
}
