package org.litmine.pipeline.trial;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A line of {@code trials.jsonl}: one trial arm (ANNOTATION.md section 2). */
@JsonPropertyOrder({"doc", "arm", "drug", "combination", "cancerType", "phase", "participants", "trialId", "ref",
    "status", "results", "source"})
public record TrialRecord(String doc, String arm, String drug, List<String> combination, String cancerType,
    String phase, Integer participants, String trialId, Integer ref, String status, List<TrialResult> results,
    String source) {

  public TrialRecord {
    combination = List.copyOf(combination);
    results = List.copyOf(results);
  }
}
