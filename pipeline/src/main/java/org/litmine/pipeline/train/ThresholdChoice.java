package org.litmine.pipeline.train;

import java.util.List;

/**
 * The decision threshold of a model: the lowest on the grid at which the pairs the classifier adds to the rules' (on
 * cross-validated predictions, over every corpus of the model) reach the target precision with at least
 * {@link #MIN_PREDICTIONS} predictions behind the figure; the highest of the grid if none does.
 */
final class ThresholdChoice {

  static final double TARGET_PRECISION = 0.80;
  static final int MIN_PREDICTIONS = 10;

  private ThresholdChoice() {}

  static double choose(List<CrossValidation.Scored> scored, List<String> labels) {
    List<Double> grid = PrCurve.grid();
    for (double t : grid) {
      PrCurve.Point p = PrCurve.at(scored, labels, t, PrCurve.Mode.ADDITIONS, 0, e -> true);
      if (p.predicted() >= MIN_PREDICTIONS && p.precision() >= TARGET_PRECISION) {
        return t;
      }
    }
    return grid.get(grid.size() - 1);
  }
}
