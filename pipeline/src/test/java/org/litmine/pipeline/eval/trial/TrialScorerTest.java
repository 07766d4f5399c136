package org.litmine.pipeline.eval.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litmine.pipeline.trial.TrialRecord;
import org.litmine.pipeline.trial.TrialResult;

/** Matching, field accuracy and result precision/recall of the trial scorer. */
class TrialScorerTest {

  private static TrialRecord record(String doc, String drug, String phase, Integer n, String id, Integer ref,
      List<TrialResult> results) {
    return new TrialRecord(doc, null, drug, List.of("cisplatin"), "Lung cancer", phase, n, id, ref, null, results,
        "table");
  }

  private static final TrialResult PR = new TrialResult("PR", 16.0, "%", null, null, null);
  private static final TrialResult PFS = new TrialResult("PFS", 1.94, "months", 1.45, 2.1, null);

  @Test
  void matchedFieldsAndResultsAreScored() {
    List<TrialRecord> gold = List.of(
        record("g", "ganitumab", "2", 38, "NCT00000001", 1, List.of(PR, PFS)),
        record("g", "linsitinib", "3", 139, null, 2, List.of()));
    List<TrialRecord> predicted = List.of(
        record("run", "linsitinib", "3", 140, null, 2, List.of()),
        record("run", "ganitumab", "2", 38, "NCT00000001", 1,
            List.of(PR, new TrialResult("PFS", 1.94, "months", null, null, null))),
        record("run", "figitumumab", "1", 16, null, null, List.of(PR)),
        record("elsewhere", "figitumumab", "1", 16, null, null, List.of(PR)));
    TrialScorer scorer = new TrialScorer(gold, predicted, Map.of("run", "g"));
    TrialScorer.Metrics m = scorer.metrics();
    assertEquals(2, m.goldRecords());
    assertEquals(3, m.predictedRecords());
    assertEquals(2, m.records().tp());
    assertEquals(1, m.records().fp());
    assertEquals(0.5, m.byField().get("participants"));
    assertEquals(1.0, m.byField().get("drug"));
    assertEquals(11 / 12.0, m.fields(), 0.001);
    assertEquals(1, m.results().tp());
    assertEquals(2, m.results().fp());
    assertEquals(1, m.results().fn());
  }

  @Test
  void unmatchedGoldGetsEveryFieldWrongAndTheReportSaysSo() {
    TrialScorer scorer = new TrialScorer(List.of(record("g", "ganitumab", "2", 38, null, 1, List.of(PR))),
        List.of(), Map.of("run", "g"));
    assertEquals(0.0, scorer.metrics().fields());
    assertEquals(1, scorer.metrics().results().fn());
    assertTrue(TrialReport.markdown(scorer).contains("missed record: ganitumab"));
  }
}
