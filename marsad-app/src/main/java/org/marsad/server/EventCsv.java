package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Events as CSV (RFC 4180): one row per event, arguments flattened. */
final class EventCsv {
  private static final String[][] COLUMNS = {
    {"document"}, {"event"}, {"date"}, {"cameo"}, {"cameo_root"}, {"quad_class"}, {"plover"},
    {"source", "entity"}, {"source", "text"}, {"source", "actor"},
    {"target", "entity"}, {"target", "text"}, {"target", "actor"},
    {"location", "text"}, {"modality"}, {"confidence"}, {"trigger"}, {"title"}, {"outlet"},
  };

  private EventCsv() {}

  static String write(List<JsonNode> events) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < COLUMNS.length; i++) {
      b.append(i == 0 ? "" : ",").append(String.join("_", COLUMNS[i]));
    }
    b.append("\r\n");
    for (JsonNode e : events) {
      for (int i = 0; i < COLUMNS.length; i++) {
        JsonNode v = e;
        for (String k : COLUMNS[i]) {
          v = v.path(k);
        }
        b.append(i == 0 ? "" : ",").append(cell(v.isMissingNode() || v.isNull() ? "" : v.asText()));
      }
      b.append("\r\n");
    }
    return b.toString();
  }

  private static String cell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
