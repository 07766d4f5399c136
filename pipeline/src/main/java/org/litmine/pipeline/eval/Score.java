package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** True positives, false positives and false negatives, with precision, recall and F1 (0 where undefined). */
@JsonPropertyOrder({"tp", "fp", "fn", "precision", "recall", "f1"})
public record Score(int tp, int fp, int fn, double precision, double recall, double f1) {

  public static Score of(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(tp, fp, fn, round(p), round(r), round(f));
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
