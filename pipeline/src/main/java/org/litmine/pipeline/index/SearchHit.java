package org.litmine.pipeline.index;

import java.util.List;

/**
 * One triple found by a search, gathered across papers: (gene, drug, effect, negated) with the number of papers and
 * of evidence sentences that matched, its best confidence in any paper, and the matching sentences (best first).
 *
 * @param score the best score among its sentences
 */
public record SearchHit(String gene, String geneKind, String drug, String drugKind, String effect, boolean negated,
    int papers, int sentenceCount, double confidence, float score, List<Sentence> sentences) {

  /** A matching evidence sentence, its paper and where it stands there. */
  public record Sentence(String doc, String text, String section, int page, boolean hedged) {}

  /**
   * {@code gene · drug · effect}, with "not" for a negated triple and the family and class marks for a gene family
   * and a drug class.
   */
  public String label() {
    return gene + ("family".equals(geneKind) ? " (family)" : "") + " · " + drug + ("class".equals(drugKind) ? " (class)" : "") + " · " + (negated ? "not " : "")
        + effect;
  }
}
