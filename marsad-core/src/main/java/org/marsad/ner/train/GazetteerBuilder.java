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
 * Builds the shipped gazetteer: locations from the world-cities translation table (Wikidata
 * labels, CC BY 4.0): every Arabic country and city name, plus the name without an
 * administrative head word ({@code ولاية قندهار} → {@code قندهار}); persons and organizations
 * from the PETRARCH Arabic actor dictionary (MIT): entries lose their leading titles
 * ({@code رئيس_وزير_غوردون_براون_} → {@code غوردون براون}), entries headed by an organization
 * word or coded as an organization ({@code IGO}, {@code NGO}, {@code MED}, ...) are ORG, bare
 * country codes and nisba adjectives are skipped, the rest are PER. Output: {@code CLASS TAB
 * name} lines, gzipped and sorted.
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

  private static final java.util.Set<String> TITLES = java.util.Set.of("رئيس", "وزير", "ملك",
      "أمير", "امير", "شيخ", "سفير", "جنرال", "رئيسة", "نائب", "سيد", "دكتور", "عقيد", "لواء",
      "مشير", "إمام", "امام", "قاضي", "ولي", "عهد", "سلطان", "زعيم", "قائد", "مستشار", "أمين",
      "عام", "ناطق", "متحدث", "باسم", "مساعد", "وزيرة", "حاكم", "مدير", "رئيس_وزير", "سيناتور",
      "نائبة", "عميد", "فريق", "رائد", "مفتي", "بابا", "مرشد", "أعلى", "سابق", "جديد");
  private static final java.util.Set<String> ORG_HEADS = java.util.Set.of("حركة", "منظمة",
      "اتحاد", "الديوان", "ديوان", "حزب", "جماعة", "مجلس", "وزارة", "شركة", "جمعية", "هيئة",
      "جامعة", "جبهة", "مؤسسة", "مصرف", "بنك", "وكالة", "صحيفة", "لجنة", "تنظيم", "جيش",
      "محكمة", "برلمان", "إذاعة", "قناة", "تلفزيون", "كتائب", "لواء", "قوة", "قوات", "شرطة",
      "حكومة", "تحالف", "ائتلاف", "رابطة", "نقابة", "مكتب", "مركز", "معهد");
  private static final java.util.Set<String> LOC_HEADS = java.util.Set.of("مدينة", "اقليم",
      "إقليم", "بحيرة", "محافظة", "ولاية", "منطقة", "جزيرة", "قرية", "مخيم", "نهر", "جبل", "بلدة");
  private static final java.util.regex.Pattern ORG_CODE =
      java.util.regex.Pattern.compile("\\[~?[A-Z]*(IGO|NGO|MED|BUS|PTY|IMG|UAF|MNC)[A-Z]*[ \\]]");
  private static final java.util.regex.Pattern COUNTRY_CODE =
      java.util.regex.Pattern.compile("\\[[A-Z]{3}\\]");

  /** Reads PETRARCH's {@code actor_dict_ar_v5.txt}: {@code CLASS TAB name} lines. */
  static TreeSet<String> actors(Path dict, TreeSet<String> locations) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    List<String> lines = Files.readAllLines(dict, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#") || Character.isWhitespace(l.charAt(0))) {
        continue;
      }
      StringBuilder codes = new StringBuilder(l);
      for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank()
          && Character.isWhitespace(lines.get(j).charAt(0)); j++) {
        codes.append(' ').append(lines.get(j).strip());
      }
      String name = l.split("[\\s\\[]", 2)[0];
      List<String> words = new ArrayList<>(List.of(name.replace('_', ' ').strip().split("\\s+")));
      while (!words.isEmpty() && TITLES.contains(words.get(0))) {
        words.remove(0);
      }
      if (words.isEmpty() || words.get(0).isEmpty()) {
        continue;
      }
      String phrase = String.join(" ", words);
      String c = codes.toString();
      String last = words.get(words.size() - 1);
      boolean dated = c.matches(".*\\d{8}.*");
      if (ORG_HEADS.contains(words.get(0))) {
        out.add("ORG\t" + phrase);
      } else if (LOC_HEADS.contains(words.get(0))) {
        out.add("LOC\t" + phrase);
      } else if (locations.contains(phrase) || last.length() >= 5 && last.endsWith("ي")
          && !last.startsWith("ال") || words.size() == 1 && phrase.length() < 3) {
        continue; // places, and lemmatized agents such as "بحرية أميركي"
      } else if (dated || !ORG_CODE.matcher(c).find()) {
        if (words.size() > 1 || !COUNTRY_CODE.matcher(c).find()) {
          out.add("PER\t" + phrase);
        }
      } else {
        out.add("ORG\t" + phrase);
      }
    }
    return out;
  }

  /** {@code GazetteerBuilder world-cities.csv actor_dict_ar_v5.txt OUT.tsv.gz}. */
  public static void main(String[] args) throws IOException {
    TreeSet<String> names = names(Path.of(args[0]));
    TreeSet<String> actors = actors(Path.of(args[1]), names);
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(Path.of(args[2]))), StandardCharsets.UTF_8))) {
      for (String n : names) {
        w.write("LOC\t" + n + "\n");
      }
      for (String a : actors) {
        w.write(a + "\n");
      }
    }
    System.err.println("gazetteer: " + names.size() + " locations, " + actors.size() + " actors");
  }
}
