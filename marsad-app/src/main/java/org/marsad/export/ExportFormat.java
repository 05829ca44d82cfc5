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
  CSV;

  public static ExportFormat parse(String s) {
    if (s.equalsIgnoreCase("parquet")) {
      throw new IllegalArgumentException("parquet: the Spark job writes Parquet tables"
          + " (./marsad spark --input IN --output OUT; see docs/spark.md)");
    }
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + s + "' (expected gdelt, plover, jsonl or csv)");
    }
  }

  /** A writer of this format onto {@code out}. */
  public Exporter open(Writer out) {
    return switch (this) {
      case GDELT -> new GdeltExporter(out);
      case PLOVER -> new PloverExporter(out);
      case JSONL -> new JsonlExporter(out);
      case CSV -> new CsvExporter(out);
    };
  }
}
