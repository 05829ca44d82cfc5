package org.marsad.ner.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.marsad.ner.eval.ConllSentence;

/**
 * Whole news articles set aside for the document-level second stage: pseudo-labelled news with
 * real document context. Articles lying wholly in the tagged part of the corpus are drawn in an
 * order given by the seed until they hold {@code sentences} sentences (articles of fewer than
 * {@link #MIN_SENTENCES} sentences are passed over: they give the document features nothing to
 * count). Their sentences are cut as the prior's teachers cut them ({@link PriorInducer#tag}:
 * at a sentence mark, a paragraph break or {@link PriorInducer#MAX_SENTENCE} words). Self-training
 * of the first stage never picks a sentence from these articles ({@link #reserved}), so the first
 * stage's labels on them are those of a model that did not train on them, as on new text.
 */
final class NewsDocuments {
  /** Fewest sentences of an article drawn. */
  static final int MIN_SENTENCES = 3;
  /** Seed offset of the article order (apart from self-training's sentence order). */
  static final long SEED_STEP = 2_000_029;

  private final List<String[]> sentences = new ArrayList<>();
  /** Index of the first sentence of each chosen article, then the sentence count. */
  private final int[] articleFirst;
  /** Stream ranges {@code [start, end)} of the chosen articles, ascending. */
  private final int[] starts;
  private final int[] ends;

  private NewsDocuments(ClusterLearner.Corpus corpus, int[] chosenStarts, int[] chosenEnds) {
    starts = chosenStarts;
    ends = chosenEnds;
    articleFirst = new int[starts.length + 1];
    for (int a = 0; a < starts.length; a++) {
      articleFirst[a] = sentences.size();
      sentences.addAll(split(corpus, starts[a], ends[a]));
    }
    articleFirst[starts.length] = sentences.size();
  }

  /**
   * Draws articles of the first {@code maxTokens} corpus tokens until they hold at least {@code
   * sentences} sentences (or the articles run out).
   */
  static NewsDocuments choose(ClusterLearner.Corpus corpus, int maxTokens, int sentences,
      long seed) {
    int len = Math.min(corpus.streamLength, maxTokens);
    List<int[]> candidates = new ArrayList<>(); // {start, end, index}
    for (int a = 0; a < corpus.articles; a++) {
      int start = corpus.articleStarts[a];
      int end = a + 1 < corpus.articles ? corpus.articleStarts[a + 1] : corpus.streamLength;
      if (end <= len && end > start) {
        candidates.add(new int[] {start, end, a});
      }
    }
    long s = seed + SEED_STEP;
    candidates.sort(Comparator.comparingDouble((int[] c) -> SelfTraining.mix(s, c[2]))
        .thenComparingInt(c -> c[2]));
    List<int[]> chosen = new ArrayList<>();
    int total = 0;
    for (int[] c : candidates) {
      if (total >= sentences) {
        break;
      }
      int count = split(corpus, c[0], c[1]).size();
      if (count >= MIN_SENTENCES) {
        chosen.add(c);
        total += count;
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c[0]));
    int[] st = new int[chosen.size()];
    int[] en = new int[chosen.size()];
    for (int i = 0; i < st.length; i++) {
      st[i] = chosen.get(i)[0];
      en[i] = chosen.get(i)[1];
    }
    return new NewsDocuments(corpus, st, en);
  }

  /** The sentences of stream {@code [start, end)}, cut as {@link PriorInducer#tag} cuts them. */
  private static List<String[]> split(ClusterLearner.Corpus corpus, int start, int end) {
    List<String[]> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (int i = start; i <= end; i++) {
      int id = i < end ? corpus.stream[i] : -1;
      String w = id >= 0 ? corpus.words.get(id) : null;
      if (w != null) {
        words.add(w);
      }
      boolean stop = w == null || words.size() == PriorInducer.MAX_SENTENCE
          || w.length() == 1 && ".!?؟".indexOf(w.charAt(0)) >= 0;
      if (stop && !words.isEmpty()) {
        out.add(words.toArray(new String[0]));
        words.clear();
      }
    }
    return out;
  }

  /** Whether stream position {@code position} lies in a chosen article. */
  boolean reserved(int position) {
    int a = Arrays.binarySearch(starts, position);
    if (a < 0) {
      a = -a - 2;
    }
    return a >= 0 && position < ends[a];
  }

  int articles() {
    return starts.length;
  }

  int size() {
    return sentences.size();
  }

  /** Sentences {@code [first(a), first(a + 1))} belong to article {@code a}. */
  int first(int a) {
    return articleFirst[a];
  }

  String[] words(int s) {
    return sentences.get(s);
  }

  /** Every sentence, labelled O (for featurization). */
  List<ConllSentence> unlabelled() {
    List<ConllSentence> out = new ArrayList<>(sentences.size());
    for (String[] w : sentences) {
      out.add(new ConllSentence(List.of(w), new int[w.length], 0));
    }
    return out;
  }

  /** The sentences of article {@code a} with {@code labels} (indexed over all sentences). */
  List<ConllSentence> article(int a, int[][] labels) {
    List<ConllSentence> out = new ArrayList<>();
    for (int s = articleFirst[a]; s < articleFirst[a + 1]; s++) {
      out.add(new ConllSentence(List.of(sentences.get(s)), labels[s], 0));
    }
    return out;
  }
}
