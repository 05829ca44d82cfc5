package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad export --store DIR --format parquet}: the CLI jar ({@code marsad-app/target/marsad.jar},
 * built before this module) ingests a store and exports it; its Parquet writer runs in a JVM of its
 * own on this module's classpath. The tables read back equal the store's documents and events.
 */
class ParquetExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CLI = Path.of("..", "marsad-app", "target", "marsad.jar").toAbsolutePath();
  private static final int DOCS = 30;

  private static SparkSession spark;
  /** The store both tests export, ingested once. */
  private static Path store;

  @TempDir
  static Path shared;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() throws Exception {
    assertTrue(Files.isRegularFile(CLI), CLI + " is built before marsad-spark (./mvnw verify builds"
        + " the modules in order; alone: ./mvnw -pl marsad-app -am package -DskipTests)");
    store = ingest(shared);
    spark = SparkSession.builder().master("local[1]").appName("marsad-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void tablesFromAStoreEqualItsDocumentsAndEvents() throws Exception {
    Path out = dir.resolve("tables");
    Cli export = cli("export", "--store", store.toString(), "--format", "parquet", "--out", out.toString());
    assertEquals(0, export.code(), export.output());
    assertTrue(export.output().contains("exported " + (DOCS + 1) + " document(s) as Parquet tables"),
        export.output());

    List<JsonNode> stored = storedDocuments(store);
    assertEquals(DOCS + 1, stored.size(), "the exact duplicate is folded into one document");
    List<String> expectedEvents = new ArrayList<>();
    long expectedMentions = 0;
    long expectedQuotes = 0;
    for (JsonNode d : stored) {
      for (JsonNode e : d.path("events")) {
        expectedEvents.add(eventKey(d.path("id").asText(), e, d.path("published").asText()));
      }
      for (JsonNode e : d.path("entities")) {
        expectedMentions += e.path("mentions").size();
      }
      expectedQuotes += d.path("quotes").size();
    }
    List<String> actualEvents = new ArrayList<>();
    for (Row r : spark.read().parquet(out.resolve("events").toString()).collectAsList()) {
      actualEvents.add(eventKey(r));
    }
    expectedEvents.sort(null);
    actualEvents.sort(null);
    assertTrue(expectedEvents.size() > DOCS / 2, "the templates give events: " + expectedEvents.size());
    assertEquals(expectedEvents, actualEvents);
    assertEquals(expectedMentions, spark.read().parquet(out.resolve("mentions").toString()).count());
    assertEquals(expectedQuotes, spark.read().parquet(out.resolve("quotes").toString()).count());

    // Documents: one row per stored document, with the store's story cluster and the stored JSON.
    Map<String, String> clusters = storeClusters(store);
    List<Row> docs = spark.read().parquet(out.resolve("documents").toString()).collectAsList();
    assertEquals(DOCS + 1, docs.size());
    for (Row r : docs) {
      String id = r.getAs("id");
      assertEquals(clusters.get(id), r.getAs("cluster"), "cluster of " + id);
      assertEquals(id, JSON.readTree((String) r.getAs("json")).path("id").asText());
      assertEquals(Records.textHash(r.getAs("text")), r.getAs("text_hash"));
      assertEquals(Objects.toString(r.getAs("date")), Objects.toString(r.getAs("published")));
      assertEquals(store.toAbsolutePath().toString(), r.getAs("path"));
    }
    assertTrue(clusters.values().stream().distinct().count() < clusters.size(),
        "near-identical texts share story clusters in the store: " + clusters);
    // The same schemas as the Spark job's tables.
    assertEquals(List.of(Tables.documents(Tables.parsed(spark.createDataFrame(List.of(),
            Analysis.SCHEMA).withColumn("cluster", org.apache.spark.sql.functions.col("id"))))
            .schema().fieldNames()),
        List.of(spark.read().parquet(out.resolve("documents").toString()).schema().fieldNames()));
  }

  @Test
  void eventFiltersSelectDocumentsAndTheExportedEvents() throws Exception {
    Path out = dir.resolve("tables");
    Cli export = cli("export", "--store", store.toString(), "--format", "parquet", "--out",
        out.toString(), "--cameo", "19");
    assertEquals(0, export.code(), export.output());
    List<Row> events = spark.read().parquet(out.resolve("events").toString()).collectAsList();
    assertFalse(events.isEmpty(), "the air strike template gives CAMEO 19 events");
    for (Row r : events) {
      assertTrue(((String) r.getAs("cameo")).startsWith("19"), r.toString());
    }
    long expected = 0;
    List<String> withFights = new ArrayList<>();
    for (JsonNode d : storedDocuments(store)) {
      boolean any = false;
      for (JsonNode e : d.path("events")) {
        if (e.path("cameo").asText().startsWith("19")) {
          expected++;
          any = true;
        }
      }
      if (any) {
        withFights.add(d.path("id").asText());
      }
    }
    assertEquals(expected, events.size());
    List<String> docIds = new ArrayList<>();
    for (Row r : spark.read().parquet(out.resolve("documents").toString()).select("id").collectAsList()) {
      docIds.add(r.getString(0));
    }
    docIds.sort(null);
    withFights.sort(null);
    assertEquals(withFights, docIds);

    Cli toStdout = cli("export", "--store", store.toString(), "--format", "parquet", "--out", "-");
    assertEquals(1, toStdout.code(), toStdout.output());
    assertTrue(toStdout.output().contains("--out DIR"), toStdout.output());
  }

  /** A store of DOCS texts from two outlets, the first text again from a third outlet, and an undated text. */
  private static Path ingest(Path dir) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < DOCS; i++) {
      ObjectNode r = JSON.createObjectNode().put("id", String.format("a%03d", i))
          .put("text", SampleNews.text(i))
          .put("published", LocalDate.of(2019, 12, 1 + i % 5).toString())
          .put("source", i % 2 == 0 ? "okaz" : "hayat")
          .put("url", "https://example.org/" + i);
      lines.append(JSON.writeValueAsString(r)).append('\n');
    }
    lines.append(JSON.writeValueAsString(JSON.createObjectNode().put("id", "dup")
        .put("text", SampleNews.text(0))
        .put("published", "2019-12-01").put("source", "riyadh"))).append('\n');
    lines.append(JSON.writeValueAsString(JSON.createObjectNode().put("id", "undated")
        .put("text", SampleNews.SENTENCES[1]).put("source", "okaz"))).append('\n');
    Path in = Files.writeString(dir.resolve("in.jsonl"), lines.toString());
    Path store = dir.resolve("store");
    Cli run = cli(dir, "ingest", "--store", store.toString(), in.toString());
    assertEquals(0, run.code(), run.output());
    return store;
  }

  /** The stored marsad/1 documents, as {@code export --format jsonl} gives them. */
  private List<JsonNode> storedDocuments(Path store) throws Exception {
    Path jsonl = dir.resolve("stored.jsonl");
    Cli run = cli("export", "--store", store.toString(), "--format", "jsonl", "--out", jsonl.toString());
    assertEquals(0, run.code(), run.output());
    List<JsonNode> docs = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (!line.isBlank()) {
        docs.add(JSON.readTree(line));
      }
    }
    return docs;
  }

  /** Document id to story cluster, as the store's search reports them. */
  private Map<String, String> storeClusters(Path store) throws Exception {
    Cli run = cli("search", "--store", store.toString(), "--json", "-n", "100");
    assertEquals(0, run.code(), run.output());
    Map<String, String> clusters = new HashMap<>();
    String out = run.output();
    for (JsonNode hit : JSON.readTree(out.substring(out.indexOf('{'))).path("hits")) {
      clusters.put(hit.path("id").asText(), hit.path("cluster").asText());
    }
    return clusters;
  }

  private static String eventKey(String docId, JsonNode e, String published) {
    return key(docId, text(e, "id"), text(e, "cameo"), text(e, "plover"), e.path("sentence").asInt(),
        e.path("trigger").path("start").asInt(), e.path("trigger").path("end").asInt(),
        text(e.path("trigger"), "text"), text(e.path("source"), "entity"), text(e.path("source"), "text"),
        text(e.path("source"), "actor"), text(e.path("target"), "entity"), text(e.path("target"), "text"),
        text(e.path("target"), "actor"), text(e.path("location"), "text"), text(e, "date"),
        text(e, "modality"), text(e.path("attribution"), "text"), e.path("confidence").asDouble(),
        published.isEmpty() ? null : published);
  }

  private static String eventKey(Row r) {
    Object date = r.getAs("date");
    return key(r.getAs("doc_id"), r.getAs("event_id"), r.getAs("cameo"), r.getAs("plover"),
        r.getAs("sentence"), r.getAs("trigger_start"), r.getAs("trigger_end"), r.getAs("trigger_text"),
        r.getAs("source_entity"), r.getAs("source_text"), r.getAs("source_actor"),
        r.getAs("target_entity"), r.getAs("target_text"), r.getAs("target_actor"),
        r.getAs("location_text"), r.getAs("event_date"), r.getAs("modality"),
        r.getAs("attribution_text"), r.getAs("confidence"), date == null ? null : date.toString());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String key(Object... parts) {
    List<String> s = new ArrayList<>();
    for (Object p : parts) {
      s.add(Objects.toString(p));
    }
    return String.join("|", s);
  }

  private record Cli(int code, String output) {}

  /** Runs the CLI jar; its Parquet writer gets this module's test classpath and JVM flags. */
  private Cli cli(String... args) throws Exception {
    return cli(dir, args);
  }

  private static Cli cli(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dmarsad.spark.classpath=" + System.getProperty("java.class.path"),
        "-Dmarsad.spark.dir=" + Path.of("").toAbsolutePath(),
        "-jar", CLI.toString()));
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile(dir, "cli", ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("MARSAD_SPARK_DIR");
    pb.environment().put("MARSAD_SPARK_MEMORY", "1g");
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the CLI finishes: " + String.join(" ", args));
    return new Cli(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
