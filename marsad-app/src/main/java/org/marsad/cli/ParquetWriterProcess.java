package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code marsad-spark}'s {@code org.marsad.spark.ParquetExport} in a JVM of its own, so that
 * the Parquet tables of {@code marsad export --format parquet} are written by the Spark job's own
 * code while Spark and Hadoop stay off the CLI's classpath.
 *
 * <p>Where the Spark side is: the directory of the {@code marsad-spark} module (environment
 * {@code MARSAD_SPARK_DIR}, set by the {@code ./marsad} launcher, or system property
 * {@code marsad.spark.dir}, or the {@code marsad-spark} directory beside {@code marsad-app} of this
 * jar), whose {@code target/marsad-spark-job.jar} and {@code target/spark-classpath.txt} make the
 * classpath (system property {@code marsad.spark.classpath} replaces them) and whose
 * {@code conf/jvm-flags} and {@code conf/log4j2.properties} are passed to the JVM. Heap:
 * {@code MARSAD_SPARK_MEMORY} (default 2g).
 */
final class ParquetWriterProcess {
  static final String MAIN = "org.marsad.spark.ParquetExport";

  private final List<String> command;

  private ParquetWriterProcess(List<String> command) {
    this.command = List.copyOf(command);
  }

  /** Finds the Spark side; a usage error naming what to build when it is missing. */
  static ParquetWriterProcess locate() throws IOException {
    Path dir = sparkDir();
    String cp = System.getProperty("marsad.spark.classpath");
    if (cp == null) {
      Path jar = dir == null ? null : dir.resolve("target/marsad-spark-job.jar");
      Path deps = dir == null ? null : dir.resolve("target/spark-classpath.txt");
      if (jar == null || !Files.isRegularFile(jar) || !Files.isRegularFile(deps)) {
        throw new UsageException("--format parquet needs the Spark job of marsad-spark"
            + (dir == null ? "" : " (" + dir.resolve("target/marsad-spark-job.jar") + " is missing)")
            + ": run the export through ./marsad, which builds it, or build it with"
            + " './mvnw -pl marsad-spark -am package -DskipTests'");
      }
      cp = jar + java.io.File.pathSeparator + Files.readString(deps, StandardCharsets.UTF_8).strip();
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String memory = System.getenv("MARSAD_SPARK_MEMORY");
    cmd.add("-Xmx" + (memory == null || memory.isBlank() ? "2g" : memory.strip()));
    if (dir != null && Files.isRegularFile(dir.resolve("conf/jvm-flags"))) {
      for (String flag : Files.readAllLines(dir.resolve("conf/jvm-flags"), StandardCharsets.UTF_8)) {
        if (!flag.isBlank()) {
          cmd.add(flag.strip());
        }
      }
    }
    if (dir != null && Files.isRegularFile(dir.resolve("conf/log4j2.properties"))) {
      cmd.add("-Dlog4j2.configurationFile=" + dir.resolve("conf/log4j2.properties"));
    }
    cmd.add("-cp");
    cmd.add(cp);
    cmd.add(MAIN);
    return new ParquetWriterProcess(cmd);
  }

  private static Path sparkDir() {
    String env = System.getenv("MARSAD_SPARK_DIR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String prop = System.getProperty("marsad.spark.dir");
    if (prop != null) {
      return Path.of(prop);
    }
    try {
      // marsad-app/target/marsad.jar (or target/classes) -> marsad-spark
      Path self = Path.of(ParquetWriterProcess.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      Path module = self.getParent() == null ? null : self.getParent().getParent();
      Path spark = module == null || module.getParent() == null ? null
          : module.getParent().resolve("marsad-spark");
      return spark != null && Files.isDirectory(spark) ? spark : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Writes the tables under {@code out} from the staged rows; the child's messages go to
   * {@code err}. Returns the child's exit code.
   */
  int run(Path staged, Path out, String sourcePath, PrintWriter err) throws IOException {
    List<String> cmd = new ArrayList<>(command);
    cmd.addAll(List.of("--input", staged.toAbsolutePath().toString(),
        "--output", out.toAbsolutePath().toString(), "--path", sourcePath));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getOutputStream().close();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        err.println(line);
      }
    }
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing Parquet", e);
    }
  }
}
