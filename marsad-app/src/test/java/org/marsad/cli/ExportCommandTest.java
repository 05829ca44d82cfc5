package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad export}: GDELT, PLOVER, JSONL and CSV from a store and from marsad/1 JSON lines. */
class ExportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MEETING = "التقى الرئيس التركي رجب طيب أردوغان رئيس حكومة الوفاق الليبية"
      + " فائز السراج في إسطنبول يوم الأحد.";

  @TempDir
  Path dir;
  Path jsonl;
  Path store;

  @BeforeEach
  void ingest() throws Exception {
    jsonl = dir.resolve("in.jsonl");
    Files.writeString(jsonl,
        "{\"id\":\"a1\",\"text\":\"" + MEETING + "\",\"published\":\"2019-12-15\",\"url\":\"https://example.org/a1\",\"source\":\"okaz\"}\n"
            + "{\"id\":\"a2\",\"text\":\"ارتفعت أسعار النفط في الأسواق العالمية.\",\"published\":\"2015-07-21\",\"source\":\"hayat\"}\n");
    store = dir.resolve("s");
    CliRun run = CliRun.of("ingest", "--store", store.toString(), jsonl.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  private List<String> lines(Path p) throws Exception {
    return Files.readAllLines(p).stream().filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void gdeltRowsHaveTheSixtyOneColumnsOfTheEventTable() throws Exception {
    Path out = dir.resolve("events.tsv");
    CliRun run = CliRun.of("export", "--store", store.toString(), "--format", "gdelt", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> rows = lines(out);
    assertFalse(rows.isEmpty(), "the meeting gives at least one event");
    for (String row : rows) {
      String[] c = row.split("\t", -1);
      assertEquals(61, c.length, row);
      assertTrue(c[0].matches("\\d+"), "GLOBALEVENTID " + c[0]);
      assertEquals("20191215", c[1]);
      assertTrue(c[26].matches("\\d{3,4}"), "EventCode " + c[26]);
      assertEquals(c[26].substring(0, 2), c[28], "EventRootCode");
      assertTrue(c[29].matches("[1-4]"), "QuadClass " + c[29]);
      assertEquals("https://example.org/a1", c[60], "SOURCEURL");
    }
    assertTrue(run.err().contains("from 2 document(s)"), run.err());
  }

  @Test
  void gdeltActionGeoHasTheCoordinatesOfTheEventsCity() throws Exception {
    Path out = dir.resolve("events.tsv");
    CliRun run = CliRun.of("export", "--store", store.toString(), "--format", "gdelt", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String[] meeting = lines(out).stream().map(l -> l.split("\t", -1))
        .filter(c -> c[52].equals("Istanbul")).findFirst()
        .orElseThrow(() -> new AssertionError("no event located in Istanbul"));
    assertEquals("4", meeting[51], "ActionGeo_Type: a world city");
    assertEquals(41.0, Double.parseDouble(meeting[56]), 0.2, "ActionGeo_Lat");
    assertEquals(29.0, Double.parseDouble(meeting[57]), 0.2, "ActionGeo_Long");
  }

  @Test
  void theSameEventsComeFromTheStoreAndFromAnalyzeOutput() throws Exception {
    Path analyzed = dir.resolve("analyzed.jsonl");
    assertEquals(0, CliRun.of("analyze", "--jsonl", jsonl.toString(), "--out", analyzed.toString()).exitCode());
    Path a = dir.resolve("a.tsv");
    Path b = dir.resolve("b.tsv");
    CliRun.of("export", "--store", store.toString(), "--format", "gdelt", "--out", a.toString());
    CliRun run = CliRun.of("export", "--input", analyzed.toString(), "--format", "gdelt", "--out", b.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(lines(a).stream().sorted().toList(), lines(b).stream().sorted().toList());
  }

  @Test
  void ploverRecordsCarryActorsEventModeAndText() throws Exception {
    Path out = dir.resolve("plover.jsonl");
    CliRun run = CliRun.of("export", "--store", store.toString(), "--format", "plover", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> recs = lines(out);
    assertFalse(recs.isEmpty());
    for (String l : recs) {
      JsonNode r = JSON.readTree(l);
      for (String f : List.of("id", "date", "actor", "recipient", "event", "mode", "context", "eventText", "url", "language")) {
        assertTrue(r.has(f), f + " in " + l);
      }
      assertTrue(r.get("id").asText().startsWith("a1-"), l);
      assertEquals("ar", r.get("language").asText());
      assertTrue(MEETING.contains(r.get("eventText").asText()), l);
    }
  }

  @Test
  void jsonlAndCsvWithFilters() throws Exception {
    Path docs = dir.resolve("docs.jsonl");
    CliRun run = CliRun.of("export", "--store", store.toString(), "--format", "jsonl", "--out", docs.toString(),
        "--outlet", "hayat");
    assertEquals(0, run.exitCode(), run.err());
    List<String> d = lines(docs);
    assertEquals(1, d.size());
    assertEquals("a2", JSON.readTree(d.get(0)).get("id").asText());

    CliRun csv = CliRun.of("export", "--store", store.toString(), "--format", "csv", "--out", "-", "--from", "2019-01-01");
    assertEquals(0, csv.exitCode(), csv.err());
    String[] rows = csv.out().split("\r\n");
    assertTrue(rows[0].startsWith("document,event,published,date,cameo"), rows[0]);
    assertTrue(rows.length > 1);
    for (int i = 1; i < rows.length; i++) {
      assertTrue(rows[i].startsWith("a1,"), rows[i]);
    }
  }

  @Test
  void badFormatIsAUsageErrorAndAMissingStoreAnInputError() {
    CliRun bad = CliRun.of("export", "--store", store.toString(), "--format", "xml", "--out", "-");
    assertEquals(1, bad.exitCode());
    assertTrue(bad.err().contains("unknown format 'xml'"), bad.err());
    CliRun missing = CliRun.of("export", "--store", dir.resolve("none").toString(), "--format", "gdelt", "--out", "-");
    assertEquals(2, missing.exitCode(), missing.err());
    CliRun noInput = CliRun.of("export", "--input", dir.resolve("none.jsonl").toString(), "--format", "gdelt", "--out", "-");
    assertEquals(2, noInput.exitCode());
    assertEquals("marsad: " + dir.resolve("none.jsonl") + ": no such file or directory\n", noInput.err());
  }
}
