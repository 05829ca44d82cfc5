package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchModeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private List<JsonNode> runBatch(List<String> lines, int expectedExit, String... extra) throws Exception {
    Path in = Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    List<String> args = new ArrayList<>(List.of("analyze", "--jsonl", in.toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(expectedExit, run.exitCode(), run.err());
    List<JsonNode> docs = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      docs.add(JSON.readTree(line));
    }
    return docs;
  }

  @Test
  void writesOneDocumentPerRecordInInputOrder() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      lines.add("{\"id\":\"d" + i + "\",\"text\":\"" + "التقى الوزير بالوفد. ".repeat(1 + i % 7)
          + "\",\"published\":\"2019-12-15\",\"title\":\"t" + i + "\",\"url\":\"https://x/" + i + "\"}");
    }
    List<JsonNode> docs = runBatch(lines, 0, "--threads", "4");
    assertEquals(50, docs.size());
    for (int i = 0; i < 50; i++) {
      assertEquals("d" + i, docs.get(i).get("id").asText());
      assertEquals("2019-12-15", docs.get(i).get("published").asText());
      assertEquals(1 + i % 7, docs.get(i).get("sentences").size());
    }
  }

  @Test
  void onlyTextIsRequired() throws Exception {
    List<JsonNode> docs = runBatch(List.of("{\"text\":\"نص\"}"), 0);
    assertTrue(docs.get(0).get("id").asText().startsWith("t-"));
  }

  @Test
  void badRecordsBecomeErrorLinesAndTheBatchGoesOn() throws Exception {
    List<JsonNode> docs = runBatch(List.of(
        "{\"id\":\"ok1\",\"text\":\"نص أول\"}",
        "{\"id\":\"broken\",\"text\":",
        "{\"id\":\"notext\",\"title\":\"x\"}",
        "{\"id\":\"baddate\",\"text\":\"نص\",\"published\":\"yesterday\"}",
        "[1,2]",
        "",
        "{\"id\":\"ok2\",\"text\":\"نص ثان\"}"), 3);
    assertEquals(6, docs.size());
    assertEquals("ok1", docs.get(0).get("id").asText());
    assertTrue(docs.get(1).get("error").asText().startsWith("malformed JSON"), docs.get(1).toString());
    assertTrue(docs.get(1).get("id").isNull());
    assertEquals("notext", docs.get(2).get("id").asText());
    assertEquals("record has no 'text'", docs.get(2).get("error").asText());
    assertEquals("published: 'yesterday' is not a valid date (expected YYYY-MM-DD)",
        docs.get(3).get("error").asText());
    assertEquals("expected a JSON object", docs.get(4).get("error").asText());
    assertEquals("ok2", docs.get(5).get("id").asText());
    assertEquals("marsad/1", docs.get(5).get("schema").asText());
  }

  @Test
  void missingBatchInputIsAnInputError() {
    CliRun run = CliRun.of("analyze", "--jsonl", dir.resolve("none.jsonl").toString());
    assertEquals(2, run.exitCode());
    assertEquals("marsad: " + dir.resolve("none.jsonl") + ": no such file\n", run.err());
  }

  @Test
  void batchOptionsWithoutBatchModeAreUsageErrors() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "نص");
    assertEquals(1, CliRun.of("analyze", f.toString(), "--threads", "2").exitCode());
    assertEquals(1, CliRun.of("analyze", "--jsonl", f.toString(), "--threads", "0").exitCode());
  }
}
