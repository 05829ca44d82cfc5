package org.marsad.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.model.EntityType;

/**
 * Turns parsed KB files into entries, roles and title definitions. One loader builds one layer
 * (the shipped files, or one user file): ids must be unique within a layer; a later layer's entry
 * replaces an earlier one with the same id. Not thread-safe; used once per load.
 */
final class KbLoader {
  /** A title such as {@code الرئيس التركي}: names whoever holds {@code role} in {@code scope}. */
  record TitleDef(String role, String scope, List<String> forms) {}

  private record CountryInfo(String code, String name, String adjM, String adjF, String nameEn) {}

  private final Map<String, KbEntry> entries = new LinkedHashMap<>();
  private final Map<String, String> definedIn = new HashMap<>();
  private final List<TitleDef> titles = new ArrayList<>();
  private final List<CountryInfo> countries = new ArrayList<>();
  private final Map<String, String> capitals = new LinkedHashMap<>();
  private final List<KbFile.Row> templates = new ArrayList<>();
  private final List<KbFile.Row> roles = new ArrayList<>();
  private final List<KbFile.Row> templateTitles = new ArrayList<>();
  private int templateRank;
  private final List<KbEntry> generic = new ArrayList<>();

  /** Adds one layer: its files are read in order, each with its rank for its entries. */
  void addLayer(List<KbFile> files, int[] ranks) {
    Map<String, String> layerIds = new HashMap<>();
    for (int fi = 0; fi < files.size(); fi++) {
      KbFile f = files.get(fi);
      int rank = ranks[fi];
      for (KbFile.Row row : f.rows) {
        KbEntry e = switch (f.kind) {
          case COUNTRIES -> country(row, rank);
          case PLACES -> place(row, rank);
          case PEOPLE -> person(row, rank);
          case ORGS -> org(row, rank);
          case ROLES, TITLES, COUNTRY_ORGS -> null;
        };
        switch (f.kind) {
          case ROLES -> roles.add(row);
          case TITLES -> {
            if ("*".equals(row.get(1))) {
              templateTitles.add(row);
            } else {
              titles.add(new TitleDef(required(row, 0, "role"), required(row, 1, "scope"),
                  row.list(2)));
            }
          }
          case COUNTRY_ORGS -> {
            templates.add(row);
            templateRank = rank;
          }
          default -> { }
        }
        if (e == null) {
          continue;
        }
        String prev = layerIds.put(e.id(), row.file() + " line " + row.line());
        if (prev != null) {
          throw row.error("duplicate id '" + e.id() + "' (first defined at " + prev
              + "); give each entry its own id");
        }
        entries.put(e.id(), e);
        definedIn.put(e.id(), row.file() + " line " + row.line());
      }
    }
  }

  /** Applies roles, capitals, country templates; returns the entries. */
  List<KbEntry> finish(List<String> warnings) {
    expandCountryTemplates(warnings);
    Map<String, List<KbRole>> byId = new HashMap<>();
    for (KbFile.Row row : roles) {
      String id = required(row, 0, "id");
      if (!entries.containsKey(id)) {
        throw row.error("role for unknown id '" + id + "'; define the entry in a people, orgs, "
            + "places or countries file first");
      }
      LocalDate from = date(row, 4);
      LocalDate to = date(row, 5);
      if (from != null && to != null && to.isBefore(from)) {
        throw row.error("role ends (" + to + ") before it starts (" + from + ")");
      }
      String actor = required(row, 3, "actor");
      checkActor(row, actor);
      int rank = entries.get(id).rank();
      byId.computeIfAbsent(id, k -> new ArrayList<>())
          .add(new KbRole(row.get(1) == null ? "-" : row.get(1), row.get(2), actor, from, to, rank));
    }
    for (Map.Entry<String, String> c : capitals.entrySet()) {
      KbEntry place = entries.get(c.getValue());
      if (place == null) {
        warnings.add("capital '" + c.getValue() + "' of " + c.getKey() + " is not a known place id");
        continue;
      }
      // Metonymy: a capital acting ("أنقرة ترفض") stands for the country's government.
      byId.computeIfAbsent(place.id(), k -> new ArrayList<>())
          .add(new KbRole("CAPITAL", c.getKey(), c.getKey() + "GOV", null, null, place.rank()));
    }
    for (Map.Entry<String, List<KbRole>> r : byId.entrySet()) {
      KbEntry e = entries.get(r.getKey());
      List<KbRole> all = new ArrayList<>(e.roles());
      all.addAll(r.getValue());
      entries.put(e.id(), e.withRoles(all));
    }
    return new ArrayList<>(entries.values());
  }

