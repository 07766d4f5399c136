package org.litmine.pipeline.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.litmine.pipeline.cli.LitmineCli;
import org.litmine.pipeline.output.Json;

/**
 * Runs the real pipeline (DirectRunner, PDFBox, CoreNLP) with the default limits over the generated bad-input
 * {@link Battery}, and checks what a user would: every input ends in exactly one of {@code documents.jsonl} and
 * {@code failures.jsonl}, each failure says in one line at which stage and why, the manifest's counts add up, and
 * what can be read is read. Then it runs again into the same output folder over the same files written in the
 * opposite order, and checks that the run folder was replaced and that every output is byte-identical.
 */
class BadInputIT {

  @TempDir static Path work;
  static Path battery;
  static Path out;
  static boolean lockedFolderReadable;
  static Map<String, JsonNode> documents;
  static Map<String, JsonNode> failures;
  static JsonNode manifest;

  @BeforeAll
  static void runOverTheBattery() throws IOException {
    battery = Files.createDirectories(work.resolve("battery"));
    Battery.write(battery);
    lockedFolderReadable = Battery.lock(battery);
    out = work.resolve("out");
    assertEquals(0, LitmineCli.execute("run", "--corpus", battery.toString(), "--out", out.toString()));
    documents = byInput(out.resolve("documents.jsonl"));
    failures = byInput(out.resolve("failures.jsonl"));
    manifest = Json.mapper().readTree(out.resolve("manifest.json").toFile());
  }

  @AfterAll
  static void unlock() throws IOException {
    Battery.unlock(battery);
  }

