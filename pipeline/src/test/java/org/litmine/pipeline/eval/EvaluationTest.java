package org.litmine.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure of an evaluation of the hand-made run of {@link EvalFixture}. */
class EvaluationTest {

  @TempDir
  Path tmp;

  private Evaluation evaluation;
  private Metrics m;

  @BeforeEach
  void evaluate() throws IOException {
    evaluation = Evaluation.of(EvalFixture.run(tmp.resolve("run"), true), EvalFixture.gold(tmp.resolve("gold")));
    m = evaluation.metrics();
  }

  @Test
  void strictRelaxedAndSectionScores() {
    assertEquals(List.of("paper"), m.scoredDocuments());
    assertEquals(Score.of(1, 2, 3), m.triples(), "the negated EGFR row is a miss, the optional TOP1 row neither");
    assertEquals(Score.of(2, 1, 2), m.relaxed(), "IGF1R·gefitinib is a relaxed hit despite the wrong effect");
    assertEquals(Score.of(1, 2, 1), m.bySection().get("Results"), "false positives take their evidence's section");
    assertEquals(Score.of(0, 0, 2), m.bySection().get("Discussion"));
    assertEquals(Score.of(0, 1, 2), m.byEffect().get("resistance"));
  }

  @Test
  void negatedAndHedgedPredictionsAreTalliedApart() {
    assertEquals(new Modality(1, 1, 0, 0, 1.0), m.hedged());
    assertEquals(new Modality(1, 1, 0, 0, 1.0), m.negated());
    assertEquals(List.of(new TripleKey("paper", "EGFR", "erlotinib", "inhibits")),
        List.copyOf(evaluation.scorer().negated().keySet()));
  }

  @Test
  void precisionRecallCurveSweepsTheDistinctConfidences() {
    List<ConfidenceCurve.Point> curve = m.confidence();
    assertEquals(List.of(0.9, 0.8, 0.7, 0.6), curve.stream().map(ConfidenceCurve.Point::threshold).toList());
    assertEquals(Score.of(1, 0, 3), curve.get(0).score());
    assertEquals(Score.of(1, 1, 3), curve.get(2).score(), "the optional TOP1 row counts neither way");
    assertEquals(m.triples(), curve.get(3).score(), "the lowest threshold is the unthresholded score");
    assertEquals(4, curve.get(3).predictions());
  }

  @Test
  void confusionMatrixCountsGoldPairsFoundWithSomeEffect() {
    assertEquals(2, m.confusion().pairs());
    assertEquals(1, m.confusion().count("sensitizes", "sensitizes"));
    assertEquals(1, m.confusion().count("resistance", "sensitizes"));
    assertEquals(0, m.confusion().count("inhibits", "inhibits"), "the run missed EGFR·erlotinib");
  }

  @Test
  void entityListsAreScoredWithOptionalEntitiesCountingNeitherWay() {
    EntityScorer.Metrics e = m.entities();
    assertTrue(e.available());
    assertEquals(Score.of(2, 1, 1), e.byKind().get("gene"), "KRAS spurious, PTEN missed, TOP1 optional");
    assertEquals(Score.of(2, 1, 1), e.byKind().get("drug"), "erlotinib is not a gold entity, trastuzumab missed");
    assertEquals(Score.of(4, 2, 2), e.all());
    assertEquals(Map.of("cancer", 1), e.unscoredKinds());
  }

  @Test
  void withoutARunEntityListEntitiesAreNotScoredAndSaySo() throws IOException {
    Metrics without = Evaluation.of(EvalFixture.run(tmp.resolve("run2"), false), tmp.resolve("gold")).metrics();
    assertFalse(without.entities().available());
    assertEquals(Evaluation.NO_ENTITIES, without.entities().note());
    assertNull(without.entities().all());
    assertEquals(m.triples(), without.triples());
  }

