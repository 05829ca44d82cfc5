package org.marsad.spark;

import java.util.Locale;

/** What a run did: records read, exact duplicates dropped, documents written, failures, and table sizes. */
public record Summary(long read, long duplicates, long documents, long failed, long mentions,
    long events, long quotes, long clusters, double seconds) {
  /** One line for the console. */
  public String line() {
    return String.format(Locale.ROOT,
        "marsad spark: read %d, duplicate %d, documents %d, failed %d; mentions %d, events %d,"
            + " quotes %d, story clusters %d in %.1f s", read, duplicates, documents, failed,
        mentions, events, quotes, clusters, seconds);
  }

  /** As JSON, for {@code OUT/summary.json}. */
  public String json() {
    return String.format(Locale.ROOT,
        "{\"read\":%d,\"duplicates\":%d,\"documents\":%d,\"failed\":%d,\"mentions\":%d,"
            + "\"events\":%d,\"quotes\":%d,\"clusters\":%d,\"seconds\":%.3f}",
        read, duplicates, documents, failed, mentions, events, quotes, clusters, seconds);
  }
}
