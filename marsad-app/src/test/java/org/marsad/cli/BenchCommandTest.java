package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir
  Path dir;

  @Test
  void benchPipelineReportsThroughputAndStageShares() throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("2015-07-21.zip")))) {
      zip.putNextEntry(new ZipEntry("2015-07-21.json"));
      zip.write(("[{\"source\":\"x\",\"content\":\"التقى الرئيس بالوفد. وبحث الجانبان التعاون.\"},"
          + "{\"source\":\"y\",\"content\":\"\"},{\"source\":\"z\",\"content\":\"قال الوزير إن الاجتماع ناجح.\"}]")
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    CliRun run = CliRun.of("bench", "pipeline", "--corpus", dir.toString(), "--articles", "5",
        "--rounds", "1", "--threads", "2");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("articles: 2, tokens: 14,"), run.out());
    assertTrue(run.out().contains("per-stage share"), run.out());
    // Both rows report the analyzing threads' CPU per article, to tell contention from lack of cores.
    assertTrue(run.out().lines().filter(l -> l.matches("[12] .* ms .* s.*")).count() == 2, run.out());
  }

  @Test
  void benchWithoutTheCorpusIsAnInputErrorNamingIt() {
    CliRun run = CliRun.of("bench", "pipeline", "--corpus", dir.resolve("none").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("marsad: " + dir.resolve("none") + ": no such corpus directory"), run.err());
  }
}