  @Test
  void errorsAreGroupedByCause() {
    ErrorAnalysis errors = evaluation.errors();
    Map<TripleKey, ErrorAnalysis.Miss> misses = new java.util.TreeMap<>();
    errors.misses().forEach(x -> misses.put(x.key(), x));
    ErrorAnalysis.Miss confused = misses.get(new TripleKey("paper", "IGF1R", "gefitinib", "resistance"));
    assertEquals(ErrorAnalysis.Cause.RULE, confused.cause());
    assertTrue(confused.detail().contains("effect confusion"), confused.detail());
    ErrorAnalysis.Miss cut = misses.get(new TripleKey("paper", "PTEN", "trastuzumab", "resistance"));
    assertEquals(ErrorAnalysis.Cause.READING, cut.cause(), "S4 was cut short by the reader");
    ErrorAnalysis.Miss negated = misses.get(new TripleKey("paper", "EGFR", "erlotinib", "inhibits"));
    assertEquals(ErrorAnalysis.Cause.RULE, negated.cause());
    assertEquals(EvalFixture.S3, negated.nearest().sentence());
    assertEquals(1.0, negated.nearest().coverage());
    assertTrue(negated.geneSeen() && negated.drugSeen());
    assertEquals(Map.of("reading", 1, "entity", 0, "rule", 2), m.errors().falseNegatives());
    assertEquals(Map.of("reading", 0, "entity", 1, "rule", 1), m.errors().falsePositives());
  }

  @Test
  void aGeneMissingFromTheSentenceIsAnEntityError() throws IOException {
    Path gold = tmp.resolve("gold2");
    EvalFixture.gold(gold);
    EvalFixture.write(gold.resolve("triples.jsonl"), List.of(new GoldTriple("paper", "TOP1", "topotecan", "drug",
        "inhibits", "core", "Discussion", EvalFixture.S3, null)));
    Path run = EvalFixture.run(tmp.resolve("run3"), false);
    EvalFixture.write(run.resolve("triples.jsonl"), List.of());
    ErrorAnalysis.Miss miss = Evaluation.of(run, gold).errors().misses().get(0);
    assertEquals(ErrorAnalysis.Cause.ENTITY, miss.cause(), "the run never recognized topoisomerase I or topotecan");
    assertFalse(miss.geneSeen());
  }

  @Test
  void aListedDocumentWithoutGoldRowsIsScoredSoItsPredictionsAreFalsePositives() throws IOException {
    Path gold = tmp.resolve("gold3");
    EvalFixture.gold(gold);
    EvalFixture.write(gold.resolve("triples.jsonl"), List.of());
    Path run = EvalFixture.run(tmp.resolve("run4"), false);
    Metrics unlisted = Evaluation.of(run, gold).metrics();
    assertEquals(List.of(), unlisted.scoredDocuments(), "no row names the paper: unscored");
    java.nio.file.Files.writeString(gold.resolve("docs.txt"), "# read, asserts nothing\npaper\n");
    Metrics listed = Evaluation.of(run, gold).metrics();
    assertEquals(List.of("paper"), listed.scoredDocuments());
    assertEquals(0, listed.triples().tp());
    assertEquals(4, listed.triples().fp(), "the four asserted predictions, with no gold row left to match, are false");
  }

  @Test
  void comparisonListsGainedAndLostTriples() throws IOException {
    Path base = EvalFixture.run(tmp.resolve("base"), true);
    EvalFixture.write(base.resolve("triples.jsonl"), List.of(
        EvalFixture.triple("IGF1R", "gefitinib", "resistance", false, false, 0.9, EvalFixture.S2, "IGF-IR",
            "gefitinib"),
        EvalFixture.triple("KRAS", "gefitinib", "resistance", false, false, 0.8, EvalFixture.S2, "IGF-IR",
            "gefitinib")));
    Comparison c = evaluation.comparedWith(Evaluation.of(base, tmp.resolve("gold"))).metrics().comparison();
    assertEquals(List.of(new TripleKey("paper", "IGF1R", "cisplatin", "sensitizes")), c.tpGained());
    assertEquals(List.of(new TripleKey("paper", "IGF1R", "gefitinib", "resistance")), c.tpLost());
    assertEquals(List.of(new TripleKey("paper", "IGF1R", "gefitinib", "sensitizes")), c.fpGained());
    assertEquals(List.of(), c.fpLost());
    Comparison.Change strict = c.changes().get("triples");
    assertEquals(Score.of(1, 1, 3), strict.baseline());
    assertEquals(Score.of(1, 2, 3), strict.run());
    assertEquals(-0.167, strict.precision());
  }
}
