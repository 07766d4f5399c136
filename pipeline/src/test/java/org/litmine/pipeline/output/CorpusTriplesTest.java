package org.litmine.pipeline.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus-level file: one row per fact across papers, deterministic whatever the order of the lines read. */
class CorpusTriplesTest {

  @TempDir Path dir;

  static TripleRecord triple(String doc, String gene, String drug, String effect, boolean hedged, double confidence,
      int sentences) {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      evidence.add(new Evidence(gene + " and " + drug + " " + i, "Results", 1, i, i + 1, gene, drug, "r", hedged));
    }
    return new TripleRecord(doc, gene, drug, "drug", effect, false, hedged, confidence, evidence);
  }

  static final List<TripleRecord> TRIPLES = List.of(
      triple("paper-c", "ERBB2", "trastuzumab", "resistance", false, 0.7, 2),
      triple("paper-a", "ERBB2", "trastuzumab", "resistance", true, 0.9, 1),
      triple("paper-b", "ERBB2", "lapatinib", "sensitizes", true, 0.5, 1),
      triple("paper-a", "EGFR", "gefitinib", "resistance", false, 0.8, 3));

  private byte[] written(List<TripleRecord> triples, String name) throws IOException {
    Path run = Files.createDirectories(dir.resolve(name));
    Files.write(run.resolve(RunTriples.TRIPLES), triples.stream().map(Json::line).toList());
    TripleRecord cox = triple("paper-b", "cyclooxygenase", "aspirin", "inhibits", false, 0.6, 1);
    Files.write(run.resolve(RunTriples.FAMILY_TRIPLES), List.of(Json.line(new FamilyTripleRecord(cox.doc(),
        cox.gene(), cox.drug(), cox.drugKind(), cox.effect(), cox.negated(), cox.hedged(), cox.confidence(),
        cox.evidence()))));
    CorpusTriples.write(run, run);
    return Files.readAllBytes(run.resolve(CorpusTriples.FILE));
  }

  @Test
  void oneRowPerFactWithItsPapersSortedTheirCountSentencesAndBestConfidence() throws IOException {
    written(TRIPLES, "run");
    List<CorpusTripleRecord> rows = Files.readAllLines(dir.resolve("run").resolve(CorpusTriples.FILE)).stream()
        .map(l -> Json.parse(l, CorpusTripleRecord.class)).toList();
    assertEquals(List.of("EGFR gefitinib", "ERBB2 lapatinib", "ERBB2 trastuzumab", "cyclooxygenase aspirin"),
        rows.stream().map(r -> r.gene() + " " + r.drug()).toList(), "genes' facts sorted, then families'");
    CorpusTripleRecord trastuzumab = rows.get(2);
    assertEquals(List.of("paper-a", "paper-c"), trastuzumab.docs());
    assertEquals(2, trastuzumab.papers());
    assertEquals(3, trastuzumab.sentences());
    assertEquals(0.9, trastuzumab.confidence(), 1e-9);
    assertFalse(trastuzumab.hedged(), "one paper states it without hedging");
    assertTrue(rows.get(1).hedged());
    assertEquals("family", rows.get(3).geneKind());
    assertEquals("gene", rows.get(0).geneKind());
  }

  @Test
  void theSameTriplesInAnotherOrderGiveTheSameBytes() throws IOException {
    List<TripleRecord> shuffled = new ArrayList<>(TRIPLES);
    Collections.reverse(shuffled);
    assertArrayEquals(written(TRIPLES, "one"), written(shuffled, "two"));
    String text = new String(written(TRIPLES, "three"), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\"gene\":\"EGFR\",\"geneKind\":\"gene\",\"drug\":\"gefitinib\""), text);
  }
}
