package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lexicon entries taken from the shipped knowledge base ({@code org/marsad/kb/}): people and
 * organizations (curated and from PETRARCH) with all their forms, countries and places, given
 * names (class {@code GIVEN}) and the role titles of {@code titles.tsv} as person triggers
 * ({@code الرئيس {m}} → {@code الرئيس}). Files that are absent are skipped.
 */
public final class KbLexicon {
  private static final String DIR = "/org/marsad/kb/";
  private static final Map<String, String> TABLES = Map.of(
      "people.tsv", "PER", "petrarch_people.tsv", "PER", "orgs.tsv", "ORG",
      "petrarch_orgs.tsv", "ORG", "places.tsv", "LOC", "places_curated.tsv", "LOC",
      "countries.tsv", "LOC");

  private KbLexicon() {}

  /** {@code CLASS TAB phrase} lines, in a fixed order. */
  public static List<String> lines() {
    List<String> out = new ArrayList<>();
    for (String file : new String[] {"people.tsv", "petrarch_people.tsv", "orgs.tsv",
        "petrarch_orgs.tsv", "places.tsv", "places_curated.tsv", "countries.tsv"}) {
      table(file, TABLES.get(file), out);
    }
    for (String name : read("given_names.txt")) {
      out.add("GIVEN\t" + name.strip());
    }
    List<String> titles = read("titles.tsv");
    int forms = titles.isEmpty() ? -1 : List.of(titles.get(0).split("\t")).indexOf("forms");
    for (int i = 1; forms >= 0 && i < titles.size(); i++) {
      String[] f = titles.get(i).split("\t");
      if (f.length > forms) {
        for (String form : f[forms].split("\\|")) {
          String t = form.replaceAll("\\{[a-z]+\\}", "").strip();
          if (!t.isEmpty()) {
            out.add("T_PER\t" + t);
          }
        }
      }
    }
    return out;
  }

  private static void table(String file, String cls, List<String> out) {
    List<String> rows = read(file);
    if (rows.isEmpty()) {
      return;
    }
    List<String> header = List.of(rows.get(0).split("\t"));
    int name = header.indexOf("name_ar");
    int forms = header.indexOf("forms");
    int capital = header.indexOf("capital");
    for (int i = 1; i < rows.size(); i++) {
      String[] f = rows.get(i).split("\t");
      add(out, cls, f, name);
      add(out, "LOC", f, capital);
      if (forms >= 0 && forms < f.length) {
        for (String form : f[forms].split("\\|")) {
          if (!form.isBlank()) {
            out.add(cls + "\t" + form.strip());
          }
        }
      }
    }
  }

  private static void add(List<String> out, String cls, String[] f, int col) {
    if (col >= 0 && col < f.length && !f[col].isBlank()) {
      out.add(cls + "\t" + f[col].strip());
    }
  }

  /** Non-comment, non-blank lines of a KB resource; the first is the header of a table. */
  private static List<String> read(String file) {
    List<String> out = new ArrayList<>();
    InputStream in = KbLexicon.class.getResourceAsStream(DIR + file);
    if (in == null) {
      return out;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new ModelFormatException("cannot read knowledge-base resource " + DIR + file, e);
    }
    return out;
  }
}
