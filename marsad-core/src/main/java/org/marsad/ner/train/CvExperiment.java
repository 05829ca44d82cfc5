package org.marsad.ner.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.model.EntityType;
import org.marsad.ner.FeatureExtractor;
import org.marsad.ner.LabelPrior;
import org.marsad.ner.LabelScheme;
import org.marsad.ner.Labels;
import org.marsad.ner.Lexicon;
import org.marsad.ner.WordClusters;
import org.marsad.ner.eval.ConllCorpus;
import org.marsad.ner.eval.ConllReader;
import org.marsad.ner.eval.ConllSentence;
import org.marsad.ner.eval.Counts;
import org.marsad.ner.eval.NerScorer;

/**
 * Cross-validation of first-stage variants on a training split, for model exploration (the
 * label scheme, cost-augmented learning, structural features, weight averaging over shuffles),
 * with an error analysis of the held-out labels: every missed gold mention is classed as a
 * boundary error (a predicted mention of the same type overlaps it), a type confusion (same
 * span, other type), a boundary-and-type error, or missed outright (no predicted token of any
 * mention on it). Uses the shipped clusters and lexicon and no label prior or second stage
 * (reduced configuration); reads only the file it is given.
 *
 * <p>{@code CvExperiment --train FILE [--folds K] [--epochs E] [--scheme BIO|BILOU]
 * [--miss C] [--false C] [--structural true] [--penalties 0,5,10] [--shuffles N]
 * [--analyze true] [--seed S]}
 *
 * <p>With {@code --learner crf} the first stage is a {@link NeuralCrf} instead of the perceptron
 * (a CRF over the same features, with an optional hidden layer): {@code [--hidden H]
 * [--linear true|false] [--embed-bits B] [--activation TANH|RELU|HARDTANH] [--rate R]
 * [--hidden-rate R] [--optimizer adagrad|sgd] [--dropout P] [--feature-dropout P] [--init S]
 * [--average true|false]}; its scores are log-potentials, so useful O penalties are around 1,
 * not 5 ({@code --penalties 0,0.5,1,2}).
 */
