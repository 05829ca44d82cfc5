package org.marsad.ner.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the shipped location gazetteer from the world-cities translation table (Wikidata labels,
 * CC BY 4.0): every Arabic country and city name, plus the name without an administrative head
 * word ({@code ولاية قندهار} → {@code قندهار}), as {@code LOC TAB name} lines, gzipped and sorted.
 */
public final class GazetteerBuilder {
  private static final List<String> HEADS =
      List.of("ولاية ", "محافظة ", "شعبية ", "مدينة ", "إقليم ", "منطقة ", "مقاطعة ");

  private GazetteerBuilder() {}

  /** Reads {@code world-cities.csv} (CountryNameAr, CountryNameEn, CityNameAr, ...). */
  static TreeSet<String> names(Path csv) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      List<String> f = fields(lines.get(i));
      if (f.size() < 3) {
        continue;
      }
      add(names, f.get(0));
      add(names, f.get(2));
    }
    return names;
  }

  private static void add(TreeSet<String> names, String name) {
    String n = name.strip();
    if (n.isEmpty() || n.chars().anyMatch(c -> c < 0x600 && Character.isLetter(c))) {
      return;
    }
    names.add(n);
    for (String h : HEADS) {
      if (n.startsWith(h) && n.length() > h.length() + 2) {
        names.add(n.substring(h.length()));
      }
    }
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }

  /** {@code GazetteerBuilder world-cities.csv OUT.tsv.gz}. */
  public static void main(String[] args) throws IOException {
    TreeSet<String> names = names(Path.of(args[0]));
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8))) {
      for (String n : names) {
        w.write("LOC\t" + n + "\n");
      }
    }
    System.err.println("gazetteer: " + names.size() + " names");
  }
}
