package org.litmine.pipeline.index;

import java.util.List;

/**
 * One triple found by a search, with the evidence sentences that matched (best first).
 *
 * @param score the best score among its sentences
 */
public record SearchHit(String doc, String gene, String geneKind, String drug, String drugKind, String effect, boolean negated,
    double confidence, float score, List<Sentence> sentences) {

  /** A matching evidence sentence and where it stands. */
  public record Sentence(String text, String section, int page, boolean hedged) {}

  /**
   * {@code gene · drug · effect}, with "not" for a negated triple and the family and class marks for a gene family
   * and a drug class.
   */
  public String label() {
    return gene + ("family".equals(geneKind) ? " (family)" : "") + " · " + drug + ("class".equals(drugKind) ? " (class)" : "") + " · " + (negated ? "not " : "")
        + effect;
  }
}
