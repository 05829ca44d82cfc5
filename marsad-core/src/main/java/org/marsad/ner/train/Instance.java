package org.marsad.ner.train;

/**
 * A featurized training sentence: word {@code i} has features {@code features[start[i],
 * start[i + 1])} and gold label {@code gold[i]}; a perceptron update on it moves the weights by
 * {@code weight} (1 for labelled data, less for pseudo-labelled news sentences, {@link
 * SelfTraining}).
 */
record Instance(int[] features, int[] start, int[] gold, float weight) {
  Instance {
    if (!(weight > 0)) {
      throw new IllegalArgumentException("instance weight must be > 0, got " + weight);
    }
  }

  /** A labelled sentence of weight 1. */
  Instance(int[] features, int[] start, int[] gold) {
    this(features, start, gold, 1f);
  }

  int size() {
    return gold.length;
  }
}
