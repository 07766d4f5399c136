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

  private static TrialRecord arm(String doc, String label, String drug, List<TrialResult> results) {
    return new TrialRecord(doc, label, drug, List.of(), null, "3", null, null, null, null, results, "text");
  }

  private static TrialResult of(String metric, double value, Double low, Double high, String armLabel,
      String versus) {
    return new TrialResult(metric, value, metric.equals("HR") ? null : "months", low, high, armLabel,
        low == null ? null : 95.0, null, null, metric.equals("HR") ? "PFS" : null, versus, null);
  }

  @Test
  void armsOfOneDrugAreMatchedByTheLabelThatNamesThemInFewerWords() {
    List<TrialRecord> gold = List.of(
        arm("g", "lenvatinib 24 mg", "lenvatinib", List.of(of("PFS", 30.1, null, null, "lenvatinib 24 mg", null))),
        arm("g", "lenvatinib 18 mg", "lenvatinib", List.of(of("PFS", 24.4, null, null, "lenvatinib 18 mg", null))));
    List<TrialRecord> predicted = List.of(
        arm("run", "18 mg", "lenvatinib", List.of(of("PFS", 24.4, null, null, "18 mg", null))),
        arm("run", "the 24 mg arm", "lenvatinib", List.of(of("PFS", 30.1, null, null, "the 24 mg arm", null))));
    TrialScorer scorer = new TrialScorer(gold, predicted, Map.of("run", "g"));
    assertEquals(2, scorer.metrics().figures().right(), "each gold arm paired with the prediction of its dose");
    assertEquals(0, scorer.metrics().figures().extra());
    assertTrue(ArmLabels.sameArm("Lenvatinib 24 mg", "the 24 mg arm"));
    assertTrue(ArmLabels.sameArm("cabozantinib 60 mg", "the 60-mg arm"));
    assertTrue(!ArmLabels.sameArm("lenvatinib 24 mg", "4 mg") && !ArmLabels.sameArm("arm A", "arm A"),
        "whole words only; lettered arms are matched by the exact label");
  }

  @Test
  void figuresAreAlignedPerArmThroughTheRecordsMatchedWhateverTheArmIsCalled() {
    List<TrialRecord> gold = List.of(
        arm("g", "selumetinib", "selumetinib", List.of(of("PFS", 5.3, 4.6, 6.4, "selumetinib", null),
            of("HR", 0.58, 0.42, 0.79, "selumetinib", "placebo"))),
        arm("g", "placebo", "placebo", List.of(of("PFS", 2.1, 1.4, 3.7, "placebo", null))));
    List<TrialRecord> predicted = List.of(
        arm("run", "the selumetinib group", "selumetinib", List.of(
            of("PFS", 5.3, 4.6, 6.4, "the selumetinib group", null),
            of("HR", 0.58, null, null, "the selumetinib group", "placebo + docetaxel"))),
        arm("run", "placebo + docetaxel", "placebo", List.of(of("PFS", 2.1, 1.4, 3.7, "placebo + docetaxel", null),
            of("OS", 5.2, null, null, "placebo + docetaxel", null))));
    TrialScorer scorer = new TrialScorer(gold, predicted, Map.of("run", "g"));
    ResultAlignment.Counts figures = scorer.metrics().figures();
    assertEquals(3, figures.gold());
    assertEquals(4, figures.predicted());
    assertEquals(2, figures.right());
    assertEquals(1, figures.wrong());
    assertEquals(0, figures.missed());
    assertEquals(1, figures.extra());
    assertEquals(2, scorer.metrics().records().tp());
    assertTrue(TrialReport.markdown(scorer).contains("HR (PFS) 0.58 [0.42, 0.79] 95.00% CI @selumetinib vs placebo"));
  }

  @Test
  void aRecordWithoutItsDrugIsScoredNotAnError() {
    TrialRecord noDrug = new TrialRecord("g", "observation", null, List.of(), null, "3", null, null, null, null,
        List.of(), "text");
    TrialScorer scorer = new TrialScorer(List.of(noDrug, arm("g", "surgery", "surgery", List.of())),
        List.of(arm("run", "observation", null, List.of())), Map.of("run", "g"));
    assertEquals(1, scorer.metrics().records().tp(), "matched by its arm, both without a drug");
    assertEquals(1, scorer.metrics().records().fn());
  }
}
