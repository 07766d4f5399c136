package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A line of {@code entities.jsonl}: one entity a document mentions, with the spellings it was written in and how
 * many times. {@code kind} is {@code gene}, {@code drug}, {@code chemical}, {@code class}, {@code family} or
 * {@code cancer}. {@code id} is null for a name a trained tagger proposed that no lexicon grounds.
 */
@JsonPropertyOrder({"doc", "kind", "id", "surfaces", "mentions"})
public record EntityRecord(String doc, String kind, String id, List<String> surfaces, int mentions) {

  public EntityRecord {
    surfaces = List.copyOf(surfaces);
  }
}
