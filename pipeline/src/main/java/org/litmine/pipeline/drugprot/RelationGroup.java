package org.litmine.pipeline.drugprot;

import java.util.Set;

/**
 * A litmine effect scored against a group of DrugProt relations. A predicted pair matching a gold pair of one of
 * the {@code positive} relations is a true positive; matching a pair whose only relations are {@code neutral}
 * (DIRECT-REGULATOR, which DrugProt uses where the direction is not stated; AGONIST-INHIBITOR) counts neither way;
 * matching any other gold relation, or no gold pair, is a false positive.
 */
public enum RelationGroup {
  INHIBITS("inhibits", Set.of("INHIBITOR", "ANTAGONIST")),
  REDUCES("reduces", Set.of("INDIRECT-DOWNREGULATOR")),
  INDUCES("induces", Set.of("INDIRECT-UPREGULATOR", "ACTIVATOR", "AGONIST", "AGONIST-ACTIVATOR"));

  static final Set<String> NEUTRAL = Set.of("DIRECT-REGULATOR", "AGONIST-INHIBITOR");

  private final String effect;
  private final Set<String> positive;

  RelationGroup(String effect, Set<String> positive) {
    this.effect = effect;
    this.positive = positive;
  }

  public String effect() {
    return effect;
  }

  public Set<String> positive() {
    return positive;
  }

  boolean isPositive(Set<String> relations) {
    return relations.stream().anyMatch(positive::contains);
  }

  boolean isNeutral(Set<String> relations) {
    return relations.stream().anyMatch(NEUTRAL::contains);
  }
}
