package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.litmine.pipeline.output.TripleRecord;

/**
 * The precision–recall curve over the triples' {@code confidence}: one point per distinct confidence of the scored
 * predictions, from the highest down, each scoring only the predictions at or above it (recall stays over every core
 * gold row). The last point is the unthresholded score.
 */
public final class ConfidenceCurve {

  /** One threshold and the score of the predictions at or above it. */
  @JsonPropertyOrder({"threshold", "predictions", "score"})
  public record Point(double threshold, int predictions, Score score) {}

  private ConfidenceCurve() {}

  public static List<Point> of(TripleScorer scorer) {
    TreeSet<Double> thresholds = new TreeSet<>();
    for (TripleRecord t : scorer.predictions().values()) {
      thresholds.add(t.confidence());
    }
    List<Point> points = new ArrayList<>();
    for (double threshold : thresholds.descendingSet()) {
      int n = (int) scorer.predictions().values().stream().filter(t -> t.confidence() >= threshold).count();
      points.add(new Point(threshold, n, scorer.atConfidence(threshold).score()));
    }
    return points;
  }
}
