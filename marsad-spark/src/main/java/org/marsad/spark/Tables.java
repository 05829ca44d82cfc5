package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.to_date;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The output tables, derived from the analyzed documents' marsad/1 JSON. Schemas: docs/spark.md. */
final class Tables {
  private static final DataType S = DataTypes.StringType;
  private static final DataType I = DataTypes.IntegerType;
  private static final StructType ARG = new StructType().add("entity", S).add("text", S).add("actor", S);
  private static final StructType REF = new StructType().add("entity", S).add("text", S);
  private static final StructType SPAN = new StructType().add("start", I).add("end", I).add("text", S);
  private static final StructType MENTION = new StructType().add("start", I).add("end", I)
      .add("text", S).add("kind", S);
  private static final StructType ENTITY = new StructType().add("id", S).add("type", S)
      .add("name", S).add("name_en", S).add("kb", S).add("actor", S)
      .add("mentions", DataTypes.createArrayType(MENTION));
  private static final StructType EVENT = new StructType().add("id", S).add("cameo", S)
      .add("plover", S).add("sentence", I).add("trigger", SPAN).add("source", ARG).add("target", ARG)
      .add("location", REF).add("date", S).add("time", S).add("modality", S).add("attribution", REF)
      .add("confidence", DataTypes.DoubleType);
  private static final StructType QUOTE = new StructType().add("start", I).add("end", I)
      .add("text", S).add("speaker", S).add("cue", S).add("direct", DataTypes.BooleanType);
  /** The part of marsad/1 the tables use. */
  static final StructType DOCUMENT = new StructType().add("id", S).add("published", S)
      .add("title", S).add("url", S).add("source", S).add("lang", S).add("text", S)
      .add("entities", DataTypes.createArrayType(ENTITY))
      .add("events", DataTypes.createArrayType(EVENT))
      .add("quotes", DataTypes.createArrayType(QUOTE));

  private Tables() {}

  /** Analyzed rows ({@link Analysis#SCHEMA} plus {@code cluster}) with the JSON parsed into {@code d} and the partition column {@code date}. */
  static Dataset<Row> parsed(Dataset<Row> analyzed) {
    return analyzed.withColumn("d", from_json(col("json"), DOCUMENT))
        .withColumn("date", col("d.published"));
  }

  static Dataset<Row> documents(Dataset<Row> p) {
    return p.select(col("d.id").as("id"), to_date(col("d.published")).as("published"),
        col("d.title").as("title"), col("d.url").as("url"), col("d.source").as("source"),
        col("d.lang").as("lang"), col("d.text").as("text"), col("text_hash"), col("cluster"),
        size(col("d.entities")).as("entities"), size(col("d.events")).as("events"),
        size(col("d.quotes")).as("quotes"), col("path"), col("json"), col("date"));
  }

  static Dataset<Row> mentions(Dataset<Row> p) {
    return p.select(col("d.id").as("doc_id"), col("date"), explode(col("d.entities")).as("e"))
        .select(col("doc_id"), col("date"), col("e"), explode(col("e.mentions")).as("m"))
        .select(col("doc_id"), col("e.id").as("entity_id"), col("e.type").as("type"),
            col("e.name").as("name"), col("e.name_en").as("name_en"), col("e.kb").as("kb"),
            col("e.actor").as("actor"), col("m.start").as("start"), col("m.end").as("end"),
            col("m.text").as("text"), col("m.kind").as("kind"), col("date"));
  }

  static Dataset<Row> events(Dataset<Row> p) {
    Column v = col("v");
    return p.select(col("d.id").as("doc_id"), col("date"), explode(col("d.events")).as("v"))
        .select(col("doc_id"), v.getField("id").as("event_id"), v.getField("cameo").as("cameo"),
            v.getField("plover").as("plover"), v.getField("sentence").as("sentence"),
            col("v.trigger.start").as("trigger_start"), col("v.trigger.end").as("trigger_end"),
            col("v.trigger.text").as("trigger_text"),
            col("v.source.entity").as("source_entity"), col("v.source.text").as("source_text"),
            col("v.source.actor").as("source_actor"),
            col("v.target.entity").as("target_entity"), col("v.target.text").as("target_text"),
            col("v.target.actor").as("target_actor"),
            col("v.location.entity").as("location_entity"), col("v.location.text").as("location_text"),
            v.getField("date").as("event_date"), v.getField("time").as("time"),
            v.getField("modality").as("modality"),
            col("v.attribution.entity").as("attribution_entity"),
            col("v.attribution.text").as("attribution_text"),
            v.getField("confidence").as("confidence"), col("date"));
  }

  static Dataset<Row> quotes(Dataset<Row> p) {
    return p.select(col("d.id").as("doc_id"), col("date"), explode(col("d.quotes")).as("q"))
        .select(col("doc_id"), col("q.start").as("start"), col("q.end").as("end"),
            col("q.text").as("text"), col("q.speaker").as("speaker"), col("q.cue").as("cue"),
            col("q.direct").as("direct"), col("date"));
  }
}
