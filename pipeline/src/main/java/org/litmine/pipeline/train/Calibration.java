package org.litmine.pipeline.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litmine.annotators.classify.LinearModel;

/** A reliability table of cross-validated probabilities, in five bins of 0.2. */
final class Calibration {

  private static final int BINS = 5;

  private Calibration() {}

  static List<String> rows(List<CrossValidation.Scored> scored, List<String> labels) {
    int[] count = new int[BINS];
    double[] sum = new double[BINS];
    int[] right = new int[BINS];
    for (CrossValidation.Scored s : scored) {
      double[] p = s.probabilities();
      int best = LinearModel.bestRelation(p);
      int bin = Math.min(BINS - 1, (int) (p[best] * BINS));
      count[bin]++;
      sum[bin] += p[best];
      if (labels.get(best).equals(s.example().label())) {
        right[bin]++;
      }
    }
    List<String> rows = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      rows.add(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %s | %s |", b / (double) BINS, (b + 1) / (double) BINS,
          count[b], count[b] == 0 ? "–" : String.format(Locale.ROOT, "%.3f", sum[b] / count[b]),
          count[b] == 0 ? "–" : String.format(Locale.ROOT, "%.3f", right[b] / (double) count[b])));
    }
    return rows;
  }
}