public final class CvExperiment {
  private CvExperiment() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    int bits = Integer.parseInt(a.getOrDefault("--bits", "22"));
    int folds = Integer.parseInt(a.getOrDefault("--folds", "5"));
    int epochs = Integer.parseInt(a.getOrDefault("--epochs", "8"));
    int minEpoch = Integer.parseInt(a.getOrDefault("--min-epoch", "1"));
    LabelScheme scheme = LabelScheme.valueOf(a.getOrDefault("--scheme", "BIO"));
    float miss = Float.parseFloat(a.getOrDefault("--miss", "0"));
    float falseCost = Float.parseFloat(a.getOrDefault("--false", "0"));
    boolean structural = Boolean.parseBoolean(a.getOrDefault("--structural", "false"));
    boolean analyze = Boolean.parseBoolean(a.getOrDefault("--analyze", "false"));
    int shuffles = Integer.parseInt(a.getOrDefault("--shuffles", "1"));
    long seed = Long.parseLong(a.getOrDefault("--seed", "42"));
    String[] ps = a.getOrDefault("--penalties", "0,5,10,20").split(",");
    float[] penalties = new float[ps.length];
    for (int k = 0; k < ps.length; k++) {
      penalties[k] = Float.parseFloat(ps[k]);
    }
    // With --bonus-type T, the values of --penalties are instead tried as a bonus on the labels
    // of type T (a per-type threshold), with the O penalty fixed at --o-penalty.
    EntityType bonusType = a.containsKey("--bonus-type")
        ? Labels.parseType(a.get("--bonus-type")) : null;
    float oPenalty = Float.parseFloat(a.getOrDefault("--o-penalty", "5"));
    NeuralCrf.Config crf = "crf".equals(a.get("--learner")) ? crfConfig(a, bits) : null;
    double trainSeconds = 0;
    long t0 = System.nanoTime();
    ConllCorpus corpus = new ConllReader(false).read(Path.of(a.get("--train")));
    NerTrainer trainer = new NerTrainer(NerTrainer.Config.DEFAULT);
    WordClusters cl = NerTrainer.shippedClusters();
    Lexicon lex = trainer.shippedLexicon();
    FeatureExtractor fx = new FeatureExtractor(bits, cl, lex, LabelPrior.EMPTY_PRIOR,
        org.marsad.ner.TokenizerSplitter.INSTANCE, structural);
    List<Instance> data = recode(NerTrainer.featurize(corpus.sentences(), fx), scheme);
    System.out.printf(Locale.ROOT, "featurized %d sentences in %.1f s%n", data.size(),
        (System.nanoTime() - t0) / 1e9);
    int n = data.size();
    int l = scheme.count();
    int[][][][] pred = new int[epochs][penalties.length][n][];
    for (int f = 0; f < folds; f++) {
      int from = (int) ((long) f * n / folds);
      int to = (int) ((long) (f + 1) * n / folds);
      List<Instance> train = new ArrayList<>(data.subList(0, from));
      train.addAll(data.subList(to, n));
      List<Instance> held = data.subList(from, to);
      if (crf != null) {
        long tt = System.nanoTime();
        new NeuralCrf(crf, scheme).train(train, epochs, seed, (e, m) -> {
          if (e >= minEpoch) {
            decode(held, from, (x, d) -> m.emissions(x.features(), x.start(), x.size(),
                d.buffer(x.size()), null, null, null), m.t, scheme, penalties, bonusType,
                oPenalty, pred[e - 1]);
          }
        });
        trainSeconds += (System.nanoTime() - tt) / 1e9;
      } else if (shuffles == 1) {
        new SequencePerceptron(bits, scheme, miss, falseCost).train(train, epochs, seed,
            (e, w, t) -> {
              if (e >= minEpoch) {
                decode(held, from, perceptron(w), t, scheme, penalties, bonusType, oPenalty,
                    pred[e - 1]);
              }
            });
      } else {
        float[] w = null;
        float[] t = null;
        for (int k = 0; k < shuffles; k++) {
          float[][] m = new SequencePerceptron(bits, scheme, miss, falseCost)
              .train(train, epochs, seed + 7919L * k, null);
          if (w == null) {
            w = m[0];
            t = m[1];
          } else {
            for (int q = 0; q < w.length; q++) {
              w[q] += m[0][q];
            }
            for (int q = 0; q < t.length; q++) {
              t[q] += m[1][q];
            }
          }
        }
        for (float[] x : new float[][] {w, t}) {
          for (int q = 0; q < x.length; q++) {
            x[q] /= shuffles;
          }
        }
        decode(held, from, perceptron(w), t, scheme, penalties, bonusType, oPenalty,
            pred[epochs - 1]);
      }
      System.out.printf(Locale.ROOT, "fold %d done at %.1f s%n", f + 1,
          (System.nanoTime() - t0) / 1e9);
    }
    int be = -1;
    int bp = 0;
    double best = -1;
    StringBuilder table = new StringBuilder("epoch");
    for (float p : penalties) {
      table.append(String.format(Locale.ROOT, "  pen%-5s", p == (int) p ? "" + (int) p : "" + p));
    }
    table.append('\n');
    for (int e = 0; e < epochs; e++) {
      if (pred[e][0][0] == null) {
        continue;
      }
      table.append(String.format(Locale.ROOT, "%5d", e + 1));
      for (int p = 0; p < penalties.length; p++) {
        double f1 = score(corpus.sentences(), pred[e][p]).micro().f1();
        table.append(String.format(Locale.ROOT, "  %.4f  ", f1));
        if (f1 > best) {
          best = f1;
          be = e;
          bp = p;
        }
      }
      table.append('\n');
    }
    System.out.print(table);
    NerScorer s = score(corpus.sentences(), pred[be][bp]);
    System.out.printf(Locale.ROOT, "config %s%nbest epoch %d penalty %s micro %s%n",
        a, be + 1, penalties[bp], fmt(s.micro()));
    for (EntityType t : EntityType.values()) {
      System.out.printf(Locale.ROOT, "  %-5s %s%n", Labels.typeName(t), fmt(s.counts(t)));
    }
    if (analyze) {
      System.out.print(analyzeErrors(corpus.sentences(), pred[be][bp]));
    }
    if (crf != null) {
      System.out.printf(Locale.ROOT, "crf training (with per-epoch held-out decoding) %.1f s%n",
          trainSeconds);
    }
    System.out.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  /** The {@link NeuralCrf} options of {@code --learner crf} (default: Adagrad at 0.1, averaged). */
  static NeuralCrf.Config crfConfig(Map<String, String> a, int bits) {
    return new NeuralCrf.Config(bits,
        Boolean.parseBoolean(a.getOrDefault("--linear", "true")),
        Integer.parseInt(a.getOrDefault("--embed-bits", "18")),
        Integer.parseInt(a.getOrDefault("--hidden", "0")),
        CrfNetwork.Activation.valueOf(a.getOrDefault("--activation", "TANH")),
        Float.parseFloat(a.getOrDefault("--rate", "0.1")),
        Float.parseFloat(a.getOrDefault("--dropout", "0")),
        Float.parseFloat(a.getOrDefault("--init", "0.1")),
        Boolean.parseBoolean(a.getOrDefault("--average", "true")),
        Float.parseFloat(a.getOrDefault("--feature-dropout", "0")),
        !"sgd".equals(a.get("--optimizer")),
        Float.parseFloat(a.getOrDefault("--hidden-rate", a.getOrDefault("--rate", "0.1"))));
  }

