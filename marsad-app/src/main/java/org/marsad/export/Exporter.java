package org.marsad.export;

import java.io.IOException;

/** Writes documents (or their events) in one export format. Not thread-safe. */
public interface Exporter {
  /** Writes one document's records; returns how many records (events or documents) it wrote. */
  int write(ExportDoc doc, EventFilter filter) throws IOException;

  /** Writes anything that follows the last record and flushes. */
  default void finish() throws IOException {}
}
