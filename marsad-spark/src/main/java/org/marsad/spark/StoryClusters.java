package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.marsad.text.MinHash;

/**
 * Near-duplicate story clusters across the whole corpus: documents sharing an LSH band are
 * candidates; a candidate pair with estimated Jaccard similarity of at least 0.6 is joined
 * (union-find on the driver, over the candidates only); a cluster's id is its smallest document
 * id. Returns {@code (cid, cluster_id)} for documents in clusters of two or more.
 */
final class StoryClusters {
  private StoryClusters() {}

  static Dataset<Row> of(SparkSession spark, Dataset<Row> analyzed) {
    // Each bucket carries its members' signatures, so that one job over the documents gives the
    // driver everything it compares (no second pass with a filter listing every candidate id).
    List<Row> buckets = analyzed.filter(col("bands").isNotNull())
        .select(col("id"), element_at(col("bands"), MinHashBands.BANDS + 1).as("sig"),
            explode(slice(col("bands"), 1, MinHashBands.BANDS)).as("band"))
        .groupBy("band").agg(collect_list(struct(col("id"), col("sig"))).as("members"))
        .filter(size(col("members")).gt(1)).select("members").collectAsList();
    Map<String, int[]> sigs = new HashMap<>();
    Map<String, String> parent = new HashMap<>();
    for (Row r : buckets) {
      List<Row> members = r.getList(0);
      int n = members.size();
      String[] ids = new String[n];
      int[][] sig = new int[n][];
      for (int i = 0; i < n; i++) {
        Row m = members.get(i);
        ids[i] = m.getString(0);
        sig[i] = sigs.computeIfAbsent(ids[i], k -> MinHashBands.parseSignature(m.getString(1)));
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (MinHash.similarity(sig[i], sig[j]) >= MinHash.THRESHOLD) {
            union(parent, ids[i], ids[j]);
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (String id : parent.keySet()) {
      rows.add(RowFactory.create(id, find(parent, id)));
    }
    StructType schema = new StructType().add("cid", DataTypes.StringType)
        .add("cluster_id", DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (parent.containsKey(root) && !parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }

  /** Joins two sets; the smaller id becomes the root, so a cluster's id is its smallest id. */
  private static void union(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
