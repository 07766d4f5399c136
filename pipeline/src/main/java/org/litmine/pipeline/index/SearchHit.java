package org.litmine.pipeline.index;

import java.util.List;

/**
 * One triple found by a search, with the evidence sentences that matched (best first).
 *
 * @param score the best score among its sentences
 */
public record SearchHit(String doc, String gene, String drug, String drugKind, String effect, boolean negated,
    double confidence, float score, List<Sentence> sentences) {

  /** A matching evidence sentence and where it stands. */
  public record Sentence(String text, String section, int page, boolean hedged) {}

  /** {@code gene · drug · effect}, with "not" for a negated triple and the class mark for a drug class. */
  public String label() {
    return gene + " · " + drug + ("class".equals(drugKind) ? " (class)" : "") + " · " + (negated ? "not " : "")
        + effect;
  }
}
