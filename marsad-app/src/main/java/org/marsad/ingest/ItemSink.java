package org.marsad.ingest;

/** Receives the items an input yields, in order; may block to bound memory. */
@FunctionalInterface
public interface ItemSink {
  void accept(IngestItem item) throws InterruptedException;
}