  /** The lines of a JSONL file by their {@code path}, relative to the battery folder. */
  static Map<String, JsonNode> byInput(Path file) throws IOException {
    Map<String, JsonNode> lines = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      JsonNode node = Json.mapper().readTree(line);
      String path = battery.relativize(Path.of(node.get("path").asText())).toString();
      assertNull(lines.put(path, node), "one line per input: " + path);
    }
    return lines;
  }

  /** The inputs as the run must account for them: the locked folder itself when it cannot be listed. */
  static List<String> expectedInputs() {
    List<String> inputs = new ArrayList<>(Battery.inputs());
    if (!lockedFolderReadable) {
      inputs.remove(Battery.LOCKED_PAPER);
      inputs.add(Battery.LOCKED_FOLDER);
    }
    return inputs;
  }

  @Test
  void everyInputIsAccountedForExactlyOnce() {
    for (String input : expectedInputs()) {
      assertTrue(documents.containsKey(input) ^ failures.containsKey(input),
          input + " must be in exactly one of documents.jsonl and failures.jsonl");
    }
    assertEquals(expectedInputs().size(), documents.size() + failures.size(), "no line for anything else");
  }

  @Test
  void manifestCountsAddUp() {
    assertEquals(expectedInputs().size(), manifest.get("inputs").asInt());
    assertEquals(documents.size(), manifest.get("succeeded").asInt());
    assertEquals(failures.size(), manifest.get("skipped").asInt() + manifest.get("failed").asInt());
    assertEquals(manifest.get("inputs").asInt(), manifest.get("succeeded").asInt() + manifest.get("skipped").asInt()
        + manifest.get("failed").asInt());
    assertEquals(documents.size(), manifest.get("outputs").get("documents").asInt());
    assertEquals(failures.size(), manifest.get("outputs").get("failures").asInt());
    assertEquals("600", manifest.get("options").get("timeBudgetSeconds").asText(), "limits are recorded");
  }

  @Test
  void everyFailureSaysInOneLineWhereAndWhy() {
    for (Map.Entry<String, JsonNode> failure : failures.entrySet()) {
      String error = failure.getValue().get("error").asText();
      assertTrue(List.of("find", "read", "annotate").contains(failure.getValue().get("stage").asText()),
          failure.getKey());
      assertFalse(error.isBlank(), failure.getKey());
      assertFalse(error.contains("\n"), failure.getKey() + ": one line");
    }
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(Battery.EMPTY_TEXT, "read", "empty file (0 bytes)"),
        Arguments.of(Battery.ZERO_BYTE_PDF, "read", "empty file (0 bytes)"),
        Arguments.of(Battery.HTML_AS_PDF, "read", "not a PDF: the file is an HTML page (a web page saved as .pdf?)"),
        Arguments.of(Battery.TEXT_AS_PDF, "read", "not a PDF: the file is plain text"),
        Arguments.of(Battery.TRUNCATED, "read",
            "damaged PDF: the file is truncated (no %%EOF at its end) and no text could be recovered"),
        Arguments.of(Battery.USER_PASSWORD, "read", "encrypted PDF: a password is required to open it"),
        Arguments.of(Battery.NO_EXTRACTION, "read", "encrypted PDF: the owner does not permit text extraction"),
        Arguments.of(Battery.SCANNED, "read", "no text layer: the PDF has no extractable text (scanned image?)"),
        Arguments.of(Battery.GERMAN, "read", "not English (detected: de)"),
        Arguments.of(Battery.CHINESE, "read", "not English (detected: zh)"),
        Arguments.of(Battery.DUPLICATE_B, "find", "duplicate of BATTERY/dup-a.pdf (same SHA-256), read once"),
        Arguments.of(Battery.REAL_DAMAGED, "read", "not a PDF: the file is an HTML page (a web page saved as .pdf?)"));
  }

  @ParameterizedTest(name = "{0}: {1}: {2}")
  @MethodSource("failures")
  void failsAtTheStageWithTheReason(String input, String stage, String error) {
    JsonNode failure = failures.get(input);
    assertNotNull(failure, input + " is in failures.jsonl");
    assertEquals(stage, failure.get("stage").asText(), input);
    assertEquals(error.replace("BATTERY", battery.toString()), failure.get("error").asText(), input);
  }

  /** Inputs that are read and annotated, with a phrase of their text and the notes they must carry (if any). */
  static Stream<Arguments> processed() {
    return Stream.of(
        Arguments.of(Battery.GOOD, "sensitizes cancer cells to cisplatin", ""),
        Arguments.of(Battery.BROKEN_XREF, "sensitizes cancer cells to cisplatin", ""),
        Arguments.of(Battery.OWNER_ONLY, "sensitizes cancer cells to cisplatin", ""),
        Arguments.of(Battery.DUPLICATE_A, "sensitizes cancer cells to cisplatin", ""),
        Arguments.of(Battery.TRUNCATED_PARTIAL, "sensitizes cancer cells to cisplatin", "truncated PDF"),
        Arguments.of(Battery.PAGES_500, "at day 500.", ""),
        Arguments.of(Battery.LONG_LINE_PDF, "the cells were treated with cisplatin", "longer than 250 tokens"),
        Arguments.of(Battery.LONG_LINE_TEXT, "the cells were treated with cisplatin", "longer than 250 tokens"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processed")
  void isReadAndAnnotated(String input, String phrase, String note) {
    JsonNode document = documents.get(input);
    assertNotNull(document, input + " is in documents.jsonl, failures say: " + failures.get(input));
    assertTrue(document.toString().contains(phrase), input + " has its text");
    JsonNode notes = document.get("notes");
    if (note.isEmpty()) {
      assertNull(notes, input + " has no notes");
    } else {
      assertNotNull(notes, input + " has notes");
      assertTrue(notes.toString().contains(note), input + ": " + notes);
    }
  }

  @Test
  void theFiveHundredPagePdfKeepsEveryPage() {
    JsonNode document = documents.get(Battery.PAGES_500);
    assertEquals(500, document.get("pages").asInt());
    for (int page = 1; page <= 500; page++) {
      assertTrue(document.toString().contains("Sample " + Integer.toString(page, 36) + " was "), "page " + page);
    }
  }

  @Test
  void overLongSentencesAreSplitAndCounted() {
    assertTrue(manifest.get("stages").get("long_sentences_split").asInt() >= 2, manifest.get("stages").toString());
  }

  @Test
  void theLockedFolderIsReportedOrReadAsPermissionsAllow() {
    if (lockedFolderReadable) {
      // Root (as in CI) reads a folder whatever its permission bits: the paper in it must then be processed.
      assertTrue(documents.containsKey(Battery.LOCKED_PAPER), "the paper in the folder root can read");
    } else {
      JsonNode failure = failures.get(Battery.LOCKED_FOLDER);
      assertNotNull(failure, "the unreadable folder is a failure");
      assertEquals("find", failure.get("stage").asText());
      assertEquals("folder is not readable (permission denied)", failure.get("error").asText());
    }
  }

  @Test
  void triplesComeOnlyFromProcessedDocumentsAndTheDuplicateOnce() throws IOException {
    List<String> triples = Files.readAllLines(out.resolve("triples.jsonl"));
    assertFalse(triples.isEmpty());
    List<String> docs = new ArrayList<>();
    documents.values().forEach(d -> docs.add(d.get("doc").asText()));
    for (String line : triples) {
      assertTrue(docs.contains(Json.mapper().readTree(line).get("doc").asText()), line);
    }
    assertTrue(triples.stream().anyMatch(t -> t.contains("\"doc\":\"dup-a\"")));
    assertFalse(triples.stream().anyMatch(t -> t.contains("\"doc\":\"dup-b\"")));
  }

  /**
   * Runs again into the same output folder, over the same files written in the opposite order (the folder is
   * rebuilt), with a stale temporary file and a dead run's partial folder lying around: the folder is replaced as a
   * whole and every output is byte-identical.
   */
  @Test
  void aSecondRunInReverseOrderReplacesTheFolderWithIdenticalBytes() throws IOException {
    Path first = Files.createDirectories(work.resolve("first-run"));
    List<String> outputs = outputFiles(out);
    assertTrue(outputs.containsAll(List.of("documents.jsonl", "triples.jsonl", "trials.jsonl", "failures.jsonl")));
    for (String file : outputs) {
      Files.copy(out.resolve(file), first.resolve(file));
    }
    Battery.unlock(battery);
    Path original = Files.move(battery, work.resolve("battery-original"));
    try (Stream<Path> files = Files.walk(original)) {
      for (Path source : files.sorted(Comparator.reverseOrder()).toList()) {
        Path target = battery.resolve(original.relativize(source).toString());
        Files.createDirectories(Files.isDirectory(source) ? target : target.getParent());
        if (Files.isRegularFile(source)) {
          Files.copy(source, target);
        }
      }
    }
    Battery.lock(battery);
    Files.writeString(out.resolve(".triples.jsonl.tmp"), "{\"half\":");
    Path deadPartial = Files.createDirectories(out.resolveSibling(".out.partial-999999999"));

    assertEquals(0, LitmineCli.execute("run", "--corpus", battery.toString(), "--out", out.toString()));

    assertFalse(Files.exists(out.resolve(".triples.jsonl.tmp")), "the stale temporary file went with the folder");
    assertFalse(Files.exists(deadPartial), "a dead run's partial folder is removed");
    try (Stream<Path> siblings = Files.list(work)) {
      assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".out.")), "no partial folder left");
    }
    assertEquals(outputs, outputFiles(out));
    for (String file : outputs) {
      assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
    }
    JsonNode again = Json.mapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(manifest.get("outputs"), again.get("outputs"));
    assertEquals(manifest.get("inputs"), again.get("inputs"));
  }

  /** The data files of a run folder that must not change between runs: its JSONL and TSV files, by name. */
  static List<String> outputFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonl") || n.endsWith(".tsv"))
          .sorted().toList();
    }
  }

  @Test
  void aFolderHoldingOtherFilesIsRefusedAndLeftAlone() throws IOException {
    Path mine = Files.createDirectories(work.resolve("my-notes"));
    Files.writeString(mine.resolve("notes.txt"), "mine");
    assertEquals(2, LitmineCli.execute("run", "--corpus", battery.resolve(Battery.GOOD).toString(), "--out",
        mine.toString()));
    try (Stream<Path> left = Files.list(mine)) {
      assertEquals(List.of(mine.resolve("notes.txt")), left.toList());
    }
    assertEquals("mine", Files.readString(mine.resolve("notes.txt")));
  }
}
