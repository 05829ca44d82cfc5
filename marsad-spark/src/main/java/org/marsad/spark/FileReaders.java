package org.marsad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.marsad.input.ArticleReader;
import org.marsad.input.InputException;
import org.marsad.input.RawArticle;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads text, HTML and WARC files inside tasks (not on the driver), so that an unreadable file or
 * a corrupt WARC record becomes an error row naming the path and reason, never a failed job.
 */
final class FileReaders {
  private static final long MAX_BYTES = ArticleReader.DEFAULT_MAX_BYTES;

  private FileReaders() {}

  static boolean isWarc(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".warc") || p.endsWith(".warc.gz");
  }

  static boolean isHtml(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".html") || p.endsWith(".htm");
  }

  /** The rows of one file: one article (text, HTML) or many (WARC). */
  static Iterator<Row> read(String path, Configuration conf) {
    List<Row> out = new ArrayList<>();
    Path p = new Path(path);
    try {
      FileSystem fs = p.getFileSystem(conf);
      if (isWarc(path)) {
        readWarc(path, fs, out);
      } else {
        long len = fs.getFileStatus(p).getLen();
        if (len > MAX_BYTES) {
          out.add(Records.error(path, null, "larger than " + MAX_BYTES + " bytes"));
        } else {
          byte[] bytes;
          try (FSDataInputStream in = fs.open(p)) {
            bytes = in.readAllBytes();
          }
          out.add(article(path, bytes, isHtml(path)));
        }
      }
    } catch (IOException | RuntimeException e) {
      out.add(Records.error(path, null, "unreadable (" + e.getMessage() + ")"));
    }
    return out.iterator();
  }

  private static Row article(String where, byte[] bytes, boolean html) {
    try {
      RawArticle raw = new ArticleReader(null, MAX_BYTES).parse(bytes, where, html);
      return Records.fromRaw(where, raw);
    } catch (InputException e) {
      return Records.error(where, null, e.getMessage());
    }
  }

  private static void readWarc(String path, FileSystem fs, List<Row> out) throws IOException {
    try (InputStream in = fs.open(new Path(path)); WarcReader reader = new WarcReader(in)) {
      long position = 0;
      while (true) {
        WarcRecord rec;
        try {
          position = reader.position();
          java.util.Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            return;
          }
          rec = next.get();
        } catch (IOException | RuntimeException e) {
          out.add(Records.error(path + "@" + position, null, "corrupt WARC record (" + e.getMessage() + ")"));
          return;
        }
        if (!(rec instanceof WarcResponse resp)) {
          continue;
        }
        String where = path + "@" + position + " " + resp.target();
        try {
          HttpResponse http = resp.http();
          if (http.status() < 200 || http.status() > 299) {
            continue;
          }
          MediaType type = http.contentType();
          String base = type.base().toString().toLowerCase(Locale.ROOT);
          boolean html = base.contains("html");
          if (!html && !base.startsWith("text/")) {
            out.add(Records.error(where, null, "not a text payload (" + base + ")"));
            continue;
          }
          byte[] bytes = http.body().stream().readNBytes((int) MAX_BYTES + 1);
          if (bytes.length > MAX_BYTES) {
            out.add(Records.error(where, null, "payload larger than " + MAX_BYTES + " bytes"));
            continue;
          }
          Row row = article(resp.target(), bytes, html);
          out.add(row.isNullAt(8) ? withPath(row, where, resp.target()) : Records.error(where, null, row.getString(8)));
        } catch (IOException | RuntimeException e) {
          out.add(Records.error(where, null, "corrupt WARC record (" + e.getMessage() + ")"));
        }
      }
    }
  }

  /** The article with its path set to the WARC location and, when the page gave none, its URL the target URI. */
  private static Row withPath(Row r, String where, String target) {
    Object[] v = new Object[r.length()];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.get(i);
    }
    v[0] = where;
    if (v[4] == null) {
      v[4] = target;
    }
    return org.apache.spark.sql.RowFactory.create(v);
  }
}
