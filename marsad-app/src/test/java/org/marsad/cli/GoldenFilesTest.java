package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis of each article in {@code src/test/resources/golden/} equals its golden JSON
 * (compared as JSON trees), validates against {@code docs/marsad-1.schema.json}, and every span's
 * text is its substring. After an intended change, regenerate with {@code -Dgolden.update=true}
 * and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    JsonNode node = JSON.readTree(Path.of("../docs/marsad-1.schema.json").toFile());
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  static Stream<String> articles() throws IOException {
    try (Stream<Path> s = Files.list(GOLDEN)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void analysisMatchesGoldenJson(String article) throws IOException {
    CliRun run = CliRun.of("analyze", GOLDEN.resolve(article).toString(), "--published", "2019-12-15",
        "--id", article.replace(".txt", ""), "--tokens");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode actual = JSON.readTree(run.out());
    Path golden = GOLDEN.resolve(article.replace(".txt", ".json"));
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.writeString(golden, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
    }
    assertEquals(JSON.readTree(golden.toFile()), actual, "differs from " + golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void outputFollowsTheSchema(String article) throws IOException {
    CliRun run = CliRun.of("analyze", GOLDEN.resolve(article).toString(), "--tokens");
    Set<ValidationMessage> errors = schema.validate(JSON.readTree(run.out()));
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void everySpanTextIsItsSubstring(String article) throws IOException {
    CliRun run = CliRun.of("analyze", GOLDEN.resolve(article).toString(), "--tokens");
    JsonNode doc = JSON.readTree(run.out());
    String text = doc.get("text").asText();
    checkSpans(doc, text);
  }

  private static void checkSpans(JsonNode node, String text) {
    if (node.isObject()) {
      if (node.has("start") && node.has("end")) {
        int start = node.get("start").asInt();
        int end = node.get("end").asInt();
        assertTrue(0 <= start && start <= end && end <= text.length(), node.toString());
        for (String field : List.of("text", "form")) {
          if (field.equals("text") && node.has(field)) {
            assertEquals(text.substring(start, end), node.get(field).asText(), node.toString());
          }
        }
      }
      node.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("text")) {
          checkSpans(e.getValue(), text);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> checkSpans(n, text));
    }
  }
}
