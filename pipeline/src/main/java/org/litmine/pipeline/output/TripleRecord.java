package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A line of {@code triples.jsonl}: one distinct triple of one document with all its evidence. */
@JsonPropertyOrder({"doc", "gene", "drug", "drugKind", "effect", "negated", "hedged", "confidence", "evidence"})
public record TripleRecord(String doc, String gene, String drug, String drugKind, String effect, boolean negated,
    boolean hedged, double confidence, List<Evidence> evidence) {

  public TripleRecord {
    evidence = List.copyOf(evidence);
  }
}
