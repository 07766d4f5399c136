package org.litmine.pipeline.train;

import java.util.List;
import java.util.Set;
import org.litmine.annotators.classify.PairFeatures;

/** The label of a model that the rules gave a pair, read from its {@code rule:} features, or null. */
final class RuleLabels {

  private static final Set<String> PREDICTIVE_EFFECTS = Set.of("resistance", "response", "sensitizes");

  private RuleLabels() {}

  static String of(PairExample e, List<String> labels) {
    for (String f : e.features()) {
      if (!f.startsWith(PairFeatures.RULE)) {
        continue;
      }
      String effect = f.substring(PairFeatures.RULE.length());
      if (labels.contains(effect) && !effect.equals(LabelMap.NONE)) {
        return effect;
      }
      if (PREDICTIVE_EFFECTS.contains(effect) && labels.contains("predictive")) {
        return "predictive";
      }
    }
    return null;
  }
}
