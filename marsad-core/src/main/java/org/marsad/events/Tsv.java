package org.marsad.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated lexicon files: {@code #} comments, blank lines skipped, fixed columns. */
final class Tsv {
  /** One data line: its 1-based number and its trimmed fields. */
  record Row(int line, String[] fields) {
    String get(int i) {
      return fields[i];
    }
  }

  private Tsv() {}

  static List<Row> read(String file, Reader reader, int minColumns, int maxColumns) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        if (n == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
          s = s.substring(1);
        }
        if (s.isBlank() || s.stripLeading().startsWith("#")) {
          continue;
        }
        String[] f = s.split("\t", -1);
        if (f.length < minColumns || f.length > maxColumns) {
          throw new EventLexiconException(file, n, "expected " + (minColumns == maxColumns
              ? String.valueOf(minColumns) : minColumns + " to " + maxColumns)
              + " tab-separated columns, found " + f.length + " in '" + abbreviate(s) + "'");
        }
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].strip();
          if (f[i].isEmpty()) {
            throw new EventLexiconException(file, n, "column " + (i + 1)
                + " is empty (write - for none)");
          }
        }
        rows.add(new Row(n, f));
      }
    } catch (IOException e) {
      throw new EventLexiconException(file, "cannot be read", e);
    }
    return rows;
  }

  static Reader resource(String name) {
    InputStream in = Tsv.class.getResourceAsStream(name);
    if (in == null) {
      throw new EventLexiconException(name, 0, "resource missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
