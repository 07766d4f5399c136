package org.litmine.pipeline.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.litmine.pipeline.beam.CommittedShards;
import org.litmine.pipeline.beam.LitminePipeline;
import org.litmine.pipeline.output.ExternalSort;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.OutputFiles;
import org.litmine.pipeline.read.InputFinder;
import org.litmine.pipeline.runner.SamePapers;

/**
 * The pipeline's sharded outputs merged into the files of a run: each sorted ({@link ExternalSort}); unless
 * {@code --skipDuplicates=false}, the papers read twice ({@link SamePapers}) left out of every file but as skips in {@code failures.jsonl}, with the inputs the
 * finder skipped or could not list; an input that ended in no file at all given a failure line of its own.
 */
final class RunOutputs {

  /** Lines per output file ({@code documents}, ..., {@code failures}), and the skips among the failure lines. */
  record Merged(Map<String, Integer> counts, List<FailureRecord> skips) {}

  private RunOutputs() {}

  /** Merges the shards; with {@code skipDuplicates} (the option of that name), one paper read twice is kept once. */
  static Merged merge(Path staging, CommittedShards committed, Path out, InputFinder finder, List<String> inputs,
      boolean skipDuplicates) throws IOException {
    SamePapers same = skipDuplicates
        ? SamePapers.of(committed.keep(OutputFiles.shards(staging, LitminePipeline.DOCUMENTS)))
        : SamePapers.compare(List.of());
    List<FailureRecord> skips = new ArrayList<>(finder.skipped());
    skips.addAll(same.skipped().values());
    ExternalSort sorter = new ExternalSort(staging.resolve("sort"), ExternalSort.DEFAULT_RUN_CHARS);
    Set<String> seen = new HashSet<>(same.skipped().keySet());
    List<String> moreFailures = new ArrayList<>();
    finder.failures().forEach(f -> moreFailures.add(Json.line(f)));
    skips.forEach(f -> moreFailures.add(Json.line(f)));
    for (Path shard : committed.keep(OutputFiles.shards(staging, LitminePipeline.FAILURES))) {
      try (var lines = Files.lines(shard)) {
        lines.filter(line -> !line.isBlank()).forEach(line -> seen.add(fieldOf(line, "path")));
      }
    }
    Predicate<String> keptDoc = line -> !same.skippedDocs().contains(fieldOf(line, "doc"));
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("documents", sortInto(sorter, committed, staging, LitminePipeline.DOCUMENTS, List.of(), out,
        line -> !same.skipped().containsKey(fieldOf(line, "path")), line -> seen.add(fieldOf(line, "path"))));
    for (String name : List.of(LitminePipeline.TRIPLES, LitminePipeline.FAMILY_TRIPLES,
        LitminePipeline.UNGROUNDED_TRIPLES, LitminePipeline.TRIALS, LitminePipeline.ENTITIES)) {
      counts.put(name, sortInto(sorter, committed, staging, name, List.of(), out, keptDoc, line -> { }));
    }
    moreFailures.addAll(unaccounted(inputs, seen));
    counts.put("failures", sortInto(sorter, committed, staging, LitminePipeline.FAILURES, moreFailures, out, line -> true,
        line -> { }));
    return new Merged(counts, skips);
  }

  /**
   * Sorts the committed shards of one output (the lines {@code keep} takes; a retried task's shards are not
   * committed) and {@code extra} lines into {@code out/<name>.jsonl}; returns the count.
   */
  private static int sortInto(ExternalSort sorter, CommittedShards committed, Path staging, String name,
      List<String> extra, Path out, Predicate<String> keep, Consumer<String> visitor) {
    return Math.toIntExact(sorter.sort(committed.keep(OutputFiles.shards(staging, name)), extra,
        out.resolve(name + ".jsonl"), keep, visitor));
  }

  /** A failure line for each input that ended in neither file, so that nothing is lost without a word. */
  private static List<String> unaccounted(List<String> inputs, Set<String> seen) {
    List<String> lost = new ArrayList<>();
    for (String input : inputs) {
      if (!seen.contains(input)) {
        lost.add(Json.line(new FailureRecord(input, "pipeline", "no output was produced for this input", null)));
      }
    }
    return lost;
  }

  /** A top-level text field of a JSON line ({@code path}, {@code doc}), read without building the whole line. */
  private static String fieldOf(String line, String name) {
    try (JsonParser parser = Json.mapper().getFactory().createParser(line)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals(name)) {
          return parser.getValueAsString();
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Not a JSON line: " + e.getMessage(), e);
    }
  }

}
