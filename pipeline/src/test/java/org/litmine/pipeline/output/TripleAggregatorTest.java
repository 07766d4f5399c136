package org.litmine.pipeline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.relation.Effect;
import org.litmine.annotators.relation.TripleMention;

class TripleAggregatorTest {

  private static TripleMention mention(String gene, String drug, boolean negated, boolean hedged, double c) {
    return mention(gene, "gene", drug, negated, hedged, c);
  }

  private static TripleMention mention(String gene, String geneKind, String drug, boolean negated, boolean hedged,
      double c) {
    return new TripleMention(gene, geneKind, drug, "drug", Effect.RESISTANCE, negated, hedged, "rule-" + c, c, gene, 0, 1,
        drug, 2, 3, null, null);
  }

  private static Evidence at(int start, boolean hedged) {
    return new Evidence("s" + start, "Results", 1, start, start + 10, "g", "d", "rule", hedged);
  }

  @Test
  void oneTriplePerDistinctStatementWithEverySentenceAsEvidence() {
    TripleAggregator aggregator = new TripleAggregator("doc1");
    aggregator.add(mention("IGF1R", "cisplatin", false, false, 0.8), at(50, false));
    aggregator.add(mention("IGF1R", "cisplatin", false, true, 0.8), at(10, true));
    aggregator.add(mention("IGF1R", "cisplatin", true, false, 0.8), at(90, false));
    List<TripleRecord> triples = aggregator.triples();
    assertEquals(2, triples.size(), "asserted and negated statements are kept apart");
    TripleRecord asserted = triples.get(0);
    assertFalse(asserted.negated());
    assertEquals(List.of(10, 50), asserted.evidence().stream().map(Evidence::start).toList());
    assertFalse(asserted.hedged(), "one plain sentence makes the triple plain");
    assertEquals(0.88, asserted.confidence(), 1e-9, "0.8 plain and 0.4 hedged: 1 - 0.2 * 0.6");
    assertTrue(triples.get(1).negated());
  }

  @Test
  void familyTriplesAreKeptApartFromGeneTriples() {
    TripleAggregator aggregator = new TripleAggregator("doc1");
    aggregator.add(mention("PTGS2", "celecoxib", false, false, 0.9), at(10, false));
    aggregator.add(mention("cyclooxygenase", "family", "celecoxib", false, false, 0.9), at(50, false));
    assertEquals(List.of("PTGS2"), aggregator.triples().stream().map(TripleRecord::gene).toList());
    List<FamilyTripleRecord> families = aggregator.familyTriples();
    assertEquals(List.of("cyclooxygenase"), families.stream().map(FamilyTripleRecord::family).toList());
    assertEquals(List.of(50), families.get(0).evidence().stream().map(Evidence::start).toList());
  }

  @Test
  void aTripleIsHedgedOnlyWhenEverySentenceHedges() {
    TripleAggregator aggregator = new TripleAggregator("doc1");
    aggregator.add(mention("EGFR", "gefitinib", false, true, 0.9), at(1, true));
    aggregator.add(mention("EGFR", "gefitinib", false, true, 0.9), at(2, true));
    assertTrue(aggregator.triples().get(0).hedged());
  }

  @Test
  void ungroundedNamesOnEitherSideAreKeptApartFromIdentifiers() {
    TripleAggregator aggregator = new TripleAggregator("doc1");
    aggregator.add(mention("EGFR", "gefitinib", false, false, 0.9), at(1, false));
    aggregator.add(mention("Smad7", TripleMention.NAME, "gefitinib", false, false, 0.9), at(2, false));
    aggregator.add(new TripleMention("EGFR", "gene", "compound 3b", TripleMention.NAME, Effect.INHIBITS, false, false,
        "rule", 0.9, "EGFR", 0, 4, "compound 3b", 10, 21, null, null), at(3, false));
    aggregator.add(mention("cyclooxygenase", "family", "celecoxib", false, false, 0.9), at(4, false));
    assertEquals(List.of("EGFR"), aggregator.triples().stream().map(TripleRecord::gene).toList());
    assertEquals(List.of("cyclooxygenase"), aggregator.familyTriples().stream().map(FamilyTripleRecord::family)
        .toList());
    List<UngroundedTripleRecord> names = aggregator.ungroundedTriples();
    assertEquals(List.of("EGFR gene compound 3b name", "Smad7 name gefitinib drug"), names.stream()
        .map(t -> t.gene() + " " + t.geneKind() + " " + t.drug() + " " + t.drugKind()).toList());
  }
}
