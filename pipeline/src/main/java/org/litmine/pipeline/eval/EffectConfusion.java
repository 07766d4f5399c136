package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A confusion matrix of effects over the gold (gene, drug) pairs that the run found with some effect. For each such
 * pair and each effect of its core gold rows: when the run predicted that effect too, the cell (gold, gold) counts
 * one; and each effect the run predicted for the pair that no gold row of it has (core or optional) counts one in
 * (gold, predicted). Pairs with only optional rows, and pairs the run missed, are left out.
 */
public final class EffectConfusion {

  /** {@code counts.get(goldEffect).get(predictedEffect)}; {@code effects} orders both axes. */
  @JsonPropertyOrder({"effects", "pairs", "counts"})
  public record Matrix(List<String> effects, int pairs, Map<String, Map<String, Integer>> counts) {

    public int count(String gold, String predicted) {
      return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }
  }

  private EffectConfusion() {}

  public static Matrix of(TripleScorer scorer) {
    Map<TripleKey, Set<String>> core = new TreeMap<>();
    Map<TripleKey, Set<String>> anyGold = new TreeMap<>();
    scorer.gold().forEach((k, row) -> {
      anyGold.computeIfAbsent(k.pair(), p -> new TreeSet<>()).add(k.effect());
      if (row.core()) {
        core.computeIfAbsent(k.pair(), p -> new TreeSet<>()).add(k.effect());
      }
    });
    Map<TripleKey, Set<String>> predicted = new TreeMap<>();
    scorer.predictions().keySet().forEach(k -> predicted.computeIfAbsent(k.pair(), p -> new TreeSet<>())
        .add(k.effect()));
    Set<String> effects = new TreeSet<>(scorer.effects());
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    int pairs = 0;
    for (Map.Entry<TripleKey, Set<String>> e : core.entrySet()) {
      Set<String> said = predicted.get(e.getKey());
      if (said == null) {
        continue;
      }
      pairs++;
      for (String gold : e.getValue()) {
        if (said.contains(gold)) {
          add(counts, gold, gold);
        }
        said.stream().filter(p -> !anyGold.get(e.getKey()).contains(p)).forEach(p -> add(counts, gold, p));
      }
    }
    return new Matrix(List.copyOf(effects), pairs, counts);
  }

  private static void add(Map<String, Map<String, Integer>> counts, String gold, String predicted) {
    counts.computeIfAbsent(gold, g -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
  }
}
