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
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.litmine.pipeline.beam.CommittedShards;
import org.litmine.pipeline.beam.LitmineOptions;
import org.litmine.pipeline.beam.LitminePipeline;
import org.litmine.pipeline.export.KgxExport;
import org.litmine.pipeline.output.CorpusTriples;
import org.litmine.pipeline.index.TripleIndex;
import org.litmine.pipeline.limits.Limits;
import org.litmine.pipeline.limits.RunFolder;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.ExternalSort;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.Manifest;
import org.litmine.pipeline.output.OutputFiles;
import org.litmine.pipeline.read.InputFinder;
import org.litmine.pipeline.read.PaperReaders;
import org.litmine.pipeline.runner.Progress;
import org.litmine.pipeline.runner.RunnerSetup;

/**
 * {@code ./litmine run --corpus PATH [--out DIR] [--runner DirectRunner|FlinkRunner]}: reads every paper, extracts
 * triples and writes the files of CONTRACT.md, then the Lucene index ({@code index/}) and the knowledge-graph export
 * ({@code nodes.tsv}, {@code edges.tsv}, {@code triples.tsv}) built from {@code triples.jsonl}. Shards are merged by
 * an external sort, so no output is held in memory whole. Exits 0 when every input is accounted for in
 * {@code documents.jsonl} or {@code failures.jsonl}.
 */
final class RunCommand {

  static final String STAGING = ".staging";
  /** What {@code run} reads, as the message of an empty corpus says it. */
  static final String INPUT_KINDS = "PDF (*.pdf), JATS XML (*.xml, *.nxml) and plain text (*.txt)";

  private RunCommand() {}

  static int run(ArgList args) throws UsageException, IOException {
    if (!args.positional.isEmpty()) {
      throw new UsageException("run takes options only, got: " + args.positional);
    }
    LitmineOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(args.asBeamArgs()).withValidation().as(LitmineOptions.class);
      Limits.of(options);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path corpus = Path.of(options.getCorpus());
    if (!Files.exists(corpus)) {
      throw new UsageException("--corpus " + corpus + " does not exist");
    }
    long start = System.nanoTime();
    InputFinder finder = new InputFinder(PaperReaders.all()).skipDuplicates(options.getSkipDuplicates())
        .scan(corpus);
    if (finder.inputs().isEmpty()) {
      throw new UsageException("no input under " + corpus + ": looked for " + INPUT_KINDS + ", in every folder, and"
          + " found none");
    }
    RunFolder folder;
    try {
      folder = RunFolder.open(Path.of(options.getOut()));
    } catch (RunFolder.Refused e) {
      throw new UsageException(e.getMessage());
    }
    Path out = folder.work();
    Path staging = out.resolve(STAGING);
    Files.createDirectories(staging);

    List<String> inputs = finder.inputs();
    System.err.printf("litmine: %d input(s) under %s%n", inputs.size(), corpus);
    RunnerSetup.configure(options, args.asBeamArgs());
    PipelineResult result;
    CommittedShards committed;
    try {
      result = LitminePipeline.build(options, inputs, staging).run();
      PipelineResult.State state = new Progress(Progress.terminalOrNull(), inputs.size()).await(result);
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the pipeline ended " + state);
      }
      committed = CommittedShards.of(result);
    } catch (RuntimeException e) {
      // A failed run (a Flink job out of restarts) leaves nothing: not its partial folder, not a partial --out.
      folder.abandon();
      throw e;
    }

