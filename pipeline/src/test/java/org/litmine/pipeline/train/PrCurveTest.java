package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrCurveTest {

  private static final List<String> LABELS = List.of("none", "inhibits", "induces");

  private static CrossValidation.Scored scored(String label, String rule, double... p) {
    return new CrossValidation.Scored(new PairExample("c", "g", "pharmacology", label, List.of("bias", "rule:" + rule)),
        p);
  }

  private static final List<CrossValidation.Scored> SCORED = List.of(
      scored("inhibits", "inhibits", 0.1, 0.8, 0.1), // rule right, classifier right
      scored("inhibits", "none", 0.3, 0.6, 0.1), // classifier right above 0.5 only
      scored("none", "none", 0.2, 0.1, 0.7), // classifier wrong
      scored("induces", "inhibits", 0.5, 0.3, 0.2), // rule wrong, classifier silent
      scored("none", "none", 0.9, 0.05, 0.05));

  @Test
  void eachModeCountsItsOwnPredictions() {
    PrCurve.Point rules = PrCurve.at(SCORED, LABELS, 0.5, PrCurve.Mode.RULES, 0, e -> true);
    assertEquals(List.of(2, 1, 3), List.of(rules.predicted(), rules.correct(), rules.positives()));
    PrCurve.Point classifier = PrCurve.at(SCORED, LABELS, 0.5, PrCurve.Mode.CLASSIFIER, 0, e -> true);
    assertEquals(List.of(3, 2), List.of(classifier.predicted(), classifier.correct()));
    PrCurve.Point both = PrCurve.at(SCORED, LABELS, 0.5, PrCurve.Mode.BOTH, 0, e -> true);
    assertEquals(List.of(4, 2), List.of(both.predicted(), both.correct()));
    PrCurve.Point additions = PrCurve.at(SCORED, LABELS, 0.5, PrCurve.Mode.ADDITIONS, 0, e -> true);
    assertEquals(List.of(2, 1), List.of(additions.predicted(), additions.correct()));
  }

  @Test
  void missedPositivesCountAgainstRecall() {
    PrCurve.Point p = PrCurve.at(SCORED, LABELS, 0.5, PrCurve.Mode.BOTH, 3, e -> true);
    assertEquals(6, p.positives());
    assertEquals(2 / 6.0, p.recall(), 1e-12);
  }

  @Test
  void theThresholdIsTheLowestWhereAdditionsReachTheTargetPrecision() {
    List<CrossValidation.Scored> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // right with probability 0.9, wrong with 0.55: only thresholds above 0.55 are precise enough
      many.add(scored("inhibits", "none", 0.05, 0.9, 0.05));
      many.add(scored("none", "none", 0.4, 0.55, 0.05));
    }
    assertEquals(0.6, ThresholdChoice.choose(many, LABELS), 1e-9);
  }
}
