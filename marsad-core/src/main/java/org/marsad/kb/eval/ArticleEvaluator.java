package org.marsad.kb.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.kb.EntityResolver;
import org.marsad.kb.EntityStage;
import org.marsad.kb.eval.GoldArticles.GoldArticle;
import org.marsad.kb.eval.GoldArticles.GoldEntity;
import org.marsad.kb.eval.GoldArticles.GoldTime;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.TimeExpression;

/**
 * Scores an analyzer's entities (and times) against gold articles.
 *
 * <p>A gold entity is <em>exactly right</em> when one system entity has its type, has a mention
 * for every gold form, and has no mention of another gold entity. A mention stands for a gold
 * form's occurrence when it lies inside the occurrence and covers the gold key there (so
 * {@code لقذافي} in {@code للقذافي} and {@code داعش} in {@code تنظيم داعش} count). Occurrences
 * inside a longer form of another gold entity belong to that entity only (the longest key wins).
 * A gold time is right when a system time has the same text and one of the accepted values.
 *
 * <p>Stateless; thread-safe.
 */
public final class ArticleEvaluator {
  private ArticleEvaluator() {}

  /** Anything that analyzes a text dated {@code published} (may be null) into a document. */
  @FunctionalInterface
  public interface Analyzer {
    Document analyze(String docId, String text, LocalDate published);
  }

  /** Scores: counts, and one line per wrong entity or time. */
  public record Report(int entities, int entitiesRight, int times, int timesRight,
      List<String> errors) {
    public Report {
      errors = List.copyOf(errors);
    }

    public double entityScore() {
      return entities == 0 ? 1 : (double) entitiesRight / entities;
    }

    public double timeScore() {
      return times == 0 ? 1 : (double) timesRight / times;
    }

    public String format() {
      StringBuilder b = new StringBuilder();
      errors.forEach(e -> b.append(e).append('\n'));
      b.append(String.format(Locale.ROOT, "entities exactly right: %d/%d = %.1f%%%n", entitiesRight, entities,
          100 * entityScore()));
      b.append(String.format(Locale.ROOT, "times exactly right:    %d/%d = %.1f%%%n", timesRight, times,
          100 * timeScore()));
      return b.toString();
    }
  }

  private record Occurrence(int gold, int start, int end, int keyStart, int keyEnd, String form) {}

  public static Report evaluate(List<GoldArticle> articles, Analyzer analyzer) {
    int ents = 0;
    int entsRight = 0;
    int times = 0;
    int timesRight = 0;
    List<String> errors = new ArrayList<>();
    for (GoldArticle a : articles) {
      Document d = analyzer.analyze(a.doc(), a.text(), a.published());
      ents += a.entities().size();
      entsRight += scoreEntities(a, d.entities(), errors);
      times += a.times().size();
      timesRight += scoreTimes(a, d.times(), errors);
    }
    return new Report(ents, entsRight, times, timesRight, errors);
  }

  static int scoreEntities(GoldArticle a, List<Entity> system, List<String> errors) {
    List<Occurrence> occs = occurrences(a);
    // system entity index -> gold entity -> forms matched
    Map<Integer, Map<Integer, Set<String>>> hits = new HashMap<>();
    for (int si = 0; si < system.size(); si++) {
      for (Mention m : system.get(si).mentions()) {
        for (Occurrence o : occs) {
          if (m.start() >= o.start() && m.end() <= o.end() && m.start() <= o.keyStart()
              && m.end() >= o.keyEnd()) {
            hits.computeIfAbsent(si, k -> new HashMap<>())
                .computeIfAbsent(o.gold(), k -> new HashSet<>()).add(o.form());
          }
        }
      }
    }
    int right = 0;
    for (int gi = 0; gi < a.entities().size(); gi++) {
      GoldEntity g = a.entities().get(gi);
      String why = "not found";
      for (int si = 0; si < system.size(); si++) {
        Map<Integer, Set<String>> h = hits.getOrDefault(si, Map.of());
        if (!h.containsKey(gi)) {
          continue;
        }
        Entity e = system.get(si);
        Set<String> missing = new LinkedHashSet<>(g.forms());
        missing.removeAll(h.get(gi));
        if (e.type() != g.type()) {
          why = "typed " + e.type() + " (" + e.name() + ")";
        } else if (!missing.isEmpty()) {
          why = "forms " + missing + " missing from " + e.id() + " (" + e.name() + ")";
        } else if (h.size() > 1) {
          List<String> others = new ArrayList<>();
          for (int k : h.keySet()) {
            if (k != gi) {
              others.add(a.entities().get(k).key());
            }
          }
          why = "merged with " + others + " in " + e.id() + " (" + e.name() + ")";
        } else {
          why = null;
          break;
        }
      }
      if (why == null) {
        right++;
      } else {
        errors.add(a.doc() + "  " + g.type() + " " + g.key() + ": " + why);
      }
    }
    return right;
  }

  private static List<Occurrence> occurrences(GoldArticle a) {
    List<Occurrence> all = new ArrayList<>();
    for (int gi = 0; gi < a.entities().size(); gi++) {
      GoldEntity g = a.entities().get(gi);
      for (String f : g.forms()) {
        int k = f.indexOf(g.key());
        int ks = k < 0 ? 0 : k;
        int ke = k < 0 ? f.length() : k + g.key().length();
        for (int i = a.text().indexOf(f); i >= 0; i = a.text().indexOf(f, i + 1)) {
          all.add(new Occurrence(gi, i, i + f.length(), i + ks, i + ke, f));
        }
      }
    }
    List<Occurrence> out = new ArrayList<>();
    for (Occurrence o : all) {
      boolean nested = false;
      for (Occurrence p : all) {
        if (p.gold() != o.gold() && p.start() <= o.start() && o.end() <= p.end()
            && p.end() - p.start() > o.end() - o.start()) {
          nested = true;
        }
      }
      if (!nested) {
        out.add(o);
      }
    }
    return out;
  }

  static int scoreTimes(GoldArticle a, List<TimeExpression> system, List<String> errors) {
    int right = 0;
    for (GoldTime t : a.times()) {
      boolean ok = false;
      for (TimeExpression s : system) {
        if (s.text().equals(t.text()) && t.values().contains(s.value())) {
          ok = true;
        }
      }
      if (ok) {
        right++;
      }
    }
    return right;
  }

  /** An analyzer that runs only entity resolution (no tagger, no tokens) with the shipped KB. */
  public static Analyzer kbOnly() {
    EntityResolver resolver = EntityResolver.shared();
    return (id, text, published) -> {
      Document d = Document.of(new DocumentMeta(id, published, null, null, null), text);
      return d.withEntities(resolver.resolve(d, List.of()));
    };
  }

  /**
   * The given pipeline, then {@code entities} unless the pipeline already filled the entity
   * layer.
   */
  public static Analyzer withPipeline(org.marsad.pipeline.Analyzer base, EntityStage entities) {
    return (id, text, published) -> {
      Document d = base.analyze(new DocumentMeta(id, published, null, null, null), text);
      return d.entities().isEmpty() ? entities.apply(d) : d;
    };
  }

  /**
   * Scores the shipped pipeline plus KB resolution on a gold directory:
   * {@code ArticleEvaluator DIR}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ArticleEvaluator GOLD_DIR");
      System.exit(2);
    }
    Report r = evaluate(GoldArticles.read(Path.of(args[0])),
        withPipeline(org.marsad.pipeline.Analyzer.defaults(), EntityStage.kbOnly()));
    System.out.print(r.format());
  }
}
