package org.marsad.export;

import java.io.Writer;
import java.util.Locale;

/** The formats of {@code marsad export}. */
public enum ExportFormat {
  /** The GDELT 2.0 event table: 61 tab-separated columns, one row per event, no header. */
  GDELT,
  /** PLOVER JSON records, one per line. */
  PLOVER,
  /** marsad/1 documents, one per line. */
  JSONL,
  /** Events as CSV (RFC 4180) with a header, one row per event. */
  CSV,
  /**
   * The Spark job's Parquet tables (documents, mentions, events, quotes). {@link #open} writes
   * the staged rows ({@link TableRowsExporter}); the Parquet files themselves are written by
   * {@code marsad-spark}'s {@code ParquetExport} in a JVM of its own.
   */
  PARQUET;

  public static ExportFormat parse(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + s
          + "' (expected gdelt, plover, jsonl, csv or parquet)");
    }
  }

  /** A writer of this format onto {@code out} (for {@link #PARQUET}: of the staged table rows). */
  public Exporter open(Writer out) {
    return switch (this) {
      case GDELT -> new GdeltExporter(out);
      case PLOVER -> new PloverExporter(out);
      case JSONL -> new JsonlExporter(out);
      case CSV -> new CsvExporter(out);
      case PARQUET -> new TableRowsExporter(out);
    };
  }
}
