package org.marsad.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Reads an event of a marsad/1 document with its entities resolved, for the exporters. */
final class EventView {
  /** CAMEO actor codes that begin with a group or role, not a country. */
  private static final Set<String> NON_COUNTRY = Set.of("IGO", "NGO", "IMG", "MNC", "UAF", "REB",
      "INS", "SEP", "OPP", "GOV", "MIL", "COP", "JUD", "LEG", "BUS", "CVL", "EDU", "MED", "REF",
      "ELI", "LAB", "HLH", "SPY", "CRM", "AGR", "ENV", "RAD", "MOD", "UIS", "SET", "PTY", "IRC");

  final ExportDoc doc;
  final JsonNode event;
  private final Map<String, JsonNode> entities;

  private EventView(ExportDoc doc, JsonNode event, Map<String, JsonNode> entities) {
    this.doc = doc;
    this.event = event;
    this.entities = entities;
  }

  /** The entities of a document by id. */
  static Map<String, JsonNode> entities(JsonNode doc) {
    Map<String, JsonNode> m = new HashMap<>();
    for (JsonNode e : doc.path("entities")) {
      m.put(e.path("id").asText(), e);
    }
    return m;
  }

  static EventView of(ExportDoc doc, JsonNode event, Map<String, JsonNode> entities) {
    return new EventView(doc, event, entities);
  }

  String cameo() {
    return ExportDoc.text(event, "cameo");
  }

  /** The event's date if it is a full day ({@code YYYY-MM-DD}), else the publication date, or null. */
  String day() {
    String d = ExportDoc.text(event, "date");
    if (d != null && d.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return d;
    }
    String p = doc.published();
    return p != null && p.matches("\\d{4}-\\d{2}-\\d{2}") ? p : null;
  }

  /** A stable positive id for the event: 63 bits of SHA-256 of document id and event id. */
  long globalId() {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(
          (doc.id() + "/" + ExportDoc.text(event, "id")).getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = v << 8 | (h[i] & 0xff);
      }
      return v & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The entity an argument ({@code source}, {@code target}, {@code location}) refers to, or null. */
  JsonNode entity(String arg) {
    String id = ExportDoc.text(event.path(arg), "entity");
    return id == null ? null : entities.get(id);
  }

  String argText(String arg) {
    return ExportDoc.text(event.path(arg), "text");
  }

  String actor(String arg) {
    return ExportDoc.text(event.path(arg), "actor");
  }

  /** The country part of a CAMEO actor code ({@code TURGOV} → {@code TUR}), or null. */
  static String countryOf(String actor) {
    if (actor == null || actor.length() < 3) {
      return null;
    }
    String head = actor.substring(0, 3);
    return NON_COUNTRY.contains(head) ? null : head;
  }

  /** The known-group part of an actor code ({@code IGO}, {@code NGO}, ...), or null. */
  static String groupOf(String actor) {
    if (actor == null || actor.length() < 3) {
      return null;
    }
    String head = actor.substring(0, 3);
    return NON_COUNTRY.contains(head) && !"GOV".equals(head) && !"MIL".equals(head) ? head : null;
  }

  /** The n-th (0-based) three-letter role after the country ({@code TURGOV} → {@code GOV} for 0), or null. */
  static String typeOf(String actor, int n) {
    if (actor == null) {
      return null;
    }
    int start = countryOf(actor) == null && groupOf(actor) == null ? 0 : 3;
    start += 3 * n;
    return actor.length() >= start + 3 ? actor.substring(start, start + 3) : null;
  }
}
