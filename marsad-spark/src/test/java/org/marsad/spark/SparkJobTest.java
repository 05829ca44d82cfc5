package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.pipeline.Analyzer;

/**
 * The Spark job in local[2] on a few hundred small documents built here, against the CLI's
 * analysis, with bad inputs of every kind (JSONL lines, files, WARC records).
 */
class SparkJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DOCS = 240;

  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("marsad-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String text(int i) {
    return SampleNews.text(i);
  }

  private static String id(int i) {
    return String.format("a%03d", i);
  }

  private static LocalDate published(int i) {
    return LocalDate.of(2019, 12, 1 + i % 5);
  }

  @Test
  void eventsEqualThoseOfTheCliAndBadInputsLandInErrors() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < DOCS; i++) {
      ObjectNode r = JSON.createObjectNode().put("id", id(i)).put("text", text(i))
          .put("published", published(i).toString()).put("source", i % 2 == 0 ? "okaz" : "hayat");
      lines.append(JSON.writeValueAsString(r)).append('\n');
    }
    lines.append(JSON.writeValueAsString(JSON.createObjectNode().put("id", "zzz-dup").put("text", text(0))
        .put("published", "2019-12-01"))).append('\n');
    lines.append("{not json\n");
    lines.append("{\"id\":\"empty\"}\n");
    Path in = Files.writeString(dir.resolve("in.jsonl"), lines.toString());
    Path files = Files.createDirectories(dir.resolve("files"));
    Files.writeString(files.resolve("page.html"), "<html><head><title>خبر</title></head><body><p>"
        + SampleNews.SENTENCES[2] + "</p></body></html>");
    Files.write(files.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Files.write(files.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5});
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.write(warcResponse("http://example.org/news/1", "text/html; charset=utf-8",
        ("<html><body><p>" + SampleNews.SENTENCES[3] + " في الصباح</p></body></html>").getBytes(StandardCharsets.UTF_8)));
    warc.write(warcResponse("http://example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    warc.write("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nbroken".getBytes(StandardCharsets.UTF_8));
    Files.write(files.resolve("crawl.warc"), warc.toByteArray());
    Path out = dir.resolve("out");

    Summary s = SparkJob.run(spark, new JobOptions(List.of(in.toString(), files.toString(),
        dir.resolve("missing.jsonl").toString()), out.toString(), null, 4));

    // The CLI's analysis of the same records (analyze --jsonl maps a record to the same meta).
    Analyzer analyzer = Analyzer.defaults();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < DOCS; i++) {
      Document d = analyzer.analyze(new DocumentMeta(id(i), published(i), null, null,
          i % 2 == 0 ? "okaz" : "hayat"), text(i));
      for (Event e : d.events()) {
        expected.add(key(id(i), e.id(), e.cameo(), e.plover(), e.source() == null ? null : e.source().text(),
            e.target() == null ? null : e.target().text(), e.date(), e.modality().jsonName(),
            published(i).toString()));
      }
    }
    List<String> actual = new ArrayList<>();
    for (Row r : spark.read().parquet(out.resolve("events").toString())
        .filter("doc_id like 'a%'").collectAsList()) {
      actual.add(key(r.getAs("doc_id"), r.getAs("event_id"), r.getAs("cameo"), r.getAs("plover"),
          r.getAs("source_text"), r.getAs("target_text"), r.getAs("event_date"), r.getAs("modality"),
          r.getAs("date").toString()));
    }
    expected.sort(null);
    actual.sort(null);
    assertTrue(expected.size() > DOCS / 2, "the templates give events: " + expected.size());
    assertEquals(expected, actual);

    assertEquals(DOCS + 3 + 4 + 3, s.read(), s.line());
    assertEquals(1, s.duplicates(), s.line());
    assertEquals(DOCS + 2, s.documents(), s.line());
    List<String> errors = new ArrayList<>();
    List<String> warcErrors = new ArrayList<>();
    for (Row r : spark.read().parquet(out.resolve("errors").toString()).collectAsList()) {
      if (r.getString(0).contains("crawl.warc@")) {
        warcErrors.add(r.getString(2));
      } else {
        errors.add(Path.of(r.getString(0).replaceFirst("^file:", "")).getFileName() + ": " + r.getString(2));
      }
    }
    warcErrors.sort(null);
    assertEquals(2, warcErrors.size(), warcErrors.toString());
    assertTrue(warcErrors.get(0).startsWith("corrupt WARC record"), warcErrors.toString());
    assertEquals("not a text payload (image/png)", warcErrors.get(1));
    errors.sort(null);
    assertEquals(5, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("binary.txt: "), errors.toString());
    assertTrue(errors.contains("in.jsonl: record has no 'text'"), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("in.jsonl: malformed JSON")), errors.toString());
    assertTrue(errors.contains("missing.jsonl: no such file or directory"), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("scan.pdf: unsupported input")), errors.toString());
    assertEquals(s.failed(), errors.size() + warcErrors.size());

    long docs = spark.read().parquet(out.resolve("documents").toString()).count();
    assertEquals(DOCS + 2, docs);
    assertEquals(1, spark.read().parquet(out.resolve("documents").toString())
        .filter("url = 'http://example.org/news/1'").count(), "the WARC page");
    assertTrue(spark.read().parquet(out.resolve("mentions").toString()).count() > 0);
    long clusters = spark.read().parquet(out.resolve("documents").toString()).select("cluster").distinct().count();
    assertTrue(clusters < docs, "near-identical templates share story clusters: " + clusters);
    assertTrue(Files.readString(out.resolve("summary.json")).contains("\"documents\":" + (DOCS + 2)));
  }

  @Test
  void failsWithAClearMessageWhenNothingCanBeRead() throws Exception {
    Path in = Files.writeString(dir.resolve("bad.jsonl"), "{not json\n{\"text\":\"\"}\n");
    SparkJob.NothingReadException e = assertThrows(SparkJob.NothingReadException.class,
        () -> SparkJob.run(spark, new JobOptions(List.of(in.toString()), dir.resolve("o").toString(), null, 2)));
    assertTrue(e.getMessage().startsWith("nothing could be read from " + in), e.getMessage());
    assertTrue(e.getMessage().contains("2 failure(s)"), e.getMessage());
  }

  /** A WARC/1.0 response record with an HTTP 200 response of this type and body. */
  private static byte[] warcResponse(String uri, String type, byte[] body) throws Exception {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.write(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    http.write(body);
    ByteArrayOutputStream rec = new ByteArrayOutputStream();
    rec.write(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
        + "\r\nWARC-Date: 2019-12-15T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
        + UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
        + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.size()
        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    http.writeTo(rec);
    rec.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return rec.toByteArray();
  }

  private static String key(Object... parts) {
    List<String> s = new ArrayList<>();
    for (Object p : parts) {
      s.add(Objects.toString(p));
    }
    return String.join("|", s);
  }
}
