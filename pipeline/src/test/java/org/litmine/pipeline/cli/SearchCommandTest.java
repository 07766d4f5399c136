package org.litmine.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.index.TripleIndex;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.TripleRecord;

/** The search command's output, as a user reads it and as a script parses it. */
class SearchCommandTest {

  @TempDir static Path run;

  static TripleRecord triple(String doc, String drug, double confidence, String sentence) {
    return new TripleRecord(doc, "ERBB2", drug, "drug", "resistance", false, false, confidence,
        List.of(new Evidence(sentence, "Results", 2, 0, sentence.length(), "HER2", drug, "rule-1", false)));
  }

  @BeforeAll
  static void index() throws IOException {
    Files.write(run.resolve("triples.jsonl"), List.of(
        Json.line(triple("paper-a", "lapatinib", 0.6, "HER2 loss confers resistance to lapatinib.")),
        Json.line(triple("paper-a", "trastuzumab", 0.9, "HER2 truncation confers resistance to trastuzumab.")),
        Json.line(triple("paper-b", "trastuzumab", 0.7, "p95HER2 causes resistance to trastuzumab."))));
    TripleIndex.build(run, run.resolve(TripleIndex.FOLDER));
  }

  private static String search(String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> words = new java.util.ArrayList<>(List.of("--run", run.toString()));
    words.addAll(List.of(args));
    assertEquals(0, SearchCommand.run(ArgList.parse(words.toArray(String[]::new), 0),
        new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aTripleOfTwoPapersIsListedOnceWithItsCountsThenItsSentences() throws Exception {
    List<String> lines = search("--gene", "HER2", "--drug", "Trastuzumab").lines().toList();
    assertEquals("ERBB2 · trastuzumab · resistance\t[2 paper(s), 2 sentence(s), best confidence 0.90]", lines.get(0));
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).startsWith("    paper-"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.contains("paper-b, Results, p. 2: p95HER2 causes resistance")));
  }

  @Test
  void aLimitThatCutsTheListSaysHowManyAreShown() throws Exception {
    List<String> lines = search("--gene", "ERBB2", "--limit", "1").lines().toList();
    assertEquals("1 of 2 triples shown (--limit N to see more)", lines.get(lines.size() - 1));
    assertFalse(search("--gene", "ERBB2").contains("shown"), "no line when nothing is left out");
  }

  @Test
  void jsonGivesTheSameTriplesForScripts() throws Exception {
    JsonNode json = Json.mapper().readTree(search("--json", "resistance AND gene:ERBB2", "--limit", "1"));
    assertEquals(1, json.get("shown").asInt());
    assertEquals(2, json.get("total").asInt());
    JsonNode first = json.get("triples").get(0);
    assertEquals("trastuzumab", first.get("drug").asText());
    assertEquals("resistance", first.get("effect").asText());
    assertEquals(2, first.get("papers").asInt());
    assertEquals(0.9, first.get("confidence").asDouble(), 1e-9);
    assertEquals(2, first.get("sentences").size());
    assertEquals(2, first.get("sentences").get(0).get("page").asInt());
  }
}
