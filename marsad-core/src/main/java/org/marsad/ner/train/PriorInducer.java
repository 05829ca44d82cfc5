package org.marsad.ner.train;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.marsad.model.EntityType;
import org.marsad.ner.DocumentContext;
import org.marsad.ner.FeatureExtractor;
import org.marsad.ner.LabelPrior;
import org.marsad.ner.Labels;
import org.marsad.ner.Viterbi;

/**
 * Builds a {@link LabelPrior} by tagging an unlabeled corpus with one or more trained "teacher"
 * models and counting, per word type, how often it was tagged with each entity type. A teacher
 * is a first stage that tags sentence by sentence ({@link #tag}), or a first and a document-level
 * second stage that tag whole articles ({@link #tagArticles}); several teachers' counts add up in
 * one {@link Tally}, so the prior holds the mean of their tagging rates. Single-threaded.
 */
final class PriorInducer {
  /** Longest sentence tagged; longer runs of words are cut into pieces of this length. */
  static final int MAX_SENTENCE = 80;
  private static final int TYPES = EntityType.values().length;

  /** Sees every corpus sentence the teacher tags (used to pick pseudo-labelled sentences). */
  interface SentenceObserver {
    /**
     * @param start stream position of the sentence's first word
     * @param ids corpus word ids of the {@code n} words
     * @param cut whether the sentence was cut at {@link #MAX_SENTENCE} words instead of ending
     *     at a sentence mark or the end of the tagged text
     * @param labels the teacher's Viterbi labels
     * @param features the teacher's features of the sentence
     * @param emission the teacher's emission scores, {@code emission[i * Labels.COUNT + y]}
     */
    void sentence(int start, int[] ids, int n, boolean cut, int[] labels,
        FeatureExtractor.Scratch features, float[] emission);
  }

  /**
   * How tagging counts become the prior's packed levels.
   *
   * @param minCount occurrences a word needs for a prior
   * @param shrink pseudo-occurrences that shrink a rare word's rates toward 0
   * @param fine 9 levels per type instead of 5
   * @param confidence also pack a count bucket (and keep words seen often but never tagged)
   * @param position also pack, for each type, where the word mostly stood in the mentions of
   *     that type: alone, first of several words, or later ({@link LabelPrior#pack} levels in
   *     bits 0-15, positions in bits 20-27)
   */
  record Recipe(int minCount, double shrink, boolean fine, boolean confidence,
      boolean position) {
    static final Recipe DEFAULT = new Recipe(3, 0, false, false, false);

    Recipe {
      if (minCount < 1 || shrink < 0) {
        throw new IllegalArgumentException("minCount must be >= 1 and shrink >= 0");
      }
    }
  }

  /** Occurrence and per-type tag counts of every corpus word, summed over teachers. */
  static final class Tally {
    final int[] total;
    final int[][] tagged;
    /** Per type and position (alone, first of several, later), tagged occurrences. */
    final int[][][] positions;
    int teachers;

    Tally(int vocab) {
      total = new int[vocab];
      tagged = new int[TYPES][vocab];
      positions = new int[TYPES][3][vocab];
    }
  }

  private final Recipe recipe;
  private final int maxTokens;

  /** @param maxTokens corpus tokens to tag (the first ones), bounding training time */
  PriorInducer(Recipe recipe, int maxTokens) {
    this.recipe = recipe;
    this.maxTokens = maxTokens;
  }

  /** Adds the counts of a first-stage teacher tagging the corpus sentence by sentence. */
  void tag(Tally tally, ClusterLearner.Corpus corpus, FeatureExtractor extractor,
      float[] weights, float[] transitions) {
    tag(tally, corpus, extractor, weights, transitions, null);
  }

  /**
   * As {@link #tag(Tally, ClusterLearner.Corpus, FeatureExtractor, float[], float[])}, showing
   * each tagged sentence to {@code observer} (if not null).
   */
  void tag(Tally tally, ClusterLearner.Corpus corpus, FeatureExtractor extractor,
      float[] weights, float[] transitions, SentenceObserver observer) {
    FeatureExtractor.Scratch scratch = new FeatureExtractor.Scratch();
    Viterbi viterbi = new Viterbi();
    CharSequence[] words = new CharSequence[MAX_SENTENCE];
    int[] ids = new int[MAX_SENTENCE];
    int[] labels = new int[MAX_SENTENCE];
    int len = Math.min(corpus.streamLength, maxTokens);
    int n = 0;
    for (int i = 0; i <= len; i++) {
      int id = i < len ? corpus.stream[i] : -1;
      if (id >= 0) {
        ids[n] = id;
        words[n++] = corpus.words.get(id);
      }
      boolean end = id < 0 || n == MAX_SENTENCE || isSentenceEnd(corpus.words.get(id));
      if (end && n > 0) {
        extractor.extract(words, n, scratch);
        viterbi.emissions(weights, scratch);
        viterbi.decode(transitions, n, labels);
        if (observer != null) {
          observer.sentence(i - n + (id >= 0 ? 1 : 0), ids, n, id >= 0 && n == MAX_SENTENCE
              && !isSentenceEnd(corpus.words.get(id)), labels, scratch, viterbi.emission());
        }
        count(tally, ids, labels, n);
        n = 0;
      }
    }
    tally.teachers++;
  }

