package org.marsad.framing.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.marsad.framing.FramingAnalyzer;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.LoadedTerm;
import org.marsad.pipeline.Analyzer;

/**
 * Evaluates loaded-language span detection against ArMPro span annotations (JSON lines with
 * {@code paragraph} and {@code labels: [{technique, start, end}]}), for the techniques
 * {@code Loaded_Language} and {@code Name_Calling-Labeling}, separately and combined.
 *
 * <p>Each paragraph is analyzed on its own. Predicted categories map to techniques: the actor
 * labels ({@code delegitimizing}, {@code legitimizing}) to Name_Calling-Labeling, the rest
 * ({@code pejorative}, {@code emotive}, {@code scare_quote}) to Loaded_Language;
 * {@code anonymous_authority} is not scored. Matching is at span overlap: precision is the share of
 * predicted spans that overlap a gold span of their technique, recall the share of gold spans
 * overlapped by a predicted span of that technique. The "untyped" row scores every prediction
 * against each technique, ignoring the mapping.
 *
 * <p>Thread-safe: stateless.
 */
public final class ArmproEvaluator {
  public static final String LOADED = "Loaded_Language";
  public static final String NAME_CALLING = "Name_Calling-Labeling";
  private static final Set<String> LABELS = Set.of("delegitimizing", "legitimizing");
  private static final Set<String> LOADED_CATEGORIES = Set.of("pejorative", "emotive",
      FramingAnalyzer.SCARE_QUOTE);

  private ArmproEvaluator() {}

  /** Counts for one row of the report. */
  public record Score(String name, int predicted, int correctPredicted, int gold, int goldFound) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correctPredicted / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%-32s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f", name, precision(),
          correctPredicted, predicted, recall(), goldFound, gold, f1());
    }
  }

  private record Span(int start, int end) {
    boolean overlaps(Span o) {
      return start < o.end && o.start < end;
    }
  }

  /** The technique a predicted category counts for, or null. */
  public static String techniqueOf(String category) {
    if (LABELS.contains(category)) {
      return NAME_CALLING;
    }
    return LOADED_CATEGORIES.contains(category) ? LOADED : null;
  }

  /**
   * Scores the paragraphs of {@code jsonl}.
   *
   * @param build turns a paragraph's text into an analyzed document (tokens, sentences, and
   *     entities if wanted)
   * @return rows: Loaded_Language, Name_Calling-Labeling, combined, and the untyped variants
   */
  public static List<Score> evaluate(Path jsonl, Function<String, Document> build) {
    Map<String, int[]> counts = new LinkedHashMap<>(); // predicted, correct, gold, found
    for (String row : List.of(LOADED, NAME_CALLING, "combined", LOADED + " (untyped)",
        NAME_CALLING + " (untyped)")) {
      counts.put(row, new int[4]);
    }
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode p = json.readTree(line);
        String text = p.path("paragraph").asText("");
        List<Span> goldLoaded = new ArrayList<>();
        List<Span> goldName = new ArrayList<>();
        for (JsonNode l : p.path("labels")) {
          String t = l.path("technique").asText();
          Span s = new Span(l.path("start").asInt(), l.path("end").asInt());
          if (t.equals(LOADED)) {
            goldLoaded.add(s);
          } else if (t.equals(NAME_CALLING)) {
            goldName.add(s);
          }
        }
        List<Span> predLoaded = new ArrayList<>();
        List<Span> predName = new ArrayList<>();
        if (!text.isBlank()) {
          for (LoadedTerm t : FramingAnalyzer.shared().analyze(build.apply(text)).loaded()) {
            String tech = techniqueOf(t.category());
            if (LOADED.equals(tech)) {
              predLoaded.add(new Span(t.start(), t.end()));
            } else if (NAME_CALLING.equals(tech)) {
              predName.add(new Span(t.start(), t.end()));
            }
          }
        }
        List<Span> allPred = new ArrayList<>(predLoaded);
        allPred.addAll(predName);
        List<Span> allGold = new ArrayList<>(goldLoaded);
        allGold.addAll(goldName);
        add(counts.get(LOADED), predLoaded, goldLoaded);
        add(counts.get(NAME_CALLING), predName, goldName);
        add(counts.get("combined"), allPred, allGold);
        add(counts.get(LOADED + " (untyped)"), allPred, goldLoaded);
        add(counts.get(NAME_CALLING + " (untyped)"), allPred, goldName);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ArMPro file " + jsonl, e);
    }
    List<Score> out = new ArrayList<>();
    counts.forEach((k, c) -> out.add(new Score(k, c[0], c[1], c[2], c[3])));
    return out;
  }

  private static void add(int[] c, List<Span> pred, List<Span> gold) {
    c[0] += pred.size();
    c[2] += gold.size();
    for (Span p : pred) {
      if (gold.stream().anyMatch(p::overlaps)) {
        c[1]++;
      }
    }
    for (Span g : gold) {
      if (pred.stream().anyMatch(g::overlaps)) {
        c[3]++;
      }
    }
  }

  /** Prints the report for the ArMPro file {@code args[0]} (paragraphs analyzed without entities). */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ArmproEvaluator ArMPro_span_dev_V2.jsonl");
      System.exit(1);
    }
    DocumentMeta meta = new DocumentMeta("armpro", null, null, null, null);
    for (Score s : evaluate(Path.of(args[0]), text -> Analyzer.defaults().analyze(meta, text))) {
      System.out.println(s);
    }
  }
}
