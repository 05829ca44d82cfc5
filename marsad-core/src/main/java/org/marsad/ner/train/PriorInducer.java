package org.marsad.ner.train;

import java.util.HashMap;
import java.util.Map;
import org.marsad.model.EntityType;
import org.marsad.ner.FeatureExtractor;
import org.marsad.ner.LabelPrior;
import org.marsad.ner.Labels;
import org.marsad.ner.Viterbi;

/**
 * Builds a {@link LabelPrior} by tagging an unlabeled corpus with a first-stage model and
 * counting, per word type, how often it was tagged with each entity type. Single-threaded.
 */
final class PriorInducer {
  /** Longest sentence tagged; longer runs of words are cut into pieces of this length. */
  static final int MAX_SENTENCE = 80;

  /** Sees every corpus sentence the teacher tags (used to pick pseudo-labelled sentences). */
  interface SentenceObserver {
    /**
     * @param ids corpus word ids of the {@code n} words
     * @param cut whether the sentence was cut at {@link #MAX_SENTENCE} words instead of ending
     *     at a sentence mark or the end of the tagged text
     * @param labels the teacher's Viterbi labels
     * @param features the teacher's features of the sentence
     * @param emission the teacher's emission scores, {@code emission[i * Labels.COUNT + y]}
     */
    void sentence(int[] ids, int n, boolean cut, int[] labels, FeatureExtractor.Scratch features,
        float[] emission);
  }

  private final int minCount;
  private final int maxTokens;

  /**
   * @param minCount occurrences a word needs for a prior
   * @param maxTokens corpus tokens to tag (the first ones), bounding training time
   */
  PriorInducer(int minCount, int maxTokens) {
    this.minCount = minCount;
    this.maxTokens = maxTokens;
  }

  LabelPrior induce(ClusterLearner.Corpus corpus, FeatureExtractor extractor, float[] weights,
      float[] transitions) {
    return induce(corpus, extractor, weights, transitions, null);
  }

  /** As {@link #induce(ClusterLearner.Corpus, FeatureExtractor, float[], float[])}, showing
   * each tagged sentence to {@code observer} (if not null). */
  LabelPrior induce(ClusterLearner.Corpus corpus, FeatureExtractor extractor, float[] weights,
      float[] transitions, SentenceObserver observer) {
    int vocab = corpus.size();
    int[] total = new int[vocab];
    int[][] tagged = new int[EntityType.values().length][vocab];
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
          observer.sentence(ids, n, id >= 0 && n == MAX_SENTENCE
              && !isSentenceEnd(corpus.words.get(id)), labels, scratch, viterbi.emission());
        }
        for (int k = 0; k < n; k++) {
          total[ids[k]]++;
          if (labels[k] != Labels.O) {
            tagged[Labels.type(labels[k]).ordinal()][ids[k]]++;
          }
        }
        n = 0;
      }
    }
    Map<String, Integer> levels = new HashMap<>();
    int[] counts = new int[tagged.length];
    for (int w = 0; w < vocab; w++) {
      if (total[w] < minCount) {
        continue;
      }
      boolean any = false;
      for (int t = 0; t < counts.length; t++) {
        counts[t] = tagged[t][w];
        any |= counts[t] > 0;
      }
      if (any) {
        levels.put(corpus.words.get(w), LabelPrior.pack(total[w], counts));
      }
    }
    return new LabelPrior(levels);
  }

  private static boolean isSentenceEnd(String w) {
    return w.length() == 1 && ".!?؟".indexOf(w.charAt(0)) >= 0;
  }
}
