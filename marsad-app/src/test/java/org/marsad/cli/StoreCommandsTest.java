package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad ingest} and {@code marsad search}: exit codes, summaries and one-line errors. */
class StoreCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path corpus() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "زار وزير الخارجية لبنان أمس والتقى رئيس الحكومة في بيروت.");
    Files.writeString(in.resolve("b.jsonl"),
        "{\"text\":\"ارتفعت أسعار النفط في الأسواق العالمية.\",\"published\":\"2015-07-21\",\"source\":\"okaz\"}\n"
            + "{\"text\":\"\"}\n");
    return in;
  }

  @Test
  void ingestPrintsASummaryAndExits3WhenSomeArticlesFailed() throws Exception {
    CliRun run = CliRun.of("ingest", "--store", dir.resolve("s").toString(), corpus().toString());
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("read 3, new 2, duplicate 0, already stored 0, failed 1"), run.err());
    assertTrue(run.err().contains("b.jsonl line 2: record has no 'text'"), run.err());
  }

  @Test
  void aSecondIngestAddsNothing() throws Exception {
    Path in = corpus();
    CliRun.of("ingest", "--store", dir.resolve("s").toString(), in.toString());
    CliRun run = CliRun.of("ingest", "--store", dir.resolve("s").toString(), in.toString());
    assertTrue(run.err().contains("new 0, duplicate 0, already stored 2"), run.err());
  }

  @Test
  void searchFindsWhatWasIngested() throws Exception {
    CliRun.of("ingest", "--store", dir.resolve("s").toString(), corpus().toString());
    CliRun run = CliRun.of("search", "--store", dir.resolve("s").toString(), "ولبنان");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("1 match(es)"), run.out());
    assertTrue(run.out().contains("[لبنان]"), run.out());
    CliRun json = CliRun.of("search", "--store", dir.resolve("s").toString(), "--json", "--outlet", "okaz", "");
    JsonNode n = JSON.readTree(json.out());
    assertEquals(1, n.get("total").asInt());
    assertEquals("okaz", n.get("facets").get("outlets").get(0).get("value").asText());
  }

  @Test
  void aMissingInputIsAnInputErrorNamingIt() throws Exception {
    CliRun run = CliRun.of("ingest", "--store", dir.resolve("s").toString(), dir.resolve("nope.txt").toString());
    assertEquals(2, run.exitCode());
    assertEquals("marsad: " + dir.resolve("nope.txt") + ": no such file or directory\n", run.err());
  }

  @Test
  void anUnsupportedFileIsRefusedBeforeAnyWork() throws Exception {
    Path pdf = Files.writeString(dir.resolve("x.pdf"), "x");
    CliRun run = CliRun.of("ingest", "--store", dir.resolve("s").toString(), pdf.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("x.pdf: unsupported input"), run.err());
  }

  @Test
  void searchingAMissingStoreSaysHowToCreateOne() {
    CliRun run = CliRun.of("search", "--store", dir.resolve("none").toString(), "x");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no store here (create one with: marsad ingest --store"), run.err());
  }

  @Test
  void badFiltersAreUsageErrors() throws Exception {
    CliRun.of("ingest", "--store", dir.resolve("s").toString(), corpus().toString());
    CliRun run = CliRun.of("search", "--store", dir.resolve("s").toString(), "--cameo", "99", "x");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("'99' is not a CAMEO root code"), run.err());
    CliRun date = CliRun.of("search", "--store", dir.resolve("s").toString(), "--from", "soon", "x");
    assertEquals(2, date.exitCode());
    assertTrue(date.err().contains("--from"), date.err());
  }
}
