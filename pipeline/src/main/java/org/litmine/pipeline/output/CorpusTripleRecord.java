package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A line of {@code triples_aggregated.jsonl}: one (gene or family, drug, drug kind, effect, negated) across the
 * corpus, with the documents that state it ({@code docs}, sorted), their number ({@code papers}), the number of
 * evidence sentences in all ({@code sentences}), the best confidence of any document, and {@code hedged} only if
 * every document hedges it.
 */
@JsonPropertyOrder({"gene", "geneKind", "drug", "drugKind", "effect", "negated", "hedged", "papers", "sentences",
    "confidence", "docs"})
public record CorpusTripleRecord(String gene, String geneKind, String drug, String drugKind, String effect,
    boolean negated, boolean hedged, int papers, int sentences, double confidence, List<String> docs) {

  public CorpusTripleRecord {
    docs = List.copyOf(docs);
  }
}
