package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A line of the gold set's or a run's {@code entities.jsonl}: one distinct entity of a document and the spellings
 * it was written in. The gold set's rows carry {@code tier} ({@code core} or {@code optional}); a run's rows carry
 * {@code mentions}. {@code kind} is {@code gene}, {@code drug}, {@code class} or {@code cancer} (or another kind a
 * run adds, which is not scored).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntityRow(String doc, String kind, String id, List<String> surfaces, String tier, Integer mentions) {

  public EntityRow {
    surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
  }

  public boolean core() {
    return !"optional".equals(tier);
  }
}
