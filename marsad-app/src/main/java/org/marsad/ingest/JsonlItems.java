package org.marsad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.input.InputException;

/**
 * Reads the JSONL batch format: one {@code {"id", "text", "published", "title", "url", "source"}}
 * object per line, only {@code text} required. A bad line is one failed item; the file goes on.
 */
final class JsonlItems {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlItems() {}

  static void read(Path file, ItemSink sink) throws InputException, InterruptedException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          sink.accept(item(file + " line " + n, line));
        }
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  static IngestItem item(String name, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return IngestItem.failed(name, "malformed JSON");
    }
    if (node == null || !node.isObject()) {
      return IngestItem.failed(name, "expected a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      return IngestItem.failed(name, "record has no 'text'");
    }
    return new IngestItem(name, null, false, text.asText(), str(node, "id"), str(node, "title"),
        str(node, "url"), str(node, "source"), str(node, "published"), false, null);
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
