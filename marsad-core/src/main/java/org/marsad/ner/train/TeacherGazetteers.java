package org.marsad.ner.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.ner.Lexicon;

/**
 * Reads the train/eval-only gazetteers of {@code ../shared/data/gazetteers} into lexicon lines of
 * the {@link Lexicon#TEACHER_CLASSES}, one class per source and type, so that the teacher learns
 * how far to trust each list:
 *
 * <ul>
 *   <li>{@code anergazet/Aligned{Pers,Loc,Org}Gazetteer.txt} (one name per line, {@code ====}
 *       separators) → {@code AG_PER}, {@code AG_LOC}, {@code AG_ORG};
 *   <li>{@code gate_arabic/*.lst}: person names and surnames → {@code GATE_PER}; cities,
 *       countries, places, mountains, rivers, seas → {@code GATE_LOC}; organisations →
 *       {@code GATE_ORG}; titles → {@code GATE_TITLE} (dates, numbers, currencies, facilities are
 *       not used);
 *   <li>{@code anetac/EN-AR_Named-entities.txt} ({@code CLASS english arabic}) →
 *       {@code ANETAC_PER}, {@code ANETAC_LOC}, {@code ANETAC_ORG}.
 * </ul>
 *
 * <p>These lists have no license to ship (see {@code ../shared/data/README.md}): their lines go
 * only into the teachers' lexicon at training time, never into a model ({@link
 * org.marsad.ner.NerModel} refuses them). Missing files are skipped; a directory with none of
 * them is an error.
 */
public final class TeacherGazetteers {
  private static final Map<String, String> GATE = new LinkedHashMap<>();

  static {
    for (String f : List.of("male_names", "female_names", "surnames")) {
      GATE.put(f, "GATE_PER");
    }
    for (String f : List.of("city", "city_world", "country", "country_world", "location_other",
        "places", "mountains", "rivers", "oceans_seas_islands")) {
      GATE.put(f, "GATE_LOC");
    }
    GATE.put("organisations", "GATE_ORG");
    GATE.put("titles", "GATE_TITLE");
  }

  private static final Map<String, String> ANERGAZET = Map.of(
      "AlignedPersGazetteer.txt", "AG_PER", "AlignedLocGazetteer.txt", "AG_LOC",
      "AlignedOrgGazetteer.txt", "AG_ORG");
  private static final Map<String, String> ANETAC = Map.of(
      "PERSON", "ANETAC_PER", "LOCATION", "ANETAC_LOC", "ORGANIZATION", "ANETAC_ORG");

  private TeacherGazetteers() {}

  /**
   * {@code CLASS TAB phrase} lines of every list found under {@code dir}, deduplicated, in a
   * fixed order (ANERGazet, GATE, ANETAC).
   *
   * @throws IOException if {@code dir} holds none of the lists or one cannot be read
   */
  public static List<String> read(Path dir) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    int files = 0;
    for (String f : List.of("AlignedPersGazetteer.txt", "AlignedLocGazetteer.txt",
        "AlignedOrgGazetteer.txt")) {
      files += list(dir.resolve("anergazet").resolve(f), ANERGAZET.get(f), out);
    }
    for (Map.Entry<String, String> e : GATE.entrySet()) {
      files += list(dir.resolve("gate_arabic").resolve(e.getKey() + ".lst"), e.getValue(), out);
    }
    Path anetac = dir.resolve("anetac").resolve("EN-AR_Named-entities.txt");
    if (Files.isRegularFile(anetac)) {
      files++;
      for (String line : Files.readAllLines(anetac, StandardCharsets.UTF_8)) {
        String[] f = line.strip().split("\\s+");
        String cls = f.length >= 3 ? ANETAC.get(f[0]) : null;
        if (cls != null) {
          add(out, cls, arabicPart(f));
        }
      }
    }
    if (files == 0) {
      throw new IOException("no gazetteer found under " + dir
          + " (expected anergazet/, gate_arabic/ or anetac/ as in ../shared/data/gazetteers)");
    }
    return new ArrayList<>(out);
  }

  /**
   * {@code DICT_WORD TAB word} lines of a Hunspell dictionary's word list (a {@code .dic} file:
   * a count line, then {@code word/FLAGS} lines), for the teachers only: whether a word is an
   * ordinary dictionary word (a transliterated foreign name usually is not). Read at training
   * time from the system's copy (Debian's hunspell-ar, GPL/LGPL/MPL): never copied into the
   * repository or a model.
   */
  public static List<String> readDictionary(Path dic) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String line : Files.readAllLines(dic, StandardCharsets.UTF_8)) {
      int slash = line.indexOf('/');
      String w = (slash < 0 ? line : line.substring(0, slash)).strip();
      if (!w.contains(" ") && !w.contains(":")) {
        add(out, "DICT_WORD", w);
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no Arabic word in dictionary " + dic);
    }
    return new ArrayList<>(out);
  }

  /** The Arabic-script fields of an ANETAC line after its class, joined by spaces. */
  private static String arabicPart(String[] f) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < f.length; i++) {
      if (isArabic(f[i])) {
        b.append(b.length() > 0 ? " " : "").append(f[i]);
      }
    }
    return b.toString();
  }

  private static boolean isArabic(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.UnicodeScript.of(w.codePointAt(i)) == Character.UnicodeScript.ARABIC) {
        return true;
      }
    }
    return false;
  }

  /** Adds the names of a one-name-per-line list; returns 1 if it exists, else 0. */
  private static int list(Path file, String cls, Set<String> out) throws IOException {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      add(out, cls, line);
    }
    return 1;
  }

  private static void add(Set<String> out, String cls, String name) {
    String n = name.replace("\uFEFF", "").strip().replaceAll("\\s+", " ");
    if (n.isEmpty() || n.startsWith("=") || n.startsWith("#") || !isArabic(n)) {
      return;
    }
    out.add(cls + "\t" + n);
  }
}
