package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one TSV file of the KB: a header line naming the columns (which also tells the file's
 * kind), then one record per line; {@code #} starts a comment line; blank lines are skipped.
 */
final class KbFile {
  /** The known kinds of file, by their exact header. */
  enum Kind {
    COUNTRIES("code", "qid", "name_ar", "name_en", "forms", "adj_m", "adj_f", "demonyms", "capital"),
    PLACES("id", "type", "name_ar", "name_en", "country", "lat", "lon", "population", "forms"),
    PEOPLE("id", "name_ar", "name_en", "forms"),
    ORGS("id", "type", "name_ar", "name_en", "country", "actor", "forms"),
    ROLES("id", "role", "scope", "actor", "from", "to"),
    TITLES("role", "scope", "forms"),
    COUNTRY_ORGS("key", "type", "actor_suffix", "name_en", "forms");

    final List<String> columns;

    Kind(String... columns) {
      this.columns = List.of(columns);
    }

    String header() {
      return String.join("\t", columns);
    }
  }

  /** One data line with its position. */
  record Row(String file, int line, String[] fields) {
    String get(int i) {
      String v = fields[i].strip();
      return v.isEmpty() || v.equals("-") ? null : v;
    }

    List<String> list(int i) {
      String v = get(i);
      if (v == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String s : v.split("\\|")) {
        String t = s.strip();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
      return out;
    }

    KbFormatException error(String message) {
      return new KbFormatException(file, line, message);
    }
  }

  final String name;
  final Kind kind;
  final List<Row> rows;

  private KbFile(String name, Kind kind, List<Row> rows) {
    this.name = name;
    this.kind = kind;
    this.rows = rows;
  }

  static KbFile read(String name, BufferedReader in) throws IOException {
    String header = in.readLine();
    int lineNo = 1;
    while (header != null && (header.isBlank() || header.startsWith("#"))) {
      header = in.readLine();
      lineNo++;
    }
    if (header == null) {
      throw new KbFormatException(name, 0, "file is empty; expected a header line such as '"
          + Kind.PEOPLE.header().replace("\t", "<TAB>") + "'");
    }
    if (!header.isEmpty() && header.charAt(0) == '\uFEFF') {
      header = header.substring(1);
    }
    Kind kind = null;
    for (Kind k : Kind.values()) {
      if (k.header().equals(header.strip())) {
        kind = k;
      }
    }
    if (kind == null) {
      StringBuilder known = new StringBuilder();
      for (Kind k : Kind.values()) {
        known.append("\n  ").append(k.header().replace("\t", "<TAB>"));
      }
      throw new KbFormatException(name, lineNo, "unknown header '" + header.replace("\t", "<TAB>")
          + "'; the first line must be one of (tab-separated):" + known);
    }
    int n = kind.columns.size();
    List<Row> rows = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length > n) {
        throw new KbFormatException(name, lineNo, "expected at most " + n
            + " tab-separated fields (" + String.join(", ", kind.columns) + "), found " + f.length
            + ": '" + abbreviate(line) + "'; is there a stray tab?");
      }
      String[] padded = Arrays.copyOf(f, n); // trailing empty columns may be left out
      for (int i = f.length; i < n; i++) {
        padded[i] = "";
      }
      rows.add(new Row(name, lineNo, padded));
    }
    return new KbFile(name, kind, rows);
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
