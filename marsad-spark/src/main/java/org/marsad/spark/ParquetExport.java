package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Parquet side of {@code marsad export --format parquet}: reads the table rows that
 * {@code marsad export} staged from a store (or from marsad/1 JSON lines) and writes the Spark
 * job's tables {@code documents}, {@code mentions}, {@code events} and {@code quotes}, with the
 * same schemas and the same code ({@link Tables}), partitioned by publication date.
 *
 * <p>A staged line is {@code {"json": marsad/1 document as a string, "cluster": story cluster id
 * or null, "event_ids": ids of the events to export, or null for all}}. The CLI runs this class in
 * a separate JVM so that neither Spark nor Hadoop is on its own classpath.
 */
public final class ParquetExport {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String USAGE = "usage: ParquetExport --input STAGED.jsonl --output DIR"
      + " [--path SOURCE] [--master local[*]]";

  /** The staged rows: {@link Analysis#SCHEMA}'s {@code path, id, text_hash, json} plus cluster and the exported events. */
  static final StructType STAGED = new StructType()
      .add("path", DataTypes.StringType)
      .add("id", DataTypes.StringType)
      .add("text_hash", DataTypes.StringType)
      .add("json", DataTypes.StringType)
      .add("cluster", DataTypes.StringType)
      .add("event_ids", DataTypes.createArrayType(DataTypes.StringType));

  /** Rows written to each table. */
  public record Counts(long documents, long mentions, long events, long quotes) {
    String line() {
      return String.format(Locale.ROOT, "marsad: Parquet tables: %d document(s), %d mention(s),"
          + " %d event(s), %d quote(s)", documents, mentions, events, quotes);
    }
  }

  private ParquetExport() {}

  public static void main(String[] args) {
    String input = null;
    String output = null;
    String path = null;
    String master = "local[*]";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--input" -> input = args[i + 1];
        case "--output" -> output = args[i + 1];
        case "--path" -> path = args[i + 1];
        case "--master" -> master = args[i + 1];
        default -> {
          System.err.println("marsad: unknown option " + args[i] + "\n" + USAGE);
          System.exit(1);
        }
      }
    }
    if (input == null || output == null || args.length % 2 != 0) {
      System.err.println("marsad: " + USAGE);
      System.exit(1);
    }
    SparkSession spark = SparkSession.builder().appName("marsad-export").master(master)
        .config("spark.ui.enabled", "false").getOrCreate();
    int code = 0;
    try {
      System.err.println(run(spark, input, output, path).line());
    } catch (RuntimeException e) {
      System.err.println("marsad: writing Parquet failed: " + e);
      e.printStackTrace();
      code = 4;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Writes the four tables under {@code output} from the staged lines in {@code input}; {@code path} fills the {@code path} column. */
  public static Counts run(SparkSession spark, String input, String output, String path) {
    int parallelism = Math.max(1, spark.sparkContext().defaultParallelism());
    Dataset<Row> staged = spark.read().text(input).repartition(parallelism)
        .flatMap((FlatMapFunction<Row, Row>) r -> staged(r.getString(0), path).iterator(),
            Encoders.row(STAGED));
    Dataset<Row> parsed = Tables.parsed(staged).persist(StorageLevel.MEMORY_AND_DISK());
    // --cameo/--plover select the exported events, as for the other formats; documents keep all.
    Dataset<Row> selected = parsed.withColumn("d", col("d").withField("events",
        expr("filter(d.events, v -> event_ids IS NULL OR array_contains(event_ids, v.id))")));
    Dataset<Row> documents = Tables.documents(parsed);
    Dataset<Row> mentions = Tables.mentions(parsed);
    Dataset<Row> events = Tables.events(selected);
    Dataset<Row> quotes = Tables.quotes(parsed);
    SparkJob.write(documents, output + "/documents");
    SparkJob.write(mentions, output + "/mentions");
    SparkJob.write(events, output + "/events");
    SparkJob.write(quotes, output + "/quotes");
    Counts c = new Counts(parsed.count(),
        spark.read().parquet(output + "/mentions").count(),
        spark.read().parquet(output + "/events").count(),
        spark.read().parquet(output + "/quotes").count());
    parsed.unpersist();
    return c;
  }

  /** One staged line as a row; blank lines and error lines ({@code {"id", "error"}}) give none. */
  static List<Row> staged(String line, String path) throws java.io.IOException {
    List<Row> out = new ArrayList<>(1);
    if (line == null || line.isBlank()) {
      return out;
    }
    JsonNode n = JSON.readTree(line);
    String json = text(n, "json");
    if (json == null) {
      return out;
    }
    JsonNode doc = JSON.readTree(json);
    String text = text(doc, "text");
    if (text == null) {
      return out;
    }
    String id = text(doc, "id");
    String cluster = text(n, "cluster");
    String[] eventIds = null;
    JsonNode ids = n.get("event_ids");
    if (ids != null && ids.isArray()) {
      eventIds = new String[ids.size()];
      for (int i = 0; i < eventIds.length; i++) {
        eventIds[i] = ids.get(i).asText();
      }
    }
    out.add(RowFactory.create(path, id, Records.textHash(text), json, cluster == null ? id : cluster,
        eventIds));
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
