package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A run compared with a baseline run on the same gold set: the true and false positives gained and lost (by strict
 * triple), and the change of every score.
 */
@JsonPropertyOrder({"baseline", "tpGained", "tpLost", "fpGained", "fpLost", "changes"})
public record Comparison(String baseline, List<TripleKey> tpGained, List<TripleKey> tpLost,
    List<TripleKey> fpGained, List<TripleKey> fpLost, Map<String, Change> changes) {

  /** One score in the baseline and in the run, and the run's minus the baseline's precision, recall and F1. */
  @JsonPropertyOrder({"baseline", "run", "precision", "recall", "f1"})
  public record Change(Score baseline, Score run, double precision, double recall, double f1) {

    static Change of(Score before, Score after) {
      return new Change(before, after, round(after.precision() - before.precision()),
          round(after.recall() - before.recall()), round(after.f1() - before.f1()));
    }

    private static double round(double x) {
      return Math.round(x * 1000) / 1000.0;
    }
  }

  public static Comparison of(Metrics run, TripleScorer runScorer, Metrics baseline, TripleScorer baseScorer) {
    TripleScorer.Outcome now = runScorer.all();
    TripleScorer.Outcome before = baseScorer.all();
    Map<String, Change> changes = new LinkedHashMap<>();
    changes.put("triples", Change.of(baseline.triples(), run.triples()));
    changes.put("relaxed", Change.of(baseline.relaxed(), run.relaxed()));
    changes.put("drug", Change.of(baseline.drug(), run.drug()));
    changes.put("class", Change.of(baseline.drugClass(), run.drugClass()));
    Set<String> effects = new TreeSet<>(run.byEffect().keySet());
    effects.addAll(baseline.byEffect().keySet());
    for (String effect : effects) {
      changes.put("effect " + effect, Change.of(baseline.byEffect().getOrDefault(effect, Score.of(0, 0, 0)),
          run.byEffect().getOrDefault(effect, Score.of(0, 0, 0))));
    }
    if (run.entities().available() && baseline.entities().available()) {
      changes.put("entities", Change.of(baseline.entities().all(), run.entities().all()));
    }
    if (run.trials() != null && baseline.trials() != null) {
      changes.put("trial records", Change.of(baseline.trials().records(), run.trials().records()));
      changes.put("trial results", Change.of(baseline.trials().results(), run.trials().results()));
    }
    return new Comparison(baseline.run(), minus(now.truePositives(), before.truePositives()),
        minus(before.truePositives(), now.truePositives()), minus(now.falsePositives(), before.falsePositives()),
        minus(before.falsePositives(), now.falsePositives()), changes);
  }

  private static List<TripleKey> minus(List<TripleKey> a, List<TripleKey> b) {
    Set<TripleKey> out = new TreeSet<>(a);
    b.forEach(out::remove);
    return List.copyOf(out);
  }
}