  /**
   * Bodies named without their country ({@code رئاسة الجمهورية}): one entry per template, id
   * {@code marsad:<key>/*}, whose forms stand for {@code marsad:<key>/<CODE>} of the country the
   * document is talking about.
   */
  List<KbEntry> generic() {
    return List.copyOf(generic);
  }

  /** The country part of a generic body's id. */
  static final String GENERIC = "*";

  List<TitleDef> titles() {
    List<TitleDef> out = new ArrayList<>(titles);
    for (KbFile.Row row : templateTitles) {
      for (CountryInfo c : countries) {
        out.add(new TitleDef(required(row, 0, "role"), c.code(), expand(row.list(2), c)));
      }
    }
    return out;
  }

  private void expandCountryTemplates(List<String> warnings) {
    for (KbFile.Row row : templates) {
      String key = required(row, 0, "key");
      EntityType type = type(row, 1);
      String suffix = row.get(2) == null ? "" : row.get(2);
      List<String> templated = new ArrayList<>();
      List<String> bare = new ArrayList<>();
      for (String f : row.list(4)) {
        (f.indexOf('{') >= 0 ? templated : bare).add(f);
      }
      if (!bare.isEmpty()) {
        // Named without a country: resolution picks the country from the document.
        String en = row.get(3) == null ? null : row.get(3).replace("{en}", "the country");
        generic.add(new KbEntry("marsad:" + key + "/" + GENERIC, type, bare.get(0), en, null, null,
            null, 0, bare, List.of(), null, List.of(), templateRank, row.file()));
      }
      for (CountryInfo c : countries) {
        List<String> forms = expand(templated, c);
        if (forms.isEmpty()) {
          continue;
        }
        String id = "marsad:" + key + "/" + c.code();
        if (entries.containsKey(id)) {
          continue; // an explicit entry for this body wins over the template
        }
        String en = row.get(3) == null || c.nameEn() == null ? null
            : row.get(3).replace("{en}", c.nameEn());
        entries.put(id, new KbEntry(id, type, forms.get(0), en, c.code(), null, null, 0, forms,
            List.of(), c.code() + suffix, List.of(), templateRank, row.file()));
      }
    }
  }

  /** Expands {m} {f} (adjectives, definite) and {c} (country name); drops forms it cannot fill. */
  private static List<String> expand(List<String> templates, CountryInfo c) {
    List<String> out = new ArrayList<>();
    for (String t : templates) {
      if (t.contains("{m}") && c.adjM() == null || t.contains("{f}") && c.adjF() == null) {
        continue;
      }
      String s = t.replace("{c}", c.name());
      if (c.adjM() != null) {
        s = s.replace("{m}", "ال" + c.adjM());
      }
      if (c.adjF() != null) {
        s = s.replace("{f}", "ال" + c.adjF());
      }
      out.add(s);
    }
    return out;
  }

