package org.marsad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * The Marsad batch job: reads articles (JSONL, text and HTML files, WARC) from Hadoop paths, runs
 * the pipeline per partition, and writes Parquet tables partitioned by publication date:
 * {@code documents, mentions, events, quotes}, plus {@code errors} (every bad input with its path
 * and reason), {@code documents_json} (marsad/1 lines, for {@code marsad export --input}) and
 * {@code summary.json}. Exact duplicates are dropped; near duplicates share a story cluster.
 */
public final class SparkJob {
  private SparkJob() {}

  /** Raised when not a single article could be read. */
  public static final class NothingReadException extends RuntimeException {
    NothingReadException(String message) {
      super(message);
    }
  }

  public static void main(String[] args) {
    JobOptions o;
    try {
      o = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("marsad spark: " + e.getMessage());
      System.exit(1);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("marsad");
    if (o.master() != null) {
      b.master(o.master());
    } else if (System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    int code = 0;
    SparkSession spark = b.getOrCreate();
    try {
      Summary s = run(spark, o);
      System.err.println(s.line());
      if (s.failed() > 0) {
        System.err.println("marsad spark: " + s.failed() + " input(s) failed; reasons in "
            + o.output() + "/errors");
        code = 3;
      }
    } catch (NothingReadException e) {
      System.err.println("marsad spark: " + e.getMessage());
      code = 2;
    } catch (RuntimeException e) {
      System.err.println("marsad spark: internal error: " + e);
      e.printStackTrace();
      code = 4;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs the job; returns its summary (also written to {@code OUT/summary.json}). */
  public static Summary run(SparkSession spark, JobOptions o) {
    long t0 = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> jsonl = new ArrayList<>();
    List<String> files = new ArrayList<>();
    List<Row> driverErrors = new ArrayList<>();
    for (String in : o.inputs()) {
      list(in, conf, jsonl, files, driverErrors);
    }
    int partitions = o.partitions() > 0 ? o.partitions()
        : Math.max(2, spark.sparkContext().defaultParallelism() * 2);

    Dataset<Row> records = spark.createDataFrame(driverErrors, Records.SCHEMA);
    if (!jsonl.isEmpty()) {
      Dataset<Row> lines = spark.read().text(jsonl.toArray(String[]::new))
          .select(col("value"), input_file_name().as("path"));
      records = records.union(lines.flatMap((FlatMapFunction<Row, Row>) r -> {
        String line = r.getString(0);
        return line == null || line.isBlank() ? java.util.Collections.emptyIterator()
            : List.of(Records.fromJsonLine(r.getString(1), line)).iterator();
      }, Encoders.row(Records.SCHEMA)));
    }
    if (!files.isEmpty()) {
      Map<String, String> confMap = new HashMap<>();
      conf.forEach(e -> confMap.put(e.getKey(), e.getValue()));
      Dataset<String> paths = spark.createDataset(files, Encoders.STRING())
          .repartition(Math.min(files.size(), partitions));
      records = records.union(paths.flatMap((FlatMapFunction<String, Row>) p -> {
        Configuration c = new Configuration(false);
        confMap.forEach(c::set);
        return FileReaders.read(p, c);
      }, Encoders.row(Records.SCHEMA)));
    }
    long[] clock = {System.nanoTime()};
    records = records.persist(StorageLevel.MEMORY_AND_DISK());
    long read = records.count();
    phase("read", clock);

    Dataset<Row> ok = records.filter(col("error").isNull());
    Dataset<Row> unique = ok
        .withColumn("rank", row_number().over(Window.partitionBy("text_hash").orderBy("id", "path")))
        .filter(col("rank").equalTo(1)).drop("rank");
    Dataset<Row> analyzed = unique.repartition(partitions)
        .mapPartitions((MapPartitionsFunction<Row, Row>) Analysis::partition,
            Encoders.row(Analysis.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long okCount = ok.count();
    long uniqueCount = analyzed.count();
    phase("deduplicated and analyzed", clock);

    Dataset<Row> good = analyzed.filter(col("json").isNotNull());
    Dataset<Row> clusters = StoryClusters.of(spark, good);
    Dataset<Row> withCluster = good.join(clusters, good.col("id").equalTo(clusters.col("cid")), "left")
        .withColumn("cluster", coalesce(col("cluster_id"), col("id")))
        .drop("cid", "cluster_id");
    Dataset<Row> parsed = Tables.parsed(withCluster).persist(StorageLevel.MEMORY_AND_DISK());
    phase("story clusters", clock);

    Dataset<Row> errors = records.filter(col("error").isNotNull())
        .select(col("path"), col("id"), col("error").as("reason"))
        .union(analyzed.filter(col("error").isNotNull())
            .select(col("path"), col("id"), col("error").as("reason")));
    String out = o.output();
    // One file, but not one task: repartition(1) moves only the error rows, where coalesce(1)
    // would scan every cached record and document in a single task.
    errors.repartition(1).write().mode(SaveMode.Overwrite).parquet(out + "/errors");
    long failed = spark.read().parquet(out + "/errors").count();
    long documents = parsed.count();
    // The tables are written from the parsed documents alone: free the inputs' memory first.
    analyzed.unpersist();
    records.unpersist();
    phase("errors written, documents parsed", clock);
    if (documents == 0) {
      parsed.unpersist();
      throw new NothingReadException("nothing could be read from " + String.join(", ", o.inputs())
          + " (" + failed + " failure(s); reasons in " + out + "/errors)");
    }
    write(Tables.documents(parsed), out + "/documents");
    write(Tables.mentions(parsed), out + "/mentions");
    write(Tables.events(parsed), out + "/events");
    write(Tables.quotes(parsed), out + "/quotes");
    parsed.select("json").write().mode(SaveMode.Overwrite).text(out + "/documents_json");

    phase("tables written", clock);
    Dataset<Row> counts = spark.read().parquet(out + "/documents");
    long mentions = spark.read().parquet(out + "/mentions").count();
    long events = spark.read().parquet(out + "/events").count();
    long quotes = spark.read().parquet(out + "/quotes").count();
    long nClusters = counts.select("cluster").distinct().count();
    Summary s = new Summary(read, okCount - uniqueCount, documents, failed, mentions, events, quotes,
        nClusters, (System.nanoTime() - t0) / 1e9);
    writeText(conf, out + "/summary.json", s.json() + "\n");
    parsed.unpersist();
    return s;
  }

  /**
   * Writes a table as Parquet partitioned by {@code date}, replacing what was there. An empty table
   * (a corpus without quotes, say) is one file with the schema and no rows, so that readers find it.
   */
  static void write(Dataset<Row> table, String path) {
    if (table.isEmpty()) {
      table.coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
    } else {
      table.write().mode(SaveMode.Overwrite).partitionBy("date").parquet(path);
    }
  }

  /** Sorts an input path into JSONL and other files; a missing or unsupported one becomes an error row. */
  private static void list(String in, Configuration conf, List<String> jsonl, List<String> files,
      List<Row> errors) {
    Path p = new Path(in);
    try {
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        errors.add(Records.error(in, null, "no such file or directory"));
        return;
      }
      FileStatus st = fs.getFileStatus(p);
      if (st.isFile()) {
        classify(st.getPath().toString(), fs, jsonl, files, errors, true);
        return;
      }
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        String name = f.getPath().getName();
        if (!name.startsWith(".") && !name.startsWith("_")) {
          classify(f.getPath().toString(), fs, jsonl, files, errors, false);
        }
      }
    } catch (IOException | RuntimeException e) {
      errors.add(Records.error(in, null, "unreadable (" + e.getMessage() + ")"));
    }
  }

  private static void classify(String path, FileSystem fs, List<String> jsonl, List<String> files,
      List<Row> errors, boolean named) {
    String l = path.toLowerCase(Locale.ROOT);
    if (l.endsWith(".jsonl")) {
      try {
        fs.open(new Path(path)).close();
        jsonl.add(path);
      } catch (IOException | RuntimeException e) {
        errors.add(Records.error(path, null, "unreadable (" + e.getMessage() + ")"));
      }
    } else if (l.endsWith(".txt") || FileReaders.isHtml(l) || FileReaders.isWarc(l)) {
      files.add(path);
    } else {
      errors.add(Records.error(path, null, "unsupported input (expected .jsonl, .txt, .html, .htm,"
          + " .warc or .warc.gz" + (named ? "" : " inside a directory") + ")"));
    }
  }

  private static void writeText(Configuration conf, String path, String text) {
    Path p = new Path(path);
    try (OutputStream os = p.getFileSystem(conf).create(p, true)) {
      os.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(path + ": cannot write (" + e.getMessage() + ")", e);
    }
  }

  private static void phase(String name, long[] t) {
    long now = System.nanoTime();
    System.err.printf(Locale.ROOT, "marsad spark: %s %.1f s%n", name, (now - t[0]) / 1e9);
    t[0] = now;
  }
}
