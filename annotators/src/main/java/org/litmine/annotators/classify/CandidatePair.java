package org.litmine.annotators.classify;

import org.litmine.annotators.ner.BioMention;

/**
 * A gene (or gene family) mention and a drug (or chemical, or drug class) mention of one sentence, the unit the pair
 * classifier scores. The two never overlap.
 */
public record CandidatePair(BioMention gene, BioMention drug) {

  /** The pairs of a sentence's mentions, in token order of the gene, then of the drug. */
  public static java.util.List<CandidatePair> of(java.util.List<BioMention> mentions) {
    java.util.List<CandidatePair> pairs = new java.util.ArrayList<>();
    if (mentions == null) {
      return pairs;
    }
    for (BioMention gene : mentions) {
      if (!SlotKinds.fillsGeneSlot(gene)) {
        continue;
      }
      for (BioMention drug : mentions) {
        if (SlotKinds.fillsDrugSlot(drug) && !overlap(gene, drug)) {
          pairs.add(new CandidatePair(gene, drug));
        }
      }
    }
    return pairs;
  }

  private static boolean overlap(BioMention a, BioMention b) {
    return a.tokenBegin() < b.tokenEnd() && b.tokenBegin() < a.tokenEnd();
  }
}
