package org.marsad.ner.eval;

import java.util.List;

/**
 * One sentence of a CoNLL file: words and their labels coded by {@link org.marsad.ner.Labels}.
 *
 * @param firstLine the 1-based line number of the first word, for messages
 */
public record ConllSentence(List<String> words, int[] labels, int firstLine) {
  public ConllSentence {
    words = List.copyOf(words);
    labels = labels.clone();
    if (words.size() != labels.length) {
      throw new IllegalArgumentException("words and labels differ in length");
    }
  }

  public int size() {
    return words.size();
  }

  public int label(int i) {
    return labels[i];
  }

  /** A copy of the labels. */
  @Override
  public int[] labels() {
    return labels.clone();
  }
}
