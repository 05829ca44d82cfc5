package org.marsad.ner.eval;

import java.util.Locale;

/** Entity-level exact-match counts with precision, recall and F1 (0 when undefined). */
public record Counts(long tp, long fp, long fn) {
  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** {@code {"precision":..,"recall":..,"f1":..,"tp":..,"fp":..,"fn":..}}. */
  public String toJson() {
    return String.format(Locale.ROOT,
        "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"tp\": %d, \"fp\": %d, \"fn\": %d}",
        precision(), recall(), f1(), tp, fp, fn);
  }
}