  /**
   * Adds the counts of a two-stage teacher: for each article, the first stage tags every
   * sentence, then the second tags each again with the {@link DocumentContext} features of the
   * first pass over the article (window {@code window} sentences).
   */
  void tagArticles(Tally tally, ClusterLearner.Corpus corpus, FeatureExtractor extractor,
      float[] weights1, float[] transitions1, float[] weights2, float[] transitions2,
      int window) {
    FeatureExtractor.Scratch scratch = new FeatureExtractor.Scratch();
    Viterbi viterbi = new Viterbi();
    DocumentContext context = new DocumentContext(extractor, window, false);
    CharSequence[] words = new CharSequence[MAX_SENTENCE];
    int len = Math.min(corpus.streamLength, maxTokens);
    int cap = 64;
    int[][] sentenceIds = new int[cap][];
    int[][] feats = new int[cap][];
    int[][] starts = new int[cap][];
    long[][] stems = new long[cap][];
    int[][] firstPass = new int[cap][];
    int[] sizes = new int[cap];
    int[] extra = new int[MAX_SENTENCE * DocumentContext.MAX_FEATURES];
    int[] extraStart = new int[MAX_SENTENCE + 1];
    int[] labels = new int[MAX_SENTENCE];
    int[] ids = new int[MAX_SENTENCE];
    int article = 0;
    int i = 0;
    while (i < len) {
      while (article < corpus.articles && corpus.articleStarts[article] <= i) {
        article++;
      }
      int end = Math.min(len, article < corpus.articles ? corpus.articleStarts[article] : len);
      // First pass over the sentences of stream[i, end)
      int m = 0;
      int n = 0;
      for (int j = i; j <= end; j++) {
        int id = j < end ? corpus.stream[j] : -1;
        if (id >= 0) {
          ids[n] = id;
          words[n++] = corpus.words.get(id);
        }
        boolean stop = id < 0 || n == MAX_SENTENCE || isSentenceEnd(corpus.words.get(id));
        if (stop && n > 0) {
          if (m == cap) {
            cap *= 2;
            sentenceIds = Arrays.copyOf(sentenceIds, cap);
            feats = Arrays.copyOf(feats, cap);
            starts = Arrays.copyOf(starts, cap);
            stems = Arrays.copyOf(stems, cap);
            firstPass = Arrays.copyOf(firstPass, cap);
            sizes = Arrays.copyOf(sizes, cap);
          }
          extractor.extract(words, n, scratch);
          int[] st = new int[n + 1];
          for (int k = 0; k <= n; k++) {
            st[k] = scratch.from(k);
          }
          sizes[m] = n;
          sentenceIds[m] = Arrays.copyOf(ids, n);
          starts[m] = st;
          feats[m] = Arrays.copyOf(scratch.features(), st[n]);
          stems[m] = Arrays.copyOf(scratch.stems(), n);
          viterbi.emissions(weights1, feats[m], st, n);
          firstPass[m] = new int[n];
          viterbi.decode(transitions1, n, firstPass[m]);
          m++;
          n = 0;
        }
      }
      // Second pass, with what the first said about the article
      context.reset(stems, firstPass, sizes, m);
      for (int s = 0; s < m; s++) {
        n = sizes[s];
        context.features(s, extra, extraStart);
        int[] x = feats[s];
        int[] xs = starts[s];
        int[] combined = new int[xs[n] + extraStart[n]];
        int[] cs = new int[n + 1];
        int f = 0;
        for (int k = 0; k < n; k++) {
          cs[k] = f;
          int a = xs[k + 1] - xs[k];
          System.arraycopy(x, xs[k], combined, f, a);
          f += a;
          int b = extraStart[k + 1] - extraStart[k];
          System.arraycopy(extra, extraStart[k], combined, f, b);
          f += b;
        }
        cs[n] = f;
        viterbi.emissions(weights2, combined, cs, n);
        viterbi.decode(transitions2, n, labels);
        count(tally, sentenceIds[s], labels, n);
      }
      i = end;
    }
    tally.teachers++;
  }

  private static void count(Tally tally, int[] ids, int[] labels, int n) {
    for (int k = 0; k < n; k++) {
      tally.total[ids[k]]++;
      if (labels[k] != Labels.O) {
        int t = Labels.type(labels[k]).ordinal();
        tally.tagged[t][ids[k]]++;
        int position = Labels.isInside(labels[k]) ? 2
            : k + 1 < n && Labels.isInside(labels[k + 1]) ? 1 : 0;
        tally.positions[t][position][ids[k]]++;
      }
    }
  }

  /** The prior of the teachers counted in {@code tally}: the mean of their tagging rates. */
  LabelPrior build(ClusterLearner.Corpus corpus, Tally tally) {
    int teachers = Math.max(1, tally.teachers);
    Map<String, Integer> levels = new HashMap<>();
    int[] counts = new int[TYPES];
    for (int w = 0; w < tally.total.length; w++) {
      int occurrences = tally.total[w] / teachers;
      if (occurrences < recipe.minCount() || occurrences == 0) {
        continue;
      }
      boolean any = false;
      for (int t = 0; t < TYPES; t++) {
        counts[t] = tally.tagged[t][w];
        any |= counts[t] > 0;
      }
      if (any || recipe.confidence()) {
        // Summed over the teachers, counts / (total + teachers * shrink) is the mean rate.
        int packed = LabelPrior.pack(tally.total[w], counts,
            teachers * recipe.shrink(), recipe.fine(), recipe.confidence(), occurrences);
        if (recipe.position()) {
          for (int t = 0; t < TYPES; t++) {
            if (counts[t] > 0) {
              int best = 0;
              for (int q = 1; q < 3; q++) {
                if (tally.positions[t][q][w] > tally.positions[t][best][w]) {
                  best = q;
                }
              }
              packed |= (best + 1) << (20 + 2 * t);
            }
          }
        }
        levels.put(corpus.words.get(w), packed);
      }
    }
    return new LabelPrior(levels);
  }

  private static boolean isSentenceEnd(String w) {
    return w.length() == 1 && ".!?؟".indexOf(w.charAt(0)) >= 0;
  }
}
