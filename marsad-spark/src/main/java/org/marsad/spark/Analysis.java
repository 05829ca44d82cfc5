package org.marsad.spark;

import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.marsad.json.DocumentJson;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.pipeline.Analyzer;

/**
 * The pipeline over one partition. {@link Analyzer#defaults()} and the resources behind it
 * (lexicons, KB, models) are loaded by lazy holders once per executor JVM and shared by all its
 * task threads; nothing is loaded per record.
 */
final class Analysis {
  /** {@code path, id, text_hash, json} (the marsad/1 document) or {@code error}; {@code bands}: MinHash LSH keys. */
  static final StructType SCHEMA = new StructType()
      .add("path", DataTypes.StringType)
      .add("id", DataTypes.StringType)
      .add("text_hash", DataTypes.StringType)
      .add("json", DataTypes.StringType)
      .add("bands", DataTypes.createArrayType(DataTypes.StringType))
      .add("error", DataTypes.StringType);

  private Analysis() {}

  /** Analyzes lazily, one record at a time, so a partition's results are never all in memory. */
  static Iterator<Row> partition(Iterator<Row> records) {
    Analyzer analyzer = Analyzer.defaults();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        return analyze(analyzer, records.next());
      }
    };
  }

  static Row analyze(Analyzer analyzer, Row r) {
    String path = r.getAs("path");
    String id = r.getAs("id");
    String published = r.getAs("published");
    try {
      DocumentMeta meta = new DocumentMeta(id, published == null ? null : LocalDate.parse(published),
          r.getAs("title"), r.getAs("url"), r.getAs("source"));
      String text = r.getAs("text");
      Document doc = analyzer.analyze(meta, text);
      String json = DocumentJson.toJson(doc, DocumentJson.Options.COMPACT);
      return RowFactory.create(path, doc.meta().id(), r.getAs("text_hash"), json,
          MinHashBands.bands(doc), null);
    } catch (RuntimeException e) {
      return RowFactory.create(path, id, r.getAs("text_hash"), null, null, "analysis failed: " + e);
    }
  }
}
