package org.marsad.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * The staged rows of a Parquet export, one JSON object per document:
 * {@code {"json": the marsad/1 document as a string, "cluster": its story cluster or null,
 * "event_ids": the ids of the events the filter keeps, or null when there is no event filter}}.
 * {@code marsad-spark}'s {@code ParquetExport} turns them into the Spark job's tables; this class
 * keeps Spark and Hadoop out of the CLI.
 */
final class TableRowsExporter implements Exporter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Writer out;

  TableRowsExporter(Writer out) {
    this.out = out;
  }

  @Override
  public int write(ExportDoc doc, EventFilter filter) throws IOException {
    ObjectNode row = JSON.createObjectNode();
    row.put("json", JSON.writeValueAsString(doc.doc()));
    row.put("cluster", doc.cluster());
    if (filter.cameoRoots().isEmpty() && filter.plover().isEmpty()) {
      row.putNull("event_ids");
    } else {
      ArrayNode ids = row.putArray("event_ids");
      for (JsonNode e : doc.doc().path("events")) {
        if (filter.accepts(e)) {
          ids.add(e.path("id").asText());
        }
      }
    }
    out.write(JSON.writeValueAsString(row));
    out.write('\n');
    return 1;
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
