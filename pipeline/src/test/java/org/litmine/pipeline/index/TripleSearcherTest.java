package org.litmine.pipeline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.FamilyTripleRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.TripleRecord;

/** Builds an index from a few hand-written triples and asks it what a user would. */
class TripleSearcherTest {

  @TempDir static Path dir;
  static Path index;

  static TripleRecord triple(String gene, String drug, String kind, String effect, boolean negated, String sentence) {
    return triple("10.1186/x", gene, drug, kind, effect, negated, sentence);
  }

  static TripleRecord triple(String doc, String gene, String drug, String kind, String effect, boolean negated,
      String sentence) {
    return new TripleRecord(doc, gene, drug, kind, effect, negated, false, 0.8,
        List.of(new Evidence(sentence, "Results", 3, 100, 100 + sentence.length(), gene, drug, "rule-1", false)));
  }

  @BeforeAll
  static void build() throws IOException {
    List<TripleRecord> triples = List.of(
        triple("IGF1R", "mtor inhibitor", "class", "resistance", false,
            "Besides, IGF-IR confers resistance to mTOR inhibitors."),
        triple("IGF1R", "cisplatin", "drug", "sensitizes", false,
            "IGF-IR inhibition sensitizes cancer cells to cisplatin."),
        triple("EGFR", "gefitinib", "drug", "resistance", false,
            "EGFR-mutant cells become resistant to gefitinib."),
        triple("IGF1R", "trastuzumab", "drug", "resistance", true,
            "IGF-IR does not confer resistance to trastuzumab in these cells."),
        triple("paper-2", "IGF1R", "cisplatin", "drug", "sensitizes", false,
            "Blocking IGF1R overcomes resistance to cisplatin."));
    Path jsonl = dir.resolve("triples.jsonl");
    Files.write(jsonl, triples.stream().map(Json::line).toList());
    String cox = "The COX inhibitor indomethacin lowered prostaglandin levels.";
    Files.write(dir.resolve("family_triples.jsonl"), List.of(Json.line(new FamilyTripleRecord("10.1186/x",
        "cyclooxygenase", "indomethacin", "drug", "inhibits", false, false, 0.8,
        List.of(new Evidence(cox, "Results", 3, 0, cox.length(), "COX", "indomethacin", "rule-2", false))))));
    index = dir.resolve(TripleIndex.FOLDER);
    TripleIndex.build(dir, index);
  }

  private static List<String> labels(SearchResults results) {
    return results.triples().stream().map(SearchHit::label).sorted().toList();
  }

  @Test
  void theExampleQueryFindsTheIgf1rResistanceTriplesWithTheirSentences() throws Exception {
    try (TripleSearcher searcher = new TripleSearcher(index)) {
      SearchResults hits = searcher.search(TripleSearcher.parse("resistance AND gene:IGF1R"), 20);
      assertEquals(List.of("IGF1R · mtor inhibitor (class) · resistance", "IGF1R · trastuzumab · not resistance"),
          labels(hits), "the effect word is the effect, not a word of 'overcomes resistance'");
      SearchHit mtor = hits.triples().stream().filter(h -> h.drug().equals("mtor inhibitor")).findFirst().orElseThrow();
      assertEquals("Besides, IGF-IR confers resistance to mTOR inhibitors.", mtor.sentences().get(0).text());
      assertEquals(3, mtor.sentences().get(0).page());
    }
  }

  @Test
  void familyTriplesAreFoundByTheirFamilyIdAndMarkedAsFamilies() throws Exception {
    try (TripleSearcher searcher = new TripleSearcher(index)) {
      assertEquals(List.of("cyclooxygenase (family) · indomethacin · inhibits"),
          labels(searcher.search(TripleSearcher.parse("gene:cyclooxygenase"), 20)));
      assertEquals(List.of("cyclooxygenase (family) · indomethacin · inhibits"),
          labels(searcher.search(TripleSearcher.parse("geneKind:family"), 20)));
      assertEquals(4, searcher.search(TripleSearcher.parse("geneKind:gene"), 20).total());
    }
  }

  @Test
  void sentenceTermsAreStemmedAndKeysAreExact() throws Exception {
    try (TripleSearcher searcher = new TripleSearcher(index)) {
      assertEquals(List.of("EGFR · gefitinib · resistance"),
          labels(searcher.search(TripleSearcher.parse("resistant AND gene:EGFR"), 20)), "resistant ~ resistance");
      assertTrue(searcher.search(TripleSearcher.parse("gene:igf1r"), 20).triples().isEmpty(), "keys keep their case");
    }
  }

  @Test
  void exactLookupsUseTermQueriesEvenForEntityTextWithQuerySyntax() throws Exception {
    try (TripleSearcher searcher = new TripleSearcher(index)) {
      assertEquals(List.of("IGF1R · mtor inhibitor (class) · resistance"), labels(searcher.search(
          TripleSearcher.exact(Map.of(IndexFields.DRUG, "mtor inhibitor", IndexFields.NEGATED, "false")), 20)));
      assertTrue(searcher.search(TripleSearcher.exact(Map.of(IndexFields.DRUG, "cdk4/6 inhibitor AND")), 20)
          .triples().isEmpty());
    }
    assertThrows(IllegalArgumentException.class, () -> TripleSearcher.exact(Map.of("sentence", "x")));
    assertThrows(ParseException.class, () -> TripleSearcher.parse("resistance AND (gene:"));
  }

  @Test
  void aTripleFoundInTwoPapersIsOneHitWithItsPapersSentencesAndBestConfidence() throws Exception {
    try (TripleSearcher searcher = new TripleSearcher(index)) {
      SearchResults results = searcher.search(TripleSearcher.exact(Map.of(IndexFields.DRUG, "cisplatin")), 20);
      assertEquals(List.of("IGF1R · cisplatin · sensitizes"), labels(results));
      SearchHit hit = results.triples().get(0);
      assertEquals(2, hit.papers());
      assertEquals(2, hit.sentenceCount());
      assertEquals(0.8, hit.confidence(), 1e-9);
      assertEquals(List.of("10.1186/x", "paper-2"), hit.sentences().stream().map(SearchHit.Sentence::doc).sorted()
          .toList());
    }
  }

  @Test
  void aQuotedEffectWordSearchesTheSentences() throws Exception {
    try (TripleSearcher searcher = new TripleSearcher(index)) {
      assertEquals(List.of("IGF1R · cisplatin · sensitizes", "IGF1R · mtor inhibitor (class) · resistance",
          "IGF1R · trastuzumab · not resistance"),
          labels(searcher.search(TripleSearcher.parse("\"resistance\" AND gene:IGF1R"), 20)));
      assertEquals(List.of("IGF1R · cisplatin · sensitizes"),
          labels(searcher.search(TripleSearcher.parse("SENSITIZES"), 20)), "an effect word in any case");
    }
  }

  @Test
  void aLimitShowsTheBestTriplesAndCountsThemAll() throws Exception {
    try (TripleSearcher searcher = new TripleSearcher(index)) {
      SearchResults results = searcher.search(TripleSearcher.parse("gene:IGF1R"), 2);
      assertEquals(2, results.shown());
      assertEquals(3, results.total());
      assertTrue(results.cut());
      assertTrue(!searcher.search(TripleSearcher.parse("gene:IGF1R"), 3).cut());
    }
  }
}
