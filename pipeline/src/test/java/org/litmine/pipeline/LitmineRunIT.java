package org.litmine.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.cli.LitmineCli;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.eval.RunOutput;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.FamilyTripleRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.TripleRecord;
import org.litmine.pipeline.output.UngroundedTripleRecord;

/**
 * Runs the real pipeline (DirectRunner, CoreNLP models, PDFBox) on the review PDF and the damaged PDF, twice, and
 * checks what a user would: every file is there, every input is accounted for, the damaged PDF has a one-line
 * reason, the review yields triples it plainly states, evidence points at its mentions, outputs are byte-identical
 * across runs, and eval writes its report.
 */
class LitmineRunIT {

  static final Path REVIEW = Path.of("../corpus/hua2020-igf1r-review.pdf");
  static final Path DAMAGED = Path.of("../../shared/corpus/bad/corrupt-real.pdf");
  static final List<String> FILES =
      List.of("documents.jsonl", "triples.jsonl", "family_triples.jsonl", "ungrounded_triples.jsonl", "trials.jsonl", "entities.jsonl",
          "failures.jsonl", "manifest.json");

  @TempDir static Path work;
  static Path input;
  static Path out;

  @BeforeAll
  static void runTwice() throws IOException {
    input = Files.createDirectories(work.resolve("in"));
    Files.copy(REVIEW, input.resolve(REVIEW.getFileName()));
    Files.copy(DAMAGED, input.resolve(DAMAGED.getFileName()));
    out = work.resolve("out");
    assertEquals(0, LitmineCli.execute("run", "--corpus", input.toString(), "--out", out.toString()));
    assertEquals(0, LitmineCli.execute("run", "--corpus", input.toString(), "--out", work.resolve("again").toString()));
  }

  @Test
  void writesEveryFileOfTheContract() {
    for (String file : FILES) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    assertFalse(Files.exists(out.resolve(".staging")), "the staging folder is cleaned up");
  }

  @Test
  void everyInputIsAccountedForExactlyOnce() throws IOException {
    List<Paper> documents = RunOutput.readLines(out.resolve("documents.jsonl"), Paper.class);
    List<FailureRecord> failures = RunOutput.readLines(out.resolve("failures.jsonl"), FailureRecord.class);
    assertEquals(1, documents.size());
    assertEquals(1, failures.size());
    assertTrue(documents.get(0).path().endsWith("hua2020-igf1r-review.pdf"));
    FailureRecord failure = failures.get(0);
    assertTrue(failure.path().endsWith("corrupt-real.pdf"));
    assertEquals("read", failure.stage());
    assertFalse(failure.error().isBlank());
    assertFalse(failure.error().contains("\n"), "one line");
    JsonNode manifest = Json.mapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(2, manifest.get("inputs").asInt());
    assertEquals(1, manifest.get("succeeded").asInt());
    assertEquals(1, manifest.get("failed").asInt());
    assertEquals(RunOutput.readLines(out.resolve("triples.jsonl"), TripleRecord.class).size(),
        manifest.get("outputs").get("triples").asInt());
  }

  @Test
  void theReviewYieldsTriplesItPlainlyStates() throws IOException {
    Set<String> found = new HashSet<>();
    for (TripleRecord t : RunOutput.readLines(out.resolve("triples.jsonl"), TripleRecord.class)) {
      if (!t.negated()) {
        found.add(t.gene() + " " + t.drug() + " " + t.effect());
      }
    }
    // "linsitinib (OSI-906), a dual IGF-IR/InsR inhibitor" and "IGF-IR inhibition sensitizes ... to cisplatin".
    for (String expected : List.of("IGF1R linsitinib inhibits", "INSR linsitinib inhibits",
        "IGF1R cisplatin sensitizes")) {
      assertTrue(found.contains(expected), "missing " + expected + " among " + found.size() + " triples");
    }
  }

  @Test
  void evidenceQuotesItsSentenceAndMentions() throws IOException {
    List<TripleRecord> triples = RunOutput.readLines(out.resolve("triples.jsonl"), TripleRecord.class);
    assertFalse(triples.isEmpty());
    for (TripleRecord t : triples) {
      assertFalse(t.evidence().isEmpty());
      assertTrue(t.confidence() > 0 && t.confidence() <= 1);
      for (Evidence e : t.evidence()) {
        assertTrue(e.sentence().contains(e.geneText()), e.geneText() + " not in " + e.sentence());
        assertTrue(e.sentence().contains(e.drugText()), e.drugText() + " not in " + e.sentence());
        assertEquals(e.sentence().length(), e.end() - e.start());
        assertTrue(e.page() >= 1);
      }
    }
  }

