package org.marsad.kb.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.marsad.model.EntityType;

/**
 * Reads gold articles: {@code NN.txt} (the text) next to {@code NN.gold.json} (see
 * {@code docs/gold-format.md}). Only the entity and time layers are read here. Stateless.
 */
public final class GoldArticles {
  private GoldArticles() {}

  /** A gold entity: {@code key} is a substring of every form; forms are exact surface strings. */
  public record GoldEntity(String key, EntityType type, String canonicalEn, List<String> forms) {
    public GoldEntity {
      forms = List.copyOf(forms);
    }
  }

  /** A gold time expression: its exact text and the acceptable TIMEX3 values. */
  public record GoldTime(String text, List<String> values) {
    public GoldTime {
      values = List.copyOf(values);
    }
  }

  /** One annotated article. */
  public record GoldArticle(String doc, LocalDate published, String text, List<GoldEntity> entities,
      List<GoldTime> times) {
    public GoldArticle {
      entities = List.copyOf(entities);
      times = List.copyOf(times);
    }
  }

  /**
   * All {@code *.gold.json} files of {@code dir}, sorted by name, with their texts.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException naming the file if a gold file is malformed, or a form is
   *     not found in the text
   */
  public static List<GoldArticle> read(Path dir) throws IOException {
    List<Path> golds;
    try (Stream<Path> s = Files.list(dir)) {
      golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
    List<GoldArticle> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (Path g : golds) {
      out.add(parse(g, json));
    }
    return out;
  }

  private static GoldArticle parse(Path gold, ObjectMapper json) throws IOException {
    JsonNode root = json.readTree(gold.toFile());
    String doc = root.path("doc").asText(null);
    if (doc == null) {
      throw new IllegalArgumentException(gold + ": missing \"doc\" (the text file name)");
    }
    String text = Files.readString(gold.resolveSibling(doc), StandardCharsets.UTF_8);
    LocalDate published;
    try {
      published = root.hasNonNull("published") ? LocalDate.parse(root.get("published").asText()) : null;
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException(gold + ": \"published\" is not YYYY-MM-DD", ex);
    }
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      List<String> forms = new ArrayList<>();
      e.path("forms").forEach(f -> forms.add(f.asText()));
      String key = e.path("key").asText();
      for (String f : forms) {
        if (!text.contains(f)) {
          throw new IllegalArgumentException(gold + ": form '" + f + "' of '" + key
              + "' does not occur in " + doc);
        }
      }
      EntityType type;
      try {
        type = EntityType.valueOf(e.path("type").asText().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(gold + ": entity '" + key + "' has type '"
            + e.path("type").asText() + "', expected PER, ORG, LOC or MISC", ex);
      }
      entities.add(new GoldEntity(key, type, e.path("canonical_en").asText(null), forms));
    }
    List<GoldTime> times = new ArrayList<>();
    for (JsonNode t : root.path("times")) {
      List<String> values = new ArrayList<>();
      JsonNode v = t.path("value");
      if (v.isArray()) {
        v.forEach(x -> values.add(x.asText()));
      } else if (!v.isMissingNode() && !v.isNull()) {
        values.add(v.asText());
      }
      times.add(new GoldTime(t.path("text").asText(), values));
    }
    return new GoldArticle(doc, published, text, entities, times);
  }
}
