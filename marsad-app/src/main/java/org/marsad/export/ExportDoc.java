package org.marsad.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One document to export: its marsad/1 JSON tree, where it was published (several sources
 * for a text stored once for many outlets; one for a JSONL line) and its story cluster (a store's
 * cluster id; null when unknown, as for a JSONL line).
 */
public record ExportDoc(JsonNode doc, List<Source> sources, String cluster) {
  /** An outlet and URL the text was found at (either may be null). */
  public record Source(String outlet, String url) {}

  public ExportDoc {
    sources = List.copyOf(sources);
  }

  /** A document with no known story cluster. */
  public ExportDoc(JsonNode doc, List<Source> sources) {
    this(doc, sources, null);
  }

  /** A document with the single source named by its own {@code source} and {@code url} fields. */
  public static ExportDoc of(JsonNode doc) {
    return new ExportDoc(doc, List.of(new Source(text(doc, "source"), text(doc, "url"))));
  }

  public String id() {
    return text(doc, "id");
  }

  public String published() {
    return text(doc, "published");
  }

  public String url() {
    String u = text(doc, "url");
    if (u != null) {
      return u;
    }
    return sources.stream().map(Source::url).filter(x -> x != null).findFirst().orElse(null);
  }

  /** Distinct outlets (sources without an outlet count as one). */
  public int sourceCount() {
    return (int) Math.max(1, sources.stream().map(Source::outlet).distinct().count());
  }

  /** A text field of a JSON object, or null when missing or null. */
  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
  }
}
