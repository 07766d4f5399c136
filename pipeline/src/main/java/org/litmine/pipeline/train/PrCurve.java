package org.litmine.pipeline.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litmine.annotators.classify.LinearModel;
import java.util.function.Predicate;

/**
 * Precision and recall of cross-validated predictions, for the rules alone, the classifier alone and both together
 * (the rules' effect where a rule matched the pair, else the classifier's above the threshold). Recall counts every
 * labelled positive pair, also those whose mentions the pipeline did not both recognize ({@code missedPositives}).
 */
final class PrCurve {

  /** One point: predictions made, right, and the positives there were. */
  record Point(double threshold, int predicted, int correct, int positives) {

    double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    double recall() {
      return positives == 0 ? 0 : (double) correct / positives;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row(String name) {
      return String.format(Locale.ROOT, "| %s | %.2f | %d | %d | %d | %.3f | %.3f | %.3f |", name, threshold, predicted,
          correct, positives, precision(), recall(), f1());
    }
  }

  enum Mode { RULES, CLASSIFIER, BOTH, ADDITIONS }

  private PrCurve() {}

  static Point at(List<CrossValidation.Scored> scored, List<String> labels, double threshold, Mode mode,
      int missedPositives, Predicate<PairExample> subset) {
    int predicted = 0;
    int correct = 0;
    int positives = missedPositives;
    for (CrossValidation.Scored s : scored) {
      PairExample e = s.example();
      if (!subset.test(e)) {
        continue;
      }
      if (e.positive()) {
        positives++;
      }
      String prediction = prediction(s, labels, threshold, mode);
      if (prediction != null) {
        predicted++;
        if (prediction.equals(e.label())) {
          correct++;
        }
      }
    }
    return new Point(threshold, predicted, correct, positives);
  }

  /** The label predicted for a pair in a mode, or null. */
  static String prediction(CrossValidation.Scored s, List<String> labels, double threshold, Mode mode) {
    boolean fired = s.example().ruleFired();
    switch (mode) {
      case RULES:
        return RuleLabels.of(s.example(), labels);
      case BOTH:
        if (fired) {
          return RuleLabels.of(s.example(), labels);
        }
        break;
      case ADDITIONS:
        if (fired) {
          return null;
        }
        break;
      default:
        break;
    }
    double[] p = s.probabilities();
    int best = LinearModel.bestRelation(p);
    return p[best] >= threshold ? labels.get(best) : null;
  }

  /** Thresholds from 0.05 to 0.95 in steps of 0.05. */
  static List<Double> grid() {
    List<Double> grid = new ArrayList<>();
    for (int i = 1; i <= 19; i++) {
      grid.add(i / 20.0);
    }
    return grid;
  }
}
