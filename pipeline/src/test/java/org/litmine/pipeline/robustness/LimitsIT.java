package org.litmine.pipeline.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.cli.LitmineCli;
import org.litmine.pipeline.output.Json;

/**
 * Runs the real pipeline with tight limits, so that each limit is hit once, and checks that each leaves its reason
 * in {@code failures.jsonl} while the rest of the batch completes; with {@code --languages=any} and
 * {@code --skipDuplicates=false} the German paper and both copies of a paper are processed.
 */
class LimitsIT {

  static final String MANY_PAGES = "pages-500.pdf";
  static final String BIG_FILE = "big.txt";
  static final String LONG_TEXT = "long.txt";
  static final String SLOW = "slow.txt";

  @TempDir static Path work;
  static Path in;
  static Map<String, JsonNode> documents;
  static Map<String, JsonNode> failures;
  static JsonNode manifest;

  @BeforeAll
  static void runWithTightLimits() throws IOException {
    in = Files.createDirectories(work.resolve("in"));
    Files.write(in.resolve(MANY_PAGES), TestPdfs.manyPages(500));
    Files.writeString(in.resolve(BIG_FILE), english(1_500_000));
    Files.writeString(in.resolve(LONG_TEXT), english(500_000));
    Files.writeString(in.resolve(SLOW), english(300_000));
    Path battery = Files.createDirectories(work.resolve("battery"));
    Battery.write(battery);
    for (String name : List.of(Battery.GOOD, Battery.GERMAN, Battery.DUPLICATE_A, Battery.DUPLICATE_B)) {
      Files.copy(battery.resolve(name), in.resolve(name));
    }
    Path out = work.resolve("out");
    assertEquals(0, LitmineCli.execute("run", "--corpus", in.toString(), "--out", out.toString(),
        "--maxPages=100", "--maxFileMegabytes=1", "--maxCharacters=400000", "--timeBudgetSeconds=5",
        "--languages=any", "--skipDuplicates=false"));
    documents = byName(out.resolve("documents.jsonl"));
    failures = byName(out.resolve("failures.jsonl"));
    manifest = Json.mapper().readTree(out.resolve("manifest.json").toFile());
  }

  /** English paragraphs of about {@code chars} characters. */
  static String english(int chars) {
    StringBuilder text = new StringBuilder("A long report on IGF-IR and cisplatin\n\n");
    for (int i = 0; text.length() < chars; i++) {
      text.append("In experiment ").append(i).append(", ").append(Battery.PAPER.get(3)).append(' ')
          .append(Battery.PAPER.get(4)).append("\n\n");
    }
    return text.toString();
  }

  static Map<String, JsonNode> byName(Path file) throws IOException {
    Map<String, JsonNode> lines = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      JsonNode node = Json.mapper().readTree(line);
      lines.put(Path.of(node.get("path").asText()).getFileName().toString(), node);
    }
    return lines;
  }

  private static void assertFailure(String input, String stage, String error) {
    JsonNode failure = failures.get(input);
    assertNotNull(failure, input + " is in failures.jsonl; documents: " + documents.keySet());
    assertEquals(stage, failure.get("stage").asText(), input);
    assertEquals(error, failure.get("error").asText(), input);
  }

  @Test
  void tooManyPagesIsRefusedBeforeExtraction() {
    assertFailure(MANY_PAGES, "read", "document too long: 500 pages, more than --maxPages=100");
  }

  @Test
  void tooLargeAFileIsRefusedBeforeReading() {
    assertFailure(BIG_FILE, "read", "file too large: 1.5 MB, more than --maxFileMegabytes=1");
  }

  @Test
  void tooMuchTextIsRefusedBeforeAnnotation() {
    JsonNode failure = failures.get(LONG_TEXT);
    assertNotNull(failure);
    assertEquals("read", failure.get("stage").asText());
    assertTrue(failure.get("error").asText().matches(
        "document too long: \\d+ characters of text, more than --maxCharacters=400000"), failure.toString());
  }

  @Test
  void aDocumentOverItsTimeBudgetIsAbandonedWithAReason() {
    assertFailure(SLOW, "annotate", "time budget of 5 s exceeded in stage annotate");
  }

  @Test
  void theRestOfTheBatchCompletes() {
    for (String name : List.of(Battery.GOOD, Battery.GERMAN, Battery.DUPLICATE_A, Battery.DUPLICATE_B)) {
      assertTrue(documents.containsKey(name), name + " is processed; failures: " + failures.get(name));
    }
    assertEquals(8, manifest.get("inputs").asInt());
    assertEquals(manifest.get("inputs").asInt(), documents.size() + failures.size());
  }

  @Test
  void theManifestRecordsTheLimits() {
    JsonNode options = manifest.get("options");
    assertEquals("100", options.get("maxPages").asText());
    assertEquals("1", options.get("maxFileMegabytes").asText());
    assertEquals("400000", options.get("maxCharacters").asText());
    assertEquals("5", options.get("timeBudgetSeconds").asText());
    assertEquals("any", options.get("languages").asText());
  }
}
