package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A row of {@code gold/triples.jsonl}. {@code tier} is {@code core} or {@code optional}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldTriple(String doc, String gene, String drug, String drugKind, String effect, String tier,
    String section, String sentence, String note) {

  public boolean core() {
    return "core".equals(tier);
  }

  public TripleKey key() {
    return new TripleKey(doc, gene, drug, effect);
  }
}
