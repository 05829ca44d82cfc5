package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.input.ArticleReader;
import org.marsad.pipeline.Analyzer;
import org.marsad.store.Store;

/** kill -9 in the middle of an ingest, for real, in a child JVM; then the rerun completes the job. */
class CrashRecoveryTest {
  private static final int N = 1500;
  private static final String[] WORDS = ("الحكومة الوزير المملكة الرياض جدة مكة الاقتصاد النفط"
      + " التعليم الصحة المشروع الشركة السوق الأسهم المدينة المواطنين القرار المجلس الاجتماع"
      + " التنمية الخطة الميزانية الطلاب الجامعة المستشفى الطريق المطار الأمن الشرطة الرياضة").split(" ");

  @TempDir
  Path tmp;

  @Test
  void aKilledIngestLeavesAnIndexThatOpensAndARerunAddsExactlyTheRest() throws Exception {
    Path jsonl = tmp.resolve("in.jsonl");
    writeArticles(jsonl);
    Path store = tmp.resolve("store");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.marsad.cli.Main", "ingest",
        "--store", store.toString(), "--commit-every", "25", "--threads", "2", jsonl.toString())
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int committed = 0;
    while (committed == 0 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      committed = committedDocs(store);
    }
    boolean killedMidway = child.isAlive();
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    int afterKill;
    try (Store s = Store.openReadOnly(store)) {
      afterKill = s.documentCount();
    }
    System.out.printf("kill -9 after %d committed documents (killed midway: %s), %d in the index%n",
        committed, killedMidway, afterKill);
    assertTrue(killedMidway, "the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
    assertTrue(afterKill < N, "the kill came too late to test anything");

    IngestSummary rerun;
    try (Store s = Store.open(store)) {
      rerun = new Ingester(s, Analyzer.defaults(), new ArticleReader(null, 1 << 20), new Inputs(1 << 20),
          2, 1000, () -> { }).run(List.of(jsonl.toString()));
    }
    assertEquals(afterKill, rerun.existing(), rerun.toString());
    assertEquals(N - afterKill, rerun.added(), rerun.toString());
    try (Store s = Store.openReadOnly(store)) {
      assertEquals(N, s.documentCount());
    }
  }

  private static int committedDocs(Path store) {
    Path index = store.resolve("index");
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (var dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        return r.numDocs();
      }
    } catch (Exception e) {
      return 0; // mid-commit: try again
    }
  }

  private static void writeArticles(Path file) throws Exception {
    Random rnd = new Random(42);
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < N; i++) {
        StringBuilder t = new StringBuilder("خبر رقم ").append(i).append(": ");
        for (int k = 0; k < 120; k++) {
          t.append(WORDS[rnd.nextInt(WORDS.length)]).append(k % 15 == 14 ? ". " : " ");
        }
        w.write("{\"url\":\"https://example.org/" + i + "\",\"published\":\"2015-07-21\",\"text\":\""
            + t + "\"}\n");
      }
    }
  }
}
