package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A line of {@code family_triples.jsonl}: a triple whose gene side is a gene family ("COX inhibitors", "the 5-HT3
 * receptor antagonist ondansetron"), named by its family id. Kept out of {@code triples.jsonl}, whose {@code gene} is
 * always an HGNC symbol; otherwise as {@link TripleRecord}, with the family's mention as written in each evidence's
 * {@code geneText}.
 */
@JsonPropertyOrder({"doc", "family", "drug", "drugKind", "effect", "negated", "hedged", "confidence", "evidence"})
public record FamilyTripleRecord(String doc, String family, String drug, String drugKind, String effect,
    boolean negated, boolean hedged, double confidence, List<Evidence> evidence) {

  public FamilyTripleRecord {
    evidence = List.copyOf(evidence);
  }
}
