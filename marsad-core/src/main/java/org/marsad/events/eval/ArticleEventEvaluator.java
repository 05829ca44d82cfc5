package org.marsad.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventArgument;
import org.marsad.model.Mention;
import org.marsad.text.ArabicNormalizer;

/**
 * Scores events against the gold articles ({@code NN.txt} + {@code NN.gold.json}, see the data
 * README). A predicted event matches a gold event when its CAMEO root is one of the gold roots, its
 * source and target match (a gold actor list matches a predicted actor when one of its keys occurs
 * in one of the predicted entity's mentions, or in the argument text; an empty gold list matches an
 * unnamed or missing actor), and its date is one of the gold alternatives (null matching null).
 * Matching is one-to-one, greedy in text order. Also reports root-only matching.
 */
public final class ArticleEventEvaluator {
  /** Counts over all articles. */
  public record Result(int gold, int predicted, int matched, int rootMatched) {
    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public String report() {
      return String.format(Locale.ROOT, "gold events %d, predicted %d%n"
          + "root+source+target+date: precision %.3f, recall %.3f (%d matched; targets >= 0.75)%n"
          + "root only:               precision %.3f, recall %.3f (%d matched)",
          gold, predicted, precision(), recall(), matched,
          predicted == 0 ? 0 : (double) rootMatched / predicted,
          gold == 0 ? 0 : (double) rootMatched / gold, rootMatched);
    }
  }

  private record Gold(List<String> roots, List<String> source, List<String> target,
      List<String> dates, String desc) {}

  private final BiFunction<String, LocalDate, Document> analyzer;
  private final PrintStream trace;

  public ArticleEventEvaluator(BiFunction<String, LocalDate, Document> analyzer,
      PrintStream trace) {
    this.analyzer = analyzer;
    this.trace = trace;
  }

  public Result evaluate(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    int gold = 0;
    int pred = 0;
    int matched = 0;
    int rootMatched = 0;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    for (Path g : files) {
      JsonNode root = json.readTree(g.toFile());
      String text = Files.readString(dir.resolve(root.path("doc").asText()),
          StandardCharsets.UTF_8);
      LocalDate published = LocalDate.parse(root.path("published").asText());
      List<Gold> golds = new ArrayList<>();
      for (JsonNode e : root.path("events")) {
        golds.add(new Gold(List.of(e.path("root").asText().split("\\|")), strings(e.path("source")),
            strings(e.path("target")), e.path("date").isNull() ? null
                : List.of(e.path("date").asText().split("\\|")), e.path("desc").asText()));
      }
      Document doc = analyzer.apply(text, published);
      List<Event> events = doc.events();
      gold += golds.size();
      pred += events.size();
      matched += match(doc, golds, events, true, g.getFileName().toString());
      rootMatched += match(doc, golds, events, false, null);
    }
    return new Result(gold, pred, matched, rootMatched);
  }

  private int match(Document doc, List<Gold> golds, List<Event> events, boolean full,
      String name) {
    boolean[] used = new boolean[golds.size()];
    int n = 0;
    for (Event e : events) {
      boolean hit = false;
      for (int k = 0; k < golds.size(); k++) {
        Gold g = golds.get(k);
        if (!used[k] && g.roots().contains(e.cameo().substring(0, 2)) && (!full
            || actor(doc, e.source(), g.source()) && actor(doc, e.target(), g.target())
            && date(e.date(), g.dates()))) {
          used[k] = true;
          n++;
          hit = true;
          break;
        }
      }
      if (trace != null && full && !hit) {
        trace.println(name + "\tFP\t" + e.cameo() + " " + e.trigger().text() + " src="
            + (e.source() == null ? "-" : e.source().text()) + " tgt="
            + (e.target() == null ? "-" : e.target().text()) + " date=" + e.date());
      }
    }
    if (trace != null && full) {
      for (int k = 0; k < golds.size(); k++) {
        if (!used[k]) {
          Gold g = golds.get(k);
          trace.println(name + "\tFN\t" + g.roots() + " " + g.source() + " -> " + g.target()
              + " " + g.dates() + " | " + g.desc());
        }
      }
    }
    return n;
  }

  private static boolean actor(Document doc, EventArgument a, List<String> keys) {
    if (keys.isEmpty()) {
      return a == null || a.entity() == null;
    }
    if (a == null) {
      return false;
    }
    List<String> texts = new ArrayList<>();
    texts.add(a.text());
    if (a.entity() != null) {
      for (Entity en : doc.entities()) {
        if (en.id().equals(a.entity())) {
          for (Mention m : en.mentions()) {
            texts.add(m.text());
          }
        }
      }
    }
    for (String key : keys) {
      String k = ArabicNormalizer.fold(key);
      for (String t : texts) {
        if (ArabicNormalizer.fold(t).contains(k)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean date(String d, List<String> gold) {
    return gold == null ? d == null : d != null && gold.contains(d);
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : n) {
      out.add(x.asText());
    }
    return out;
  }

  /** {@code ArticleEventEvaluator DIR [-v]} with the evaluation pipeline (KB entities, times). */
  public static void main(String[] args) throws IOException {
    boolean verbose = args.length > 1 && args[1].equals("-v");
    ArticleEventEvaluator ev = new ArticleEventEvaluator(new EvalPipeline(),
        verbose ? System.out : null);
    System.out.println(ev.evaluate(Path.of(args[0])).report());
  }
}
