package org.marsad.ner.train;

/**
 * A featurized training sentence: word {@code i} has features {@code features[start[i],
 * start[i + 1])} and gold label {@code gold[i]}.
 */
record Instance(int[] features, int[] start, int[] gold) {
  int size() {
    return gold.length;
  }
}
