package org.marsad.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Events as CSV (RFC 4180, CRLF): a header, then one row per event with its arguments flattened. */
final class CsvExporter implements Exporter {
  static final List<String> COLUMNS = List.of("document", "event", "published", "date", "cameo",
      "cameo_root", "quad_class", "goldstein", "plover", "source_entity", "source_kb", "source_text",
      "source_actor", "target_entity", "target_kb", "target_text", "target_actor", "location_text",
      "modality", "confidence", "trigger", "title", "outlet", "url");

  private final Writer out;
  private boolean header;

  CsvExporter(Writer out) {
    this.out = out;
  }

  @Override
  public int write(ExportDoc doc, EventFilter filter) throws IOException {
    if (!header) {
      out.write(String.join(",", COLUMNS) + "\r\n");
      header = true;
    }
    var entities = EventView.entities(doc.doc());
    var table = org.marsad.events.CameoTable.shared();
    int n = 0;
    for (JsonNode e : doc.doc().path("events")) {
      if (!filter.accepts(e)) {
        continue;
      }
      EventView v = EventView.of(doc, e, entities);
      String code = v.cameo();
      double g = table.goldstein(code);
      int q = table.quadClass(code);
      String outlet = doc.sources().isEmpty() ? null : doc.sources().get(0).outlet();
      List<String> row = List.of(nz(doc.id()), nz(ExportDoc.text(e, "id")), nz(doc.published()),
          nz(ExportDoc.text(e, "date")), nz(code), code == null || code.length() < 2 ? "" : code.substring(0, 2),
          q == 0 ? "" : Integer.toString(q), Double.isNaN(g) ? "" : Double.toString(g),
          nz(ExportDoc.text(e, "plover")),
          nz(ExportDoc.text(e.path("source"), "entity")), kb(v, "source"), nz(v.argText("source")),
          nz(v.actor("source")),
          nz(ExportDoc.text(e.path("target"), "entity")), kb(v, "target"), nz(v.argText("target")),
          nz(v.actor("target")), nz(v.argText("location")), nz(ExportDoc.text(e, "modality")),
          e.path("confidence").isNumber() ? e.get("confidence").asText() : "",
          nz(ExportDoc.text(e.path("trigger"), "text")), nz(ExportDoc.text(doc.doc(), "title")),
          nz(outlet), nz(doc.url()));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        b.append(i == 0 ? "" : ",").append(cell(row.get(i)));
      }
      out.write(b.append("\r\n").toString());
      n++;
    }
    return n;
  }

  @Override
  public void finish() throws IOException {
    if (!header) {
      out.write(String.join(",", COLUMNS) + "\r\n");
      header = true;
    }
    out.flush();
  }

  private static String kb(EventView v, String arg) {
    JsonNode ent = v.entity(arg);
    return ent == null ? "" : nz(ExportDoc.text(ent, "kb"));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String cell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
