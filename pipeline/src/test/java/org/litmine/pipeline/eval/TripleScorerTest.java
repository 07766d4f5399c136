package org.litmine.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.TripleRecord;

class TripleScorerTest {

  private static GoldTriple gold(String gene, String drug, String kind, String effect, String tier) {
    return new GoldTriple("paper", gene, drug, kind, effect, tier, "Results", "a sentence", null);
  }

  private static TripleRecord predicted(String gene, String drug, String kind, String effect, boolean negated) {
    return new TripleRecord("10.1/x", gene, drug, kind, effect, negated, false, 0.9,
        List.of(new Evidence("s", "Results", 1, 0, 1, gene, drug, "rule", false)));
  }

  @Test
  void scoresDistinctTriplesWithOptionalRowsCountingNeitherWay() {
    List<GoldTriple> gold = List.of(
        gold("IGF1R", "cisplatin", "drug", "sensitizes", "core"),
        gold("EGFR", "gefitinib", "drug", "inhibits", "core"),
        gold("TOP1", "topotecan", "drug", "inhibits", "optional"),
        gold("MTOR", "mtor inhibitor", "class", "resistance", "core"));
    List<TripleRecord> run = List.of(
        predicted("IGF1R", "cisplatin", "drug", "sensitizes", false),
        predicted("TOP1", "topotecan", "drug", "inhibits", false),
        predicted("EGFR", "gefitinib", "drug", "inhibits", true),
        predicted("KRAS", "gefitinib", "drug", "resistance", false),
        predicted("IGF1R", "mtor inhibitor", "class", "resistance", false));
    TripleScorer scorer = new TripleScorer(gold, run, Map.of("10.1/x", "paper"));

    TripleScorer.Outcome all = scorer.all();
    assertEquals(1, all.score().tp());
    assertEquals(2, all.score().fp(), "KRAS·gefitinib and IGF1R·mtor inhibitor; the optional row is not an FP");
    assertEquals(2, all.score().fn(), "the negated EGFR·gefitinib is no hit; MTOR class missed");
    assertEquals(Score.of(1, 1, 1), scorer.byKind("drug").score());
    assertEquals(Score.of(0, 1, 1), scorer.byKind("class").score());
    assertEquals(Score.of(1, 0, 0), scorer.byEffect("sensitizes").score());
  }

  @Test
  void predictionsOfDocumentsWithoutGoldAreIgnored() {
    TripleScorer scorer = new TripleScorer(List.of(gold("IGF1R", "cisplatin", "drug", "sensitizes", "core")),
        List.of(predicted("KRAS", "gefitinib", "drug", "resistance", false)), Map.of());
    assertEquals(Score.of(0, 0, 1), scorer.all().score());
  }

  @Test
  void precisionRecallAndF1() {
    Score s = Score.of(8, 2, 4);
    assertEquals(0.8, s.precision());
    assertEquals(0.667, s.recall());
    assertEquals(0.727, s.f1());
    assertEquals(0.0, Score.of(0, 0, 0).f1());
  }
}
