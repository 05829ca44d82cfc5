package org.marsad.framing.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.framing.FramingAnalyzer;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.LoadedTerm;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;
import org.marsad.pipeline.Analyzer;
import org.marsad.text.ArabicNormalizer;

/**
 * An experiment, not a shipped model: how far a word-level model trained on ArMPro itself gets on
 * Loaded_Language, measured by cross-validation with folds split by page (so that no article is in
 * both training and test). Each fold learns, for every stem (folded word without proclitics and
 * inflectional suffix), the share of its occurrences inside a Loaded_Language span in the training
 * pages; a test token is predicted loaded when that share (smoothed) reaches a threshold; adjacent
 * predicted tokens merge into one span. The lexicon's predictions can be added. Scored like
 * {@link ArmproEvaluator} (span overlap). A second experiment, {@link #logistic}, trains a
 * token-level logistic regression over lexical features and the lexicon's categories the same way.
 */
public final class ArmproCrossValidation {
  private ArmproCrossValidation() {}

  private record Para(String page, String text, List<int[]> gold, List<int[]> tokens, List<String> keys,
      List<int[]> lexicon, List<String> lexiconCategory) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ArmproCrossValidation ArMPro_span_dev_V2.jsonl [folds]");
      System.exit(1);
    }
    int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Para> paras = read(Path.of(args[0]));
    logistic(paras, folds);
    for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6}) {
      for (int minCount : new int[] {1, 2}) {
        for (boolean withLexicon : new boolean[] {false, true}) {
          int[] c = new int[4];
          for (int f = 0; f < folds; f++) {
            Map<String, int[]> counts = new HashMap<>();
            for (Para p : paras) {
              if (fold(p.page, folds) != f) {
                learn(p, counts);
              }
            }
            for (Para p : paras) {
              if (fold(p.page, folds) == f) {
                List<int[]> pred = predict(p, counts, threshold, minCount);
                if (withLexicon) {
                  pred.addAll(p.lexicon);
                }
                score(pred, p.gold, c);
              }
            }
          }
          double pr = c[0] == 0 ? 0 : (double) c[1] / c[0];
          double rc = c[2] == 0 ? 0 : (double) c[3] / c[2];
          double f1 = pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
          System.out.printf(java.util.Locale.ROOT, "threshold %.1f min %d lexicon %-5s P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f%n",
              threshold, minCount, withLexicon, pr, c[1], c[0], rc, c[3], c[2], f1);
        }
      }
    }
  }

  /**
   * The second experiment: a token-level logistic regression (SGD, L2) over lexical features — the
   * token's stem, the stems of its neighbours, the lexicon category covering it and its neighbour,
   * the article, the accusative alef, the elative pattern أفعل, a nisba ending — trained on the
   * other folds; tokens at or over the threshold, adjacent ones merged, are the spans, alone or
   * added to the lexicon's.
   */
  private static void logistic(List<Para> paras, int folds) {
    for (double threshold : new double[] {0.3, 0.4, 0.5}) {
      for (boolean withLexicon : new boolean[] {false, true}) {
        int[] c = new int[4];
        for (int f = 0; f < folds; f++) {
          Map<String, Double> w = new HashMap<>();
          List<Object[]> examples = new ArrayList<>();
          for (Para p : paras) {
            if (fold(p.page, folds) != f) {
              for (int i = 0; i < p.tokens.size(); i++) {
                examples.add(new Object[] {features(p, i), inside(p.tokens.get(i), p.gold) ? 1 : 0});
              }
            }
          }
          java.util.Random random = new java.util.Random(7);
          for (int epoch = 0; epoch < 5; epoch++) {
            java.util.Collections.shuffle(examples, random);
            for (Object[] e : examples) {
              String[] x = (String[]) e[0];
              double g = probability(w, x) - (Integer) e[1];
              for (String k : x) {
                w.merge(k, -0.1 * (g + 1e-4 * w.getOrDefault(k, 0.0)), Double::sum);
              }
            }
          }
          for (Para p : paras) {
            if (fold(p.page, folds) == f) {
              List<int[]> pred = new ArrayList<>();
              int[] open = null;
              for (int i = 0; i < p.tokens.size(); i++) {
                int[] t = p.tokens.get(i);
                if (probability(w, features(p, i)) >= threshold) {
                  if (open != null && t[0] - open[1] <= 1) {
                    open[1] = t[1];
                  } else {
                    open = new int[] {t[0], t[1]};
                    pred.add(open);
                  }
                } else {
                  open = null;
                }
              }
              if (withLexicon) {
                for (int[] l : p.lexicon) {
                  if (!inside(l, pred)) {
                    pred.add(l);
                  }
                }
              }
              score(pred, p.gold, c);
            }
          }
        }
        double pr = c[0] == 0 ? 0 : (double) c[1] / c[0];
        double rc = c[2] == 0 ? 0 : (double) c[3] / c[2];
        double f1 = pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
        System.out.printf(java.util.Locale.ROOT, "logistic threshold %.1f lexicon %-5s P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f%n",
            threshold, withLexicon, pr, c[1], c[0], rc, c[3], c[2], f1);
      }
    }
  }

  private static double probability(Map<String, Double> w, String[] x) {
    double z = 0;
    for (String k : x) {
      z += w.getOrDefault(k, 0.0);
    }
    return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
  }

  private static String[] features(Para p, int i) {
    String word = ArabicNormalizer.fold(p.text.substring(p.tokens.get(i)[0], p.tokens.get(i)[1]));
    String core = word.startsWith("ال") ? word.substring(2) : word;
    List<String> f = new ArrayList<>(List.of("bias", "w=" + p.keys.get(i),
        "p=" + (i > 0 ? p.keys.get(i - 1) : "<s>"),
        "n=" + (i + 1 < p.keys.size() ? p.keys.get(i + 1) : "</s>"),
        "lex=" + p.lexiconCategory.get(i),
        "prevlex=" + (i > 0 ? p.lexiconCategory.get(i - 1) : "none")));
    if (word.startsWith("ال") || word.startsWith("وال")) {
      f.add("definite");
    }
    if (word.endsWith("ا")) {
      f.add("accusative");
    }
    if (core.length() == 4 && core.charAt(0) == 'ا') {
      f.add("elative");
    }
    if (word.endsWith("ي") || word.endsWith("يه")) {
      f.add("nisba");
    }
    return f.toArray(String[]::new);
  }

  private static int fold(String page, int folds) {
    return Math.floorMod(page.hashCode(), folds);
  }

  private static List<Para> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    DocumentMeta meta = new DocumentMeta("cv", null, null, null, null);
    List<Para> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String text = n.path("paragraph").asText("");
        List<int[]> gold = new ArrayList<>();
        for (JsonNode l : n.path("labels")) {
          if (l.path("technique").asText().equals(ArmproEvaluator.LOADED)) {
            gold.add(new int[] {l.path("start").asInt(), l.path("end").asInt()});
          }
        }
        Document d = Analyzer.defaults().analyze(meta, text);
        List<int[]> toks = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Token t : d.tokens()) {
          if (t.kind() == TokenKind.ARABIC) {
            toks.add(new int[] {t.start(), t.end()});
            keys.add(key(t));
          }
        }
        List<int[]> lex = new ArrayList<>();
        List<LoadedTerm> terms = FramingAnalyzer.shared().analyze(d).loaded();
        for (LoadedTerm t : terms) {
          if (ArmproEvaluator.LOADED.equals(ArmproEvaluator.techniqueOf(t.category()))) {
            lex.add(new int[] {t.start(), t.end()});
          }
        }
        List<String> cats = new ArrayList<>();
        for (int[] tok : toks) {
          String cat = "none";
          for (LoadedTerm t : terms) {
            if (tok[0] < t.end() && t.start() < tok[1]) {
              cat = t.category();
            }
          }
          cats.add(cat);
        }
        out.add(new Para(n.path("page_id").asText(), text, gold, toks, keys, lex, cats));
      }
    }
    return out;
  }

  /** The token's stem, folded, without a final ة/ات/ون/ين/ي. */
  private static String key(Token t) {
    String s = ArabicNormalizer.fold(t.stem().form());
    for (String suf : new String[] {"يين", "يون", "يات", "يه", "ات", "ون", "ين", "ه", "ي"}) {
      if (s.endsWith(suf) && s.length() - suf.length() >= 3) {
        return s.substring(0, s.length() - suf.length());
      }
    }
    return s;
  }

  private static void learn(Para p, Map<String, int[]> counts) {
    for (int i = 0; i < p.tokens.size(); i++) {
      int[] c = counts.computeIfAbsent(p.keys.get(i), k -> new int[2]);
      c[1]++;
      if (inside(p.tokens.get(i), p.gold)) {
        c[0]++;
      }
    }
  }

  private static List<int[]> predict(Para p, Map<String, int[]> counts, double threshold, int minCount) {
    List<int[]> out = new ArrayList<>();
    int[] open = null;
    for (int i = 0; i < p.tokens.size(); i++) {
      int[] c = counts.get(p.keys.get(i));
      boolean pos = c != null && c[0] >= minCount && (c[0] + 0.1) / (c[1] + 1.0) >= threshold;
      int[] t = p.tokens.get(i);
      if (pos) {
        if (open != null && t[0] - open[1] <= 1) {
          open[1] = t[1];
        } else {
          open = new int[] {t[0], t[1]};
          out.add(open);
        }
      } else {
        open = null;
      }
    }
    return out;
  }

  private static boolean inside(int[] tok, List<int[]> gold) {
    for (int[] g : gold) {
      if (tok[0] < g[1] && g[0] < tok[1]) {
        return true;
      }
    }
    return false;
  }

  private static void score(List<int[]> pred, List<int[]> gold, int[] c) {
    c[0] += pred.size();
    c[2] += gold.size();
    for (int[] p : pred) {
      if (inside(p, gold)) {
        c[1]++;
      }
    }
    for (int[] g : gold) {
      if (inside(g, pred)) {
        c[3]++;
      }
    }
  }
}
