package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.litmine.pipeline.output.TripleRecord;

/**
 * Negated or hedged predictions, tallied by what the gold set says of each: {@code core} (for a hedged prediction a
 * hit; for a negated one a hit lost, since negated predictions never count), {@code optional}, or {@code none} (a
 * false positive if hedged). {@code precision} is core / (core + none).
 */
@JsonPropertyOrder({"predictions", "core", "optional", "none", "precision"})
public record Modality(int predictions, int core, int optional, int none, double precision) {

  static Modality of(TripleScorer scorer, Map<TripleKey, TripleRecord> predictions) {
    int core = 0;
    int optional = 0;
    int none = 0;
    for (TripleKey key : predictions.keySet()) {
      switch (scorer.match(key)) {
        case CORE -> core++;
        case OPTIONAL -> optional++;
        case NONE -> none++;
      }
    }
    return new Modality(predictions.size(), core, optional, none, Score.of(core, none, 0).precision());
  }

  /** The hedged ones among the scored (non-negated) predictions. */
  static Map<TripleKey, TripleRecord> hedged(TripleScorer scorer) {
    Map<TripleKey, TripleRecord> hedged = new java.util.TreeMap<>();
    scorer.predictions().forEach((k, t) -> {
      if (t.hedged()) {
        hedged.put(k, t);
      }
    });
    return hedged;
  }
}