  static String fmt(Counts c) {
    return String.format(Locale.ROOT, "P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d)",
        c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
  }

  private static List<Instance> recode(List<Instance> data, LabelScheme scheme) {
    if (scheme == LabelScheme.BIO) {
      return data;
    }
    List<Instance> out = new ArrayList<>(data.size());
    for (Instance x : data) {
      int[] g = new int[x.size()];
      scheme.fromBio(x.gold(), x.size(), g);
      out.add(new Instance(x.features(), x.start(), g));
    }
    return out;
  }

  /** Fills a decoder's emissions for a sentence. */
  private interface Emitter {
    void emit(Instance x, SequencePerceptron.Decoder d);
  }

  private static Emitter perceptron(float[] w) {
    return (x, d) -> d.emissions(w, x.features(), x.start(), x.size());
  }

  /** Decodes {@code held} (sentences {@code offset...}) into BIO labels for each penalty. */
  private static void decode(List<Instance> held, int offset, Emitter em, float[] t,
      LabelScheme scheme, float[] penalties, EntityType bonusType, float oPenalty,
      int[][][] out) {
    int l = scheme.count();
    SequencePerceptron.Decoder d = new SequencePerceptron.Decoder(scheme);
    float[][] pt = new float[penalties.length][];
    int[] probe = new int[l];
    for (int p = 0; p < penalties.length; p++) {
      pt[p] = t.clone();
      for (int prev = -1; prev < l; prev++) {
        if (bonusType == null) {
          pt[p][(prev + 1) * l] -= penalties[p];
          continue;
        }
        pt[p][(prev + 1) * l] -= oPenalty;
        for (int y = 1; y < l; y++) {
          probe[0] = y;
          scheme.toBio(probe, 1, probe);
          if (Labels.type(probe[0]) == bonusType) {
            pt[p][(prev + 1) * l + y] += penalties[p];
          }
        }
      }
    }
    for (Instance x : held) {
      int n = x.size();
      em.emit(x, d);
      for (int p = 0; p < penalties.length; p++) {
        int[] y = new int[n];
        d.decode(pt[p], n, y);
        scheme.toBio(y, n, y);
        out[p][offset] = y;
      }
      offset++;
    }
  }

  static NerScorer score(List<ConllSentence> sentences, int[][] pred) {
    NerScorer s = new NerScorer();
    for (int k = 0; k < sentences.size(); k++) {
      s.add(sentences.get(k).labels(), pred[k], sentences.get(k).size());
    }
    return s;
  }

  /** Mentions of a BIO sequence as {start, end (exclusive), type ordinal}. */
  static List<int[]> mentions(int[] labels, int n) {
    return NerScorer.mentions(labels, n);
  }

  /** Boundary errors printed as examples ({@code -Dmarsad.ner.examples=N}). */
  private static final int EXAMPLES = Integer.getInteger("marsad.ner.examples", 0);

  /** The error analysis table of held-out labels {@code pred} against the gold sentences. */
  static String analyzeErrors(List<ConllSentence> sentences, int[][] pred) {
    int types = EntityType.values().length;
    // [type][0 boundary, 1 type, 2 boundary+type, 3 missed outright]
    int[][] missKind = new int[types][4];
    int[][] goldByLen = new int[types][7];
    int[][] missByLen = new int[types][7];
    List<Map<String, Integer>> missedHeads = new ArrayList<>();
    List<Map<String, Integer>> missedOutrightHeads = new ArrayList<>();
    for (int t = 0; t < types; t++) {
      missedHeads.add(new HashMap<>());
      missedOutrightHeads.add(new HashMap<>());
    }
    int[] fpKind = new int[4];
    List<String> examples = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      ConllSentence s = sentences.get(k);
      int n = s.size();
      List<int[]> g = mentions(s.labels(), n);
      List<int[]> p = mentions(pred[k], n);
      for (int[] m : g) {
        int len = Math.min(m[1] - m[0], 6);
        goldByLen[m[2]][len]++;
        boolean exact = false;
        boolean sameSpan = false;
        boolean overlapSame = false;
        boolean overlapOther = false;
        for (int[] q : p) {
          boolean overlap = q[0] < m[1] && m[0] < q[1];
          if (!overlap) {
            continue;
          }
          boolean span = q[0] == m[0] && q[1] == m[1];
          if (span && q[2] == m[2]) {
            exact = true;
          } else if (span) {
            sameSpan = true;
          } else if (q[2] == m[2]) {
            overlapSame = true;
          } else {
            overlapOther = true;
          }
        }
        if (exact) {
          continue;
        }
        missByLen[m[2]][len]++;
        int kind = overlapSame ? 0 : sameSpan ? 1 : overlapOther ? 2 : 3;
        if (kind == 0 && EXAMPLES > 0 && examples.size() < EXAMPLES) {
          StringBuilder e = new StringBuilder(Labels.typeName(EntityType.values()[m[2]]))
              .append(": ");
          for (int i = Math.max(0, m[0] - 3); i < Math.min(n, m[1] + 3); i++) {
            e.append(s.words().get(i)).append('/').append(Labels.name(s.labels()[i]))
                .append('/').append(Labels.name(pred[k][i])).append(' ');
          }
          examples.add(e.toString());
        }
        missKind[m[2]][kind]++;
        String head = s.words().get(m[0]);
        missedHeads.get(m[2]).merge(head, 1, Integer::sum);
        if (kind == 3) {
          missedOutrightHeads.get(m[2]).merge(head, 1, Integer::sum);
        }
      }
      for (int[] q : p) {
        boolean exact = false;
        boolean overlap = false;
        boolean sameSpan = false;
        for (int[] m : g) {
          if (q[0] < m[1] && m[0] < q[1]) {
            overlap = true;
            if (q[0] == m[0] && q[1] == m[1]) {
              sameSpan = true;
              exact |= q[2] == m[2];
            }
          }
        }
        if (!exact) {
          fpKind[sameSpan ? 1 : overlap ? 0 : 3]++;
        }
      }
    }
    StringBuilder b = new StringBuilder();
    for (String e : examples) {
      b.append("boundary miss (word/gold/predicted): ").append(e).append('\n');
    }
    b.append("\nmissed gold mentions by kind (boundary / type / "
        + "boundary+type / outright), of all gold\n");
    for (EntityType t : EntityType.values()) {
      int[] c = missKind[t.ordinal()];
      int gold = java.util.Arrays.stream(goldByLen[t.ordinal()]).sum();
      int miss = c[0] + c[1] + c[2] + c[3];
      b.append(String.format(Locale.ROOT,
          "  %-5s gold %5d missed %5d: boundary %4d (%.0f%%) type %4d (%.0f%%) both %4d (%.0f%%)"
              + " outright %4d (%.0f%%)%n",
          Labels.typeName(t), gold, miss, c[0], 100.0 * c[0] / miss, c[1], 100.0 * c[1] / miss,
          c[2], 100.0 * c[2] / miss, c[3], 100.0 * c[3] / miss));
    }
    b.append(String.format(Locale.ROOT,
        "false mentions: overlapping a gold one %d, same span other type %d, no gold overlap %d%n",
        fpKind[0], fpKind[1], fpKind[3]));
    b.append("recall by mention length (1..5, 6+)\n");
    for (EntityType t : EntityType.values()) {
      b.append(String.format(Locale.ROOT, "  %-5s", Labels.typeName(t)));
      for (int len = 1; len <= 6; len++) {
        int gold = goldByLen[t.ordinal()][len];
        b.append(String.format(Locale.ROOT, "  %d: %.2f (%d)", len,
            gold == 0 ? 0 : 1 - (double) missByLen[t.ordinal()][len] / gold, gold));
      }
      b.append('\n');
    }
    for (EntityType t : List.of(EntityType.ORG, EntityType.MISC, EntityType.PER)) {
      b.append("first words of missed ").append(Labels.typeName(t)).append(": ")
          .append(top(missedHeads.get(t.ordinal()), 25)).append('\n');
      b.append("  missed outright: ").append(top(missedOutrightHeads.get(t.ordinal()), 25))
          .append('\n');
    }
    return b.toString();
  }

  private static String top(Map<String, Integer> m, int k) {
    StringBuilder b = new StringBuilder();
    m.entrySet().stream()
        .sorted((x, y) -> y.getValue() != x.getValue().intValue()
            ? y.getValue() - x.getValue() : x.getKey().compareTo(y.getKey()))
        .limit(k)
        .forEach(e -> b.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
    return b.toString();
  }
}
