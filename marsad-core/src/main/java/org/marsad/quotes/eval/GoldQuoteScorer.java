package org.marsad.quotes.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.Quote;
import org.marsad.pipeline.Analyzer;
import org.marsad.quotes.QuoteExtractor;

/**
 * Scores extracted quotes against the gold articles ({@code NN.txt} + {@code NN.gold.json}, whose
 * {@code quotes} are {@code {speaker: entity key, contains: substring}}). A gold quote is found when
 * an extracted quote's span contains {@code contains} and its speaker resolves to the key: an
 * entity of the document one of whose mention texts contains the key, or a speaker text containing
 * it. Keys and texts are compared after the matching fold, so أ/ا spellings agree.
 *
 * <p>Thread-safe: stateless.
 */
public final class GoldQuoteScorer {
  private GoldQuoteScorer() {}

  /** One gold quote and whether (and how) it was found. */
  public record Item(String doc, String speaker, String contains, boolean found, String detail) {}

  /** The items of all articles; {@link #recall()} is the share found with the right speaker. */
  public record Result(List<Item> items) {
    public Result {
      items = List.copyOf(items);
    }

    public int gold() {
      return items.size();
    }

    public int found() {
      return (int) items.stream().filter(Item::found).count();
    }

    public double recall() {
      return items.isEmpty() ? 0 : (double) found() / gold();
    }
  }

  /**
   * Scores every {@code *.gold.json} in {@code dir}.
   *
   * @param analyze builds the analyzed document (with entities, if any) from text and date; the
   *     quotes are taken from {@link QuoteExtractor#shared()}
   */
  public static Result score(Path dir, BiFunction<String, LocalDate, Document> analyze) {
    List<Item> items = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path g : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
        String name = g.getFileName().toString().replace(".gold.json", "");
        String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
        JsonNode gold = json.readTree(g.toFile());
        LocalDate date = gold.hasNonNull("published") ? LocalDate.parse(gold.get("published").asText()) : null;
        Document doc = analyze.apply(text, date);
        List<Quote> quotes = QuoteExtractor.shared().extract(doc);
        for (JsonNode q : gold.path("quotes")) {
          items.add(judge(name, doc, quotes, q.get("speaker").asText(), q.get("contains").asText()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold articles in " + dir, e);
    }
    return new Result(items);
  }

  static Item judge(String name, Document doc, List<Quote> quotes, String key, String contains) {
    String detail = "no quote contains it";
    for (Quote q : quotes) {
      if (!q.text().contains(contains)) {
        continue;
      }
      if (speakerMatches(doc, q.speaker(), key)) {
        return new Item(name, key, contains, true, describe(doc, q.speaker()));
      }
      detail = "speaker " + describe(doc, q.speaker());
    }
    return new Item(name, key, contains, false, detail);
  }

  /** Whether {@code speaker} (entity id or text) resolves to the gold entity key. */
  public static boolean speakerMatches(Document doc, String speaker, String key) {
    if (speaker == null) {
      return false;
    }
    String k = fold(key);
    for (Entity e : doc.entities()) {
      if (e.id().equals(speaker)) {
        for (Mention m : e.mentions()) {
          if (fold(m.text()).contains(k)) {
            return true;
          }
        }
        return fold(e.name() == null ? "" : e.name()).contains(k);
      }
    }
    return fold(speaker).contains(k);
  }

  private static String describe(Document doc, String speaker) {
    for (Entity e : doc.entities()) {
      if (e.id().equals(speaker)) {
        return speaker + " (" + e.name() + ")";
      }
    }
    return String.valueOf(speaker);
  }

  private static String fold(String s) {
    return org.marsad.text.ArabicNormalizer.fold(s);
  }

  /**
   * Prints the score on the articles in {@code args[0]} (with a second argument, one article's
   * entities, framing and quotes).
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: GoldQuoteScorer ARTICLES_DIR");
      System.exit(1);
    }
    BiFunction<String, LocalDate, Document> analyze = entityAnalyzer();
    if (args.length > 1) {
      dump(Path.of(args[1]), analyze);
      return;
    }
    Result r = score(Path.of(args[0]), analyze);
    for (Item i : r.items()) {
      System.out.println((i.found() ? "OK   " : "MISS ") + i.doc() + " " + i.speaker() + " | "
          + i.contains() + " | " + i.detail());
    }
    System.out.printf(java.util.Locale.ROOT, "quotes found with the right speaker: %d/%d = %.1f%%%n", r.found(), r.gold(),
        100 * r.recall());
  }

  private static void dump(Path article, BiFunction<String, LocalDate, Document> analyze) {
    try {
      Document d = analyze.apply(Files.readString(article, StandardCharsets.UTF_8), null);
      for (Entity e : d.entities()) {
        System.out.println(e.id() + " " + e.type() + " " + e.name() + " "
            + e.mentions().stream().map(m -> m.text() + "/" + m.kind()).toList());
      }
      var framing = org.marsad.framing.FramingAnalyzer.shared().analyze(d);
      System.out.println("loaded: " + framing.loaded().stream().map(t -> t.text() + "/" + t.category()).toList());
      System.out.println("actors: " + framing.actors());
      for (var a : QuoteExtractor.shared().attribute(d)) {
        Quote q = a.quote();
        System.out.println((q.direct() ? "D " : "R ") + q.speaker() + " [" + q.cue() + "] " + a.chain()
            + " | " + q.text());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shipped analysis (with its entity stage), or with {@code -Dmarsad.quotes.noEntities=true}
   * the text layer only, so that speakers are texts.
   */
  private static BiFunction<String, LocalDate, Document> entityAnalyzer() {
    if (Boolean.getBoolean("marsad.quotes.noEntities")) {
      return (text, date) -> Document.of(new DocumentMeta("gold", date, null, null, null), text)
          .withSentences(org.marsad.text.SentenceSplitter.split(text))
          .withTokens(org.marsad.text.ArabicTokenizer.shared().tokenize(text));
    }
    return (text, date) -> Analyzer.defaults().analyze(new DocumentMeta(null, date, null, null, null), text);
  }
}
