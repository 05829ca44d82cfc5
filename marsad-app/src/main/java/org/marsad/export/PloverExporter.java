package org.marsad.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.marsad.events.CameoTable;

/**
 * PLOVER event records, one JSON object per line: {@code id, date, actor {code, text}, recipient
 * {code, text}, event, mode, context, eventText, url, language}, plus Marsad's {@code cameo},
 * {@code location}, {@code modality} and {@code document}. Events without a PLOVER type are skipped.
 */
final class PloverExporter implements Exporter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Writer out;
  private final CameoTable cameo = CameoTable.shared();

  PloverExporter(Writer out) {
    this.out = out;
  }

  @Override
  public int write(ExportDoc doc, EventFilter filter) throws IOException {
    Map<String, JsonNode> entities = EventView.entities(doc.doc());
    int n = 0;
    for (JsonNode e : doc.doc().path("events")) {
      if (!filter.accepts(e) || ExportDoc.text(e, "plover") == null) {
        continue;
      }
      out.write(JSON.writeValueAsString(record(EventView.of(doc, e, entities))));
      out.write('\n');
      n++;
    }
    return n;
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  ObjectNode record(EventView v) {
    ObjectNode r = JSON.createObjectNode();
    r.put("id", v.doc.id() + "-" + ExportDoc.text(v.event, "id"));
    r.put("date", v.day());
    r.set("actor", party(v, "source"));
    r.set("recipient", party(v, "target"));
    r.put("event", ExportDoc.text(v.event, "plover"));
    r.put("mode", cameo.mode(v.cameo()));
    ArrayNode context = r.putArray("context");
    context.size();
    r.put("eventText", sentence(v));
    r.put("url", v.doc.url());
    r.put("language", ExportDoc.text(v.doc.doc(), "lang"));
    r.put("cameo", v.cameo());
    r.put("location", v.argText("location"));
    r.put("modality", ExportDoc.text(v.event, "modality"));
    r.put("document", v.doc.id());
    return r;
  }

  private static JsonNode party(EventView v, String arg) {
    if (v.event.path(arg).isNull() || v.event.path(arg).isMissingNode()) {
      return JSON.nullNode();
    }
    ObjectNode p = JSON.createObjectNode();
    p.put("code", v.actor(arg));
    p.put("text", v.argText(arg));
    JsonNode ent = v.entity(arg);
    p.put("kb", ent == null ? null : ExportDoc.text(ent, "kb"));
    return p;
  }

  /** The text of the event's sentence, or the trigger's when the sentence is unknown. */
  private static String sentence(EventView v) {
    String text = ExportDoc.text(v.doc.doc(), "text");
    JsonNode s = v.doc.doc().path("sentences").path(v.event.path("sentence").asInt(-1));
    if (text != null && s.has("start") && s.has("end")) {
      int a = s.get("start").asInt();
      int b = s.get("end").asInt();
      if (0 <= a && a <= b && b <= text.length()) {
        return text.substring(a, b);
      }
    }
    return ExportDoc.text(v.event.path("trigger"), "text");
  }
}
