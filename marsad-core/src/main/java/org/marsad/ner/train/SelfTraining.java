package org.marsad.ner.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.marsad.ner.FeatureExtractor;
import org.marsad.ner.Labels;
import org.marsad.ner.Viterbi;

/**
 * Self-training of the first stage (Yarowsky 1995; McClosky et al. 2006): news sentences that a
 * first-stage teacher (the gazetteer-aware teacher of the label prior) tags confidently are added
 * to the student's training data with their predicted labels, so the student learns names in
 * context and the contexts of names, not only the per-word tagging rates of the prior.
 *
 * <p>The candidates are the sentences the teacher tags anyway while inducing the prior ({@link
 * PriorInducer.SentenceObserver}), so the corpus is read once. Selection, by {@link Criterion}:
 * {@code MARGIN} keeps the sentences with the largest Viterbi margin (best path score minus the
 * best score of a path that differs at some position, from max-marginals); {@code AGREE} keeps
 * sentences on which a second teacher trained in another order gives exactly the same labels,
 * in an order drawn from the seed; {@code RANDOM} keeps sentences in that order without a
 * confidence filter. Of {@code sentences} kept, all but {@code emptyShare} contain a
 * mention; the rest are mention-free (they teach O). Pieces cut at {@link
 * PriorInducer#MAX_SENTENCE} words and sentences under {@link #MIN_WORDS} words are skipped.
 * Deterministic for a seed. Not thread-safe.
 */
final class SelfTraining {
  /** Shortest candidate sentence: very short pieces (titles, captions) carry little context. */
  static final int MIN_WORDS = 6;

  /** How pseudo-labelled sentences are chosen. */
  enum Criterion {
    /** The largest sentence-level Viterbi margins. */
    MARGIN,
    /** Exact agreement with a second teacher trained in another order, then seed order. */
    AGREE,
    /** No confidence filter: seed order (the ablation of the other two). */
    RANDOM
  }

  /**
   * @param sentences pseudo-labelled sentences added per training set (0: off)
   * @param criterion how they are chosen
   * @param weight perceptron step size on them (labelled sentences: 1)
   * @param emptyShare share of the sentences that have no mention
   * @param prior whether the pseudo-labelled sentences carry the label-prior features (of the
   *     teacher that tagged them); without, the prior's weights are learned from the labelled
   *     sentences only, since on pseudo-labelled ones the prior agrees with the labels by
   *     construction
   */
  record Config(int sentences, Criterion criterion, float weight, double emptyShare,
      boolean prior) {
    /** No self-training. */
    static final Config OFF = new Config(0, Criterion.MARGIN, 1f, 0, true);

    /**
     * The recipe's choice by cross-validation on ANERcorp train (docs/ner.md, "Self-training"):
     * 20,000 sentences on which two teachers agree, a step of 0.3, 10% without mentions, no
     * prior features.
     */
    static final Config RECIPE = new Config(20_000, Criterion.AGREE, 0.3f, 0.1, false);

    Config {
      if (sentences < 0 || !(weight > 0) || weight > 1 || emptyShare < 0 || emptyShare > 1) {
        throw new IllegalArgumentException("self-training: sentences >= 0, weight in (0, 1], "
            + "empty share in [0, 1] required");
      }
    }

    boolean on() {
      return sentences > 0;
    }

    @Override
    public String toString() {
      return on()
          ? String.format(Locale.ROOT,
              "%d sentences, %s, weight %.2f, %.0f%% without mentions, %s", sentences,
              criterion.name().toLowerCase(Locale.ROOT), weight, emptyShare * 100,
              prior ? "with the prior" : "without the prior")
          : "off";
    }
  }

  /** A news sentence with the labels a teacher gave it. */
  record Pseudo(String[] words, int[] labels) {}

  private static final int L = Labels.COUNT;

  private SelfTraining() {}

  /**
   * Collects candidates while one teacher tags the corpus, then selects. One per teacher.
   */
  static final class Collector implements PriorInducer.SentenceObserver {
    private final Config config;
    private final ClusterLearner.Corpus corpus;
    private final float[] transitions;
    private final float[][] second;
    private final long seed;
    private final Viterbi secondViterbi = new Viterbi();
    private final List<Candidate> withMentions = new ArrayList<>();
    private final List<Candidate> empty = new ArrayList<>();
    private int[] secondLabels = new int[PriorInducer.MAX_SENTENCE];
    private float[] alpha = new float[0];
    private float[] beta = new float[0];
    private int ordinal;
    private final java.util.function.IntPredicate reserved;

    /**
     * @param transitions the teacher's transitions (for the margin)
     * @param secondTeacher {@code {weights, transitions}} of the second teacher ({@code AGREE});
     *     null otherwise
     */
    Collector(Config config, ClusterLearner.Corpus corpus, float[] transitions,
        float[][] secondTeacher, long seed) {
      this(config, corpus, transitions, secondTeacher, seed, null);
    }

