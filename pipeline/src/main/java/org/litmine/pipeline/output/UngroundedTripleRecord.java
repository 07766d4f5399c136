package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A line of {@code ungrounded_triples.jsonl}: a triple with at least one side a name that a trained tagger proposed
 * and no lexicon grounds ("Smad7", "compound 3b" where no lexicon lists them). Kept out of {@code triples.jsonl} and
 * {@code family_triples.jsonl}, whose genes and drugs are always identifiers. {@code geneKind} is {@code gene} (an
 * HGNC symbol), {@code family} (a family id) or {@code name} (the gene as written); {@code drugKind} is {@code drug},
 * {@code class} or {@code name}; otherwise as {@link TripleRecord}.
 */
@JsonPropertyOrder({"doc", "gene", "geneKind", "drug", "drugKind", "effect", "negated", "hedged", "confidence",
    "evidence"})
public record UngroundedTripleRecord(String doc, String gene, String geneKind, String drug, String drugKind,
    String effect, boolean negated, boolean hedged, double confidence, List<Evidence> evidence) {

  public UngroundedTripleRecord {
    evidence = List.copyOf(evidence);
  }
}
