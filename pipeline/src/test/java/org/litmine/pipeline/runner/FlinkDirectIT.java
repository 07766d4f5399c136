package org.litmine.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.cli.LitmineCli;
import org.litmine.pipeline.output.Json;

/**
 * Runs the same small corpus (the review PDF, a JATS paper of the shared corpus and the damaged PDF) on the
 * DirectRunner and on an embedded Flink cluster, and checks that every output file is byte-identical.
 */
class FlinkDirectIT {

  static final List<Path> INPUTS = List.of(
      Path.of("../corpus/hua2020-igf1r-review.pdf"),
      Path.of("../../shared/corpus/jats/PMC2749039-sorafenib-perk-hcc.nxml"),
      Path.of("../../shared/corpus/bad/corrupt-real.pdf"));
  static final List<String> FILES = List.of("documents.jsonl", "triples.jsonl", "family_triples.jsonl", "ungrounded_triples.jsonl", "trials.jsonl",
      "failures.jsonl", "edges.tsv", "nodes.tsv", "triples.tsv");

  @TempDir static Path work;
  static Path direct;
  static Path flink;

  @BeforeAll
  static void runOnBothRunners() throws IOException {
    Path input = Files.createDirectories(work.resolve("in"));
    for (Path p : INPUTS) {
      Files.copy(p, input.resolve(p.getFileName()));
    }
    direct = work.resolve("direct");
    flink = work.resolve("flink");
    assertEquals(0, LitmineCli.execute("run", "--corpus", input.toString(), "--out", direct.toString()));
    assertEquals(0, LitmineCli.execute("run", "--corpus", input.toString(), "--out", flink.toString(),
        "--runner", "FlinkRunner"));
  }

  @Test
  void flinkRanOnItsOwnRunner() throws IOException {
    JsonNode manifest = Json.mapper().readTree(flink.resolve("manifest.json").toFile());
    assertEquals("FlinkRunner", manifest.get("options").get("runner").asText());
    assertEquals(3, manifest.get("inputs").asInt());
  }

  @Test
  void flinkAndDirectWriteByteIdenticalFiles() throws IOException {
    for (String file : FILES) {
      assertArrayEquals(Files.readAllBytes(direct.resolve(file)), Files.readAllBytes(flink.resolve(file)), file);
    }
    assertTrue(Files.size(direct.resolve("triples.jsonl")) > 0, "a comparison of empty files would prove nothing");
    assertTrue(Files.size(direct.resolve("failures.jsonl")) > 0);
  }
}
