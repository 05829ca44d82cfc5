package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

class ViterbiTest {
  private static final int L = Labels.COUNT;
  private static final int B_PER = Labels.begin(EntityType.PER);
  private static final int I_PER = Labels.inside(EntityType.PER);
  private static final int B_LOC = Labels.begin(EntityType.LOC);

  /** Emissions from one feature per word: word i has feature bucket i. */
  private static int[] decode(float[][] emission, float[] transitions) {
    int n = emission.length;
    float[] weights = new float[n * L];
    int[] feats = new int[n];
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(emission[i], 0, weights, i * L, L);
      feats[i] = i;
      start[i + 1] = i + 1;
    }
    Viterbi v = new Viterbi();
    v.emissions(weights, feats, start, n);
    int[] out = new int[n];
    v.decode(transitions, n, out);
    return out;
  }

  private static float[] scores(int best, float value) {
    float[] s = new float[L];
    s[best] = value;
    return s;
  }

  @Test
  void picksTheBestLabelPerWordWithoutTransitions() {
    int[] out = decode(new float[][] {scores(B_PER, 1), scores(I_PER, 1), scores(Labels.O, 1)},
        new float[(L + 1) * L]);
    assertArrayEquals(new int[] {B_PER, I_PER, Labels.O}, out);
  }

  @Test
  void neverStartsASentenceWithAnInsideLabel() {
    float[] first = scores(I_PER, 5);
    first[B_PER] = 1;
    int[] out = decode(new float[][] {first}, new float[(L + 1) * L]);
    assertArrayEquals(new int[] {B_PER}, out);
  }

  @Test
  void neverContinuesAMentionOfAnotherType() {
    float[] second = scores(I_PER, 3);
    second[Labels.O] = 1;
    int[] out = decode(new float[][] {scores(B_LOC, 5), second}, new float[(L + 1) * L]);
    assertArrayEquals(new int[] {B_LOC, Labels.O}, out);
  }

  @Test
  void transitionsCanOverrideAWeakEmission() {
    float[] t = new float[(L + 1) * L];
    t[(B_PER + 1) * L + I_PER] = 4;
    float[] second = scores(Labels.O, 2);
    second[I_PER] = 0;
    int[] out = decode(new float[][] {scores(B_PER, 5), second}, t);
    assertArrayEquals(new int[] {B_PER, I_PER}, out);
  }
}