    /**
     * As above, never choosing a sentence whose first word's stream position is {@code
     * reserved} (the articles kept for the second stage, {@link NewsDocuments}); null: none.
     */
    Collector(Config config, ClusterLearner.Corpus corpus, float[] transitions,
        float[][] secondTeacher, long seed, java.util.function.IntPredicate reserved) {
      if (config.criterion() == Criterion.AGREE && secondTeacher == null) {
        throw new IllegalArgumentException("the AGREE criterion needs a second teacher");
      }
      this.config = config;
      this.corpus = corpus;
      this.transitions = transitions;
      this.second = secondTeacher;
      this.seed = seed;
      this.reserved = reserved;
    }

    @Override
    public void sentence(int start, int[] ids, int n, boolean cut, int[] labels,
        FeatureExtractor.Scratch features, float[] emission) {
      int k = ordinal++;
      if (cut || n < MIN_WORDS || reserved != null && reserved.test(start)) {
        return;
      }
      if (config.criterion() == Criterion.AGREE) {
        secondViterbi.emissions(second[0], features);
        secondViterbi.decode(second[1], n, secondLabels);
        for (int i = 0; i < n; i++) {
          if (secondLabels[i] != labels[i]) {
            return;
          }
        }
      }
      double score = config.criterion() == Criterion.MARGIN
          ? margin(emission, transitions, n, labels) : mix(seed, k);
      boolean mention = false;
      byte[] y = new byte[n];
      for (int i = 0; i < n; i++) {
        y[i] = (byte) labels[i];
        mention |= labels[i] != Labels.O;
      }
      (mention ? withMentions : empty).add(new Candidate(Arrays.copyOf(ids, n), y, score, k));
    }

    /** Sentences seen (tagged) so far. */
    int seen() {
      return ordinal;
    }

    /** Candidates that passed the criterion so far (with and without mentions). */
    int candidates() {
      return withMentions.size() + empty.size();
    }

    /** The chosen sentences, in corpus order. */
    List<Pseudo> select() {
      int emptyCount = (int) Math.round(config.sentences() * config.emptyShare());
      List<Candidate> chosen = new ArrayList<>(best(withMentions,
          config.sentences() - emptyCount));
      chosen.addAll(best(empty, emptyCount));
      chosen.sort(Comparator.comparingInt(Candidate::ordinal));
      List<Pseudo> out = new ArrayList<>(chosen.size());
      for (Candidate c : chosen) {
        String[] words = new String[c.ids().length];
        int[] labels = new int[words.length];
        for (int i = 0; i < words.length; i++) {
          words[i] = corpus.words.get(c.ids()[i]);
          labels[i] = c.labels()[i];
        }
        out.add(new Pseudo(words, labels));
      }
      return out;
    }

    private static List<Candidate> best(List<Candidate> pool, int count) {
      List<Candidate> sorted = new ArrayList<>(pool);
      sorted.sort(Comparator.comparingDouble(Candidate::score).reversed()
          .thenComparingInt(Candidate::ordinal));
      return sorted.subList(0, Math.min(count, sorted.size()));
    }

    /**
     * Score of the Viterbi path {@code best} minus that of the best path that differs from it at
     * some position: {@code min} over positions {@code i} and labels {@code y != best[i]} of the
     * gap to the max-marginal {@code alpha[i][y] + beta[i][y]} (BIO-constrained).
     */
    double margin(float[] emission, float[] t, int n, int[] best) {
      if (alpha.length < n * L) {
        alpha = new float[n * L * 2];
        beta = new float[n * L * 2];
      }
      for (int y = 0; y < L; y++) {
        alpha[y] = Labels.allowed(-1, y) ? emission[y] + t[y] : Float.NEGATIVE_INFINITY;
        beta[(n - 1) * L + y] = 0;
      }
      for (int i = 1; i < n; i++) {
        for (int y = 0; y < L; y++) {
          float m = Float.NEGATIVE_INFINITY;
          for (int p = 0; p < L; p++) {
            if (Labels.allowed(p, y)) {
              m = Math.max(m, alpha[(i - 1) * L + p] + t[(p + 1) * L + y]);
            }
          }
          alpha[i * L + y] = m + emission[i * L + y];
        }
      }
      for (int i = n - 2; i >= 0; i--) {
        for (int y = 0; y < L; y++) {
          float m = Float.NEGATIVE_INFINITY;
          for (int z = 0; z < L; z++) {
            if (Labels.allowed(y, z)) {
              m = Math.max(m, t[(y + 1) * L + z] + emission[(i + 1) * L + z]
                  + beta[(i + 1) * L + z]);
            }
          }
          beta[i * L + y] = m;
        }
      }
      double top = Double.NEGATIVE_INFINITY;
      for (int y = 0; y < L; y++) {
        top = Math.max(top, alpha[y] + beta[y]);
      }
      double runnerUp = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        for (int y = 0; y < L; y++) {
          if (y != best[i]) {
            runnerUp = Math.max(runnerUp, alpha[i * L + y] + beta[i * L + y]);
          }
        }
      }
      return top - runnerUp;
    }
  }

  /** A deterministic pseudo-random score in [0, 1) for sentence {@code k}. */
  static double mix(long seed, long k) {
    long z = seed * 0x9E3779B97F4A7C15L + k * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return (z >>> 11) * 0x1.0p-53;
  }

  private record Candidate(int[] ids, byte[] labels, double score, int ordinal) {}
}