  private KbEntry country(KbFile.Row row, int rank) {
    String code = required(row, 0, "code");
    checkActor(row, code);
    String qid = row.get(1);
    String name = required(row, 2, "name_ar");
    List<String> forms = new ArrayList<>();
    forms.add(name);
    forms.addAll(row.list(4));
    String adjM = row.get(5);
    String adjF = row.get(6);
    List<String> nominals = new ArrayList<>();
    for (String a : concat(adjM, adjF, row.list(7))) {
      nominals.add(a);
      if (!a.startsWith("ال")) {
        nominals.add("ال" + a);
      }
    }
    countries.add(new CountryInfo(code, name, adjM, adjF, row.get(3)));
    if (row.get(8) != null) {
      capitals.put(code, row.get(8));
    }
    String id = qid != null ? qid : "marsad:country/" + code;
    return new KbEntry(id, EntityType.LOC, name, row.get(3), code, null, null, 0, forms, nominals,
        code, List.of(), rank, row.file());
  }

  private static List<String> concat(String a, String b, List<String> rest) {
    List<String> out = new ArrayList<>();
    if (a != null) {
      out.add(a);
    }
    if (b != null) {
      out.add(b);
    }
    out.addAll(rest);
    return out;
  }

  private static KbEntry place(KbFile.Row row, int rank) {
    String name = required(row, 2, "name_ar");
    List<String> forms = withName(name, row.list(8));
    long pop = 0;
    if (row.get(7) != null) {
      try {
        pop = Long.parseLong(row.get(7));
      } catch (NumberFormatException ex) {
        throw row.error("population '" + row.get(7) + "' is not a whole number");
      }
    }
    return new KbEntry(required(row, 0, "id"), type(row, 1), name, row.get(3), row.get(4),
        coordinate(row, 5, 90), coordinate(row, 6, 180), pop, forms, List.of(), null, List.of(),
        rank, row.file());
  }

  private static KbEntry person(KbFile.Row row, int rank) {
    String name = required(row, 1, "name_ar");
    return new KbEntry(required(row, 0, "id"), EntityType.PER, name, row.get(2), null, null, null,
        0, withName(name, row.list(3)), List.of(), null, List.of(), rank, row.file());
  }

  private static KbEntry org(KbFile.Row row, int rank) {
    String name = required(row, 2, "name_ar");
    String actor = row.get(5);
    if (actor != null) {
      checkActor(row, actor);
    }
    return new KbEntry(required(row, 0, "id"), type(row, 1), name, row.get(3), row.get(4), null,
        null, 0, withName(name, row.list(6)), List.of(), actor, List.of(), rank, row.file());
  }

  private static List<String> withName(String name, List<String> forms) {
    List<String> out = new ArrayList<>();
    out.add(name);
    for (String f : forms) {
      if (!f.equals(name)) {
        out.add(f);
      }
    }
    return out;
  }

  private static String required(KbFile.Row row, int i, String column) {
    String v = row.get(i);
    if (v == null) {
      throw row.error("column '" + column + "' is empty; it is required");
    }
    return v;
  }

  private static EntityType type(KbFile.Row row, int i) {
    String v = required(row, i, "type");
    try {
      return EntityType.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw row.error("type '" + v + "' is not one of PER, ORG, LOC, MISC");
    }
  }

  private static LocalDate date(KbFile.Row row, int i) {
    String v = row.get(i);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException ex) {
      throw new KbFormatException(row.file(), row.line(),
          "'" + v + "' is not a date (expected YYYY-MM-DD, or empty for an open end)", ex);
    }
  }

  private static Double coordinate(KbFile.Row row, int i, double max) {
    String v = row.get(i);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (Math.abs(d) > max) {
        throw row.error("coordinate " + v + " is out of range [-" + max + ", " + max + "]");
      }
      return d;
    } catch (NumberFormatException ex) {
      throw new KbFormatException(row.file(), row.line(), "'" + v + "' is not a number", ex);
    }
  }

  static void checkActor(KbFile.Row row, String code) {
    if (!code.matches("[A-Z]{3}([A-Z]{3}){0,3}")) {
      throw row.error("'" + code + "' is not a CAMEO actor code (expected 3-letter groups such as "
          + "TUR, TURGOV, LBYMIL)");
    }
  }
}