  @Test
  void aRelationModelsEvidenceCarriesItsProbabilityAndARulesDoesNot() throws IOException {
    List<Evidence> evidence = new ArrayList<>();
    RunOutput.readLines(out.resolve("triples.jsonl"), TripleRecord.class).forEach(t -> evidence.addAll(t.evidence()));
    RunOutput.readLines(out.resolve("family_triples.jsonl"), FamilyTripleRecord.class)
        .forEach(t -> evidence.addAll(t.evidence()));
    RunOutput.readLines(out.resolve("ungrounded_triples.jsonl"), UngroundedTripleRecord.class)
        .forEach(t -> evidence.addAll(t.evidence()));
    int fromModels = 0;
    for (Evidence e : evidence) {
      if (e.rule().equals("classifier")) {
        fromModels++;
        assertTrue(e.probability() != null && e.probability() >= 0.5 && e.probability() <= 1, e.toString());
      } else {
        assertEquals(null, e.probability(), e.toString());
      }
    }
    assertTrue(fromModels > 0, "the relation models add triples the rules miss on the review (in any triple file)");
  }

  @Test
  void triplesNameGenesByApprovedSymbolsAndFamiliesApart() throws IOException {
    Set<String> approved = new HashSet<>();
    try (var in = LitmineRunIT.class.getClassLoader()
        .getResourceAsStream("org/litmine/annotators/lexicons/hgnc_ids.tsv")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          approved.add(line.split("\t")[0]);
        }
      }
    }
    for (TripleRecord t : RunOutput.readLines(out.resolve("triples.jsonl"), TripleRecord.class)) {
      assertTrue(approved.contains(t.gene()), t.gene() + " is no approved symbol");
    }
    List<FamilyTripleRecord> families = RunOutput.readLines(out.resolve("family_triples.jsonl"),
        FamilyTripleRecord.class);
    Set<String> familyIds = new HashSet<>();
    families.forEach(f -> familyIds.add(f.family()));
    // "the activation of PI3K/Akt, Ras, and STAT3 by other RTKs may confer resistance to IGF-IR inhibitors"
    assertTrue(familyIds.containsAll(List.of("pi3k", "ras", "rtk")), familyIds.toString());
    assertTrue(familyIds.stream().noneMatch(approved::contains), "a family is no gene: " + familyIds);
  }

  @Test
  void anAliasInParenthesesStandsInItsSentence() throws IOException {
    int aliases = 0;
    for (TripleRecord t : RunOutput.readLines(out.resolve("triples.jsonl"), TripleRecord.class)) {
      for (Evidence e : t.evidence()) {
        if (e.drugAlias() != null) {
          aliases++;
          assertTrue(e.sentence().contains(e.drugText() + " (" + e.drugAlias())
              || e.sentence().contains(e.drugAlias() + " (" + e.drugText()), e.sentence());
        }
      }
    }
    assertTrue(aliases > 0, "\"linsitinib (OSI-906), a dual IGF-IR/InsR inhibitor\" gives OSI-906 as an alias");
  }

  @Test
  void outputsAreByteIdenticalAcrossRuns() throws IOException {
    for (String file : FILES) {
      if (!file.equals("manifest.json")) {
        assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(work.resolve("again").resolve(file)),
            file);
      }
    }
  }

  @Test
  void evalWritesItsReportWithTheRunsNumbers() throws IOException {
    Path report = work.resolve("report");
    assertEquals(0, LitmineCli.execute("eval", "--run", out.toString(), "--gold", "../gold", "--report",
        report.toString()));
    JsonNode metrics = Json.mapper().readTree(report.resolve("metrics.json").toFile());
    assertEquals(List.of("hua2020-igf1r-review"), List.of(metrics.get("scoredDocuments").get(0).asText()));
    int tp = metrics.get("triples").get("tp").asInt();
    assertTrue(tp > 0, "some gold triples are found");
    String markdown = Files.readString(report.resolve("report.md"));
    assertTrue(markdown.contains("## False positives (" + metrics.get("triples").get("fp").asInt() + ")"));
    assertTrue(markdown.contains("## False negatives (" + metrics.get("triples").get("fn").asInt() + ")"));
    assertTrue(Files.readString(report.resolve("report.html")).contains("<table"));
  }
}
