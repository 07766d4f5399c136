package org.litmine.pipeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.litmine.pipeline.output.TripleRecord;

/**
 * Scores predicted triples against gold rows, following ANNOTATION.md: over distinct (gene, drug, effect) per
 * document; negated predictions are not hits; recall is over core rows; a prediction matching an optional row is
 * neither a hit nor a false positive. Named drugs and classes are scored apart, and together.
 */
public final class TripleScorer {

  /** The outcome for one slice (all, drug, class, or one effect). */
  public record Outcome(Score score, List<TripleKey> truePositives, List<TripleKey> falsePositives,
      List<TripleKey> falseNegatives) {}

  private final Map<TripleKey, GoldTriple> gold = new TreeMap<>();
  private final Map<TripleKey, TripleRecord> predicted = new TreeMap<>();

  public TripleScorer(List<GoldTriple> goldRows, List<TripleRecord> predictions, Map<String, String> docToGold) {
    for (GoldTriple row : goldRows) {
      gold.merge(row.key(), row, (a, b) -> a.core() ? a : b);
    }
    for (TripleRecord t : predictions) {
      String goldDoc = docToGold.get(t.doc());
      if (goldDoc != null && !t.negated()) {
        predicted.putIfAbsent(new TripleKey(goldDoc, t.gene(), t.drug(), t.effect()), t);
      }
    }
  }

  public Outcome all() {
    return slice(kind -> true, effect -> true);
  }

  public Outcome byKind(String drugKind) {
    return slice(drugKind::equals, effect -> true);
  }

  public Outcome byEffect(String effect) {
    return slice(kind -> true, effect::equals);
  }

  public Set<String> effects() {
    Set<String> effects = new TreeSet<>();
    gold.keySet().forEach(k -> effects.add(k.effect()));
    predicted.keySet().forEach(k -> effects.add(k.effect()));
    return effects;
  }

  private Outcome slice(Predicate<String> kind, Predicate<String> effect) {
    List<TripleKey> tp = new ArrayList<>();
    List<TripleKey> fp = new ArrayList<>();
    List<TripleKey> fn = new ArrayList<>();
    for (Map.Entry<TripleKey, TripleRecord> e : predicted.entrySet()) {
      if (!kind.test(e.getValue().drugKind()) || !effect.test(e.getKey().effect())) {
        continue;
      }
      GoldTriple row = gold.get(e.getKey());
      if (row == null) {
        fp.add(e.getKey());
      } else if (row.core()) {
        tp.add(e.getKey());
      }
    }
    for (Map.Entry<TripleKey, GoldTriple> e : gold.entrySet()) {
      GoldTriple row = e.getValue();
      if (row.core() && kind.test(row.drugKind()) && effect.test(e.getKey().effect())
          && !predicted.containsKey(e.getKey())) {
        fn.add(e.getKey());
      }
    }
    return new Outcome(Score.of(tp.size(), fp.size(), fn.size()), tp, fp, fn);
  }

  public TripleRecord prediction(TripleKey key) {
    return predicted.get(key);
  }

  public GoldTriple goldRow(TripleKey key) {
    return gold.get(key);
  }
}