    ExternalSort sorter = new ExternalSort(staging.resolve("sort"), ExternalSort.DEFAULT_RUN_CHARS);
    Set<String> seen = new HashSet<>();
    List<String> moreFailures = new ArrayList<>();
    finder.failures().forEach(f -> moreFailures.add(Json.line(f)));
    for (Path shard : committed.keep(OutputFiles.shards(staging, LitminePipeline.FAILURES))) {
      try (var lines = Files.lines(shard)) {
        lines.filter(line -> !line.isBlank()).forEach(line -> seen.add(pathOf(line)));
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("documents", sortInto(sorter, committed, staging, LitminePipeline.DOCUMENTS, List.of(), out,
        line -> seen.add(pathOf(line))));
    counts.put("triples", sortInto(sorter, committed, staging, LitminePipeline.TRIPLES, List.of(), out,
        line -> { }));
    counts.put("family_triples", sortInto(sorter, committed, staging, LitminePipeline.FAMILY_TRIPLES, List.of(), out,
        line -> { }));
    counts.put("ungrounded_triples", sortInto(sorter, committed, staging, LitminePipeline.UNGROUNDED_TRIPLES,
        List.of(), out, line -> { }));
    counts.put("trials", sortInto(sorter, committed, staging, LitminePipeline.TRIALS, List.of(), out,
        line -> { }));
    counts.put("entities", sortInto(sorter, committed, staging, LitminePipeline.ENTITIES, List.of(), out,
        line -> { }));
    moreFailures.addAll(unaccounted(inputs, seen));
    counts.put("failures", sortInto(sorter, committed, staging, LitminePipeline.FAILURES, moreFailures, out,
        line -> { }));
    OutputFiles.deleteTree(staging);
    Map<String, Long> stages = stageTimings(result);
    long mark = System.nanoTime();
    TripleIndex.build(out, out.resolve(TripleIndex.FOLDER));
    stages.put("index_ms", (System.nanoTime() - mark) / 1_000_000);
    mark = System.nanoTime();
    counts.put("triples_aggregated", CorpusTriples.write(out, out));
    KgxExport.write(out, out);
    stages.put("export_ms", (System.nanoTime() - mark) / 1_000_000);
    int documents = counts.get("documents");
    int failures = counts.get("failures");

    stages.put("total_ms", (System.nanoTime() - start) / 1_000_000);
    Map<String, String> opts = new LinkedHashMap<>();
    opts.put("corpus", corpus.toString());
    opts.put("out", options.getOut());
    opts.put("runner", options.getRunner().getSimpleName());
    opts.putAll(Limits.of(options).asOptions());
    Manifest manifest = new Manifest(inputs.size() + finder.failures().size(), documents, failures,
        counts, Versions.all(), opts, stages);
    OutputFiles.writeAtomically(out.resolve("manifest.json"),
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
    folder.commit();
    System.err.printf("litmine: %d document(s), %d failure(s), %d triple(s) → %s%n",
        documents, failures, counts.get("triples"), folder.target());
    return 0;
  }

  /**
   * Sorts the committed shards of one output (and {@code extra} lines) into {@code out/<name>.jsonl}; returns the
   * count.
   */
  private static int sortInto(ExternalSort sorter, CommittedShards committed, Path staging, String name,
      List<String> extra, Path out, Consumer<String> visitor) {
    return Math.toIntExact(sorter.sort(committed.keep(OutputFiles.shards(staging, name)), extra,
        out.resolve(name + ".jsonl"), visitor));
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

  /** The top-level {@code path} of a document or failure line, read without building the whole document. */
  private static String pathOf(String line) {
    try (JsonParser parser = Json.mapper().getFactory().createParser(line)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("path")) {
          return parser.getValueAsString();
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Not a JSON line: " + e.getMessage(), e);
    }
  }

  private static Map<String, Long> stageTimings(PipelineResult result) {
    Map<String, Long> stages = new LinkedHashMap<>();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> counter : metrics.getCounters()) {
      if (CommittedShards.NAMESPACE.equals(counter.getName().getNamespace())) {
        continue;
      }
      Long value;
      try {
        value = counter.getAttempted();
      } catch (UnsupportedOperationException e) {
        continue;
      }
      stages.merge(counter.getName().getName(), value, Long::sum);
    }
    return new java.util.TreeMap<>(stages);
  }
}
