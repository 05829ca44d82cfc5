package org.marsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.marsad.input.RawArticle;
import org.marsad.pipeline.DocumentIds;
import org.marsad.pipeline.PublishedDates;

/**
 * Input records before analysis: one row per article (or per bad input, with {@code error}), in
 * the {@link #SCHEMA} shape. JSONL lines are read as {@code analyze --jsonl} reads them.
 */
final class Records {
  static final StructType SCHEMA = new StructType()
      .add("path", DataTypes.StringType)
      .add("id", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("source", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("text_hash", DataTypes.StringType)
      .add("error", DataTypes.StringType);

  private static final ObjectMapper JSON = new ObjectMapper();

  private Records() {}

  static Row error(String path, String id, String reason) {
    return RowFactory.create(path, id, null, null, null, null, null, null, reason);
  }

  static Row article(String path, String id, LocalDate published, String title, String url,
      String source, String text) {
    String docId = id == null || id.isBlank() ? DocumentIds.of(url, text) : id;
    return RowFactory.create(path, docId, published == null ? null : published.toString(), title,
        url, source, text, textHash(text), null);
  }

  /** A JSONL line of the batch format, as {@code analyze --jsonl} reads it. */
  static Row fromJsonLine(String path, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      String m = e.getOriginalMessage();
      return error(path, null, "malformed JSON (" + (m == null ? "unreadable" : m.lines().findFirst().orElse(m)) + ")");
    }
    if (node == null || !node.isObject()) {
      return error(path, null, "expected a JSON object");
    }
    String id = text(node, "id");
    JsonNode t = node.get("text");
    if (t == null || t.isNull()) {
      return error(path, id, "record has no 'text'");
    }
    if (!t.isTextual()) {
      return error(path, id, "'text' must be a string");
    }
    if (t.asText().isBlank()) {
      return error(path, id, "no text in record");
    }
    LocalDate published;
    try {
      String p = text(node, "published");
      published = p == null ? null : PublishedDates.parse(p);
    } catch (IllegalArgumentException e) {
      return error(path, id, "published: " + e.getMessage());
    }
    return article(path, id, published, text(node, "title"), text(node, "url"), text(node, "source"),
        t.asText());
  }

  /** An article read from a text or HTML file or a WARC record. */
  static Row fromRaw(String path, RawArticle raw) {
    if (raw.text() == null || raw.text().isBlank()) {
      return error(path, null, "no text");
    }
    LocalDate published = null;
    if (raw.published() != null) {
      try {
        published = PublishedDates.parse(raw.published());
      } catch (IllegalArgumentException e) {
        published = null;
      }
    }
    return article(path, null, published, raw.title(), raw.url(), raw.source(), raw.text());
  }

  /** SHA-256 of the text with runs of whitespace folded to one space and the ends trimmed. */
  static String textHash(String text) {
    try {
      String norm = text.strip().replaceAll("\\s+", " ");
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
