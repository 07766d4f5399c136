package org.litmine.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.litmine.pipeline.beam.CommittedShards;
import org.litmine.pipeline.options.LitmineOptions;
import org.litmine.pipeline.beam.LitminePipeline;
import org.litmine.pipeline.export.KgxExport;
import org.litmine.pipeline.output.CorpusTriples;
import org.litmine.pipeline.index.TripleIndex;
import org.litmine.pipeline.limits.Limits;
import org.litmine.pipeline.limits.RunFolder;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.Manifest;
import org.litmine.pipeline.output.OutputFiles;
import org.litmine.pipeline.read.InputFinder;
import org.litmine.pipeline.read.PaperReaders;
import org.litmine.pipeline.runner.Progress;
import org.litmine.pipeline.runner.RunnerSetup;
import org.litmine.pipeline.runner.StatusLine;
import org.litmine.pipeline.summary.RunSummary;

/**
 * {@code ./litmine run --corpus PATH [--out DIR] [--runner DirectRunner|FlinkRunner]}: reads every paper, extracts
 * triples and writes the files of CONTRACT.md, then the Lucene index ({@code index/}) and the knowledge-graph export
 * ({@code nodes.tsv}, {@code edges.tsv}, {@code triples.tsv}) built from {@code triples.jsonl}, and
 * {@code summary.html}, a page to browse the run ({@link RunSummary}). Shards are merged by
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
          + " found none" + ignoredNote(finder.ignored()) + skippedNote(finder));
    }
    RunFolder folder;
    try {
      folder = RunFolder.open(Path.of(options.getOut()));
    } catch (RunFolder.Refused e) {
      throw new UsageException(e.getMessage());
    }
    try {
      return produce(args, options, corpus, finder, folder, start);
    } finally {
      folder.close();
    }
  }

  /** Runs the pipeline into the run folder, merges, indexes and exports its outputs, and commits the folder. */
  private static int produce(ArgList args, LitmineOptions options, Path corpus, InputFinder finder,
      RunFolder folder, long start) throws IOException {
    Path out = folder.work();
    Path staging = out.resolve(STAGING);
    Files.createDirectories(staging);

    List<String> inputs = finder.inputs();
    int seenInputs = inputs.size() + finder.skipped().size() + finder.failures().size();
    System.err.printf("litmine: %d input(s) under %s: %d to read, %d skipped, %d failed%s%n", seenInputs, corpus,
        inputs.size(), finder.skipped().size(), finder.failures().size(), ignoredNote(finder.ignored()));
    RunnerSetup.configure(options, args.asBeamArgs());
    PipelineResult result;
    CommittedShards committed;
    StatusLine status = StatusLine.install();
    try (Progress progress = new Progress(status, inputs.size(), staging.resolve(LitminePipeline.PROGRESS))) {
      progress.start();
      result = LitminePipeline.build(options, inputs, staging).run();
      PipelineResult.State state = result.waitUntilFinish();
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the pipeline ended " + state);
      }
      committed = CommittedShards.of(result);
    } catch (RuntimeException e) {
      // A failed run (a Flink job out of restarts) leaves nothing: not its partial folder, not a partial --out.
      folder.abandon();
      throw e;
    } finally {
      if (status != null) {
        status.close(true);
      }
    }

    RunOutputs.Merged merged = RunOutputs.merge(staging, committed, out, finder, inputs,
        options.getSkipDuplicates());
    Map<String, Integer> counts = merged.counts();
    List<FailureRecord> skips = merged.skips();
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
    int failed = counts.get("failures") - skips.size();
    mark = System.nanoTime();
    Set<String> skipped = new HashSet<>();
    skips.forEach(f -> skipped.add(f.path()));
    RunSummary.write(out, corpus.toString(), Versions.all().get("litmine"),
        new RunSummary.Counts(seenInputs, documents, skips.size(), failed), skipped);
    stages.put("summary_ms", (System.nanoTime() - mark) / 1_000_000);

    stages.put("total_ms", (System.nanoTime() - start) / 1_000_000);
    Map<String, String> opts = new LinkedHashMap<>();
    opts.put("corpus", corpus.toString());
    opts.put("out", options.getOut());
    opts.put("runner", options.getRunner().getSimpleName());
    opts.putAll(Limits.of(options).asOptions());
    Manifest manifest = new Manifest(seenInputs, documents, skips.size(), failed, finder.ignored(),
        counts, Versions.all(), opts, stages);
    OutputFiles.writeAtomically(out.resolve("manifest.json"),
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
    folder.commit();
    System.err.printf("litmine: %d input(s): %d document(s), %d skipped, %d failed; %d triple(s) → %s%s%n",
        seenInputs, documents, skips.size(), failed, counts.get("triples"), folder.target(),
        skips.size() + failed > 0 ? " (skips and failures with their reasons in failures.jsonl)" : "");
    return 0;
  }

  /** "; skipped: ..." for the rare corpus whose every input was skipped or failed at listing. */
  private static String skippedNote(InputFinder finder) {
    List<String> notes = new ArrayList<>();
    finder.skipped().forEach(f -> notes.add(f.path() + ": " + f.error()));
    finder.failures().forEach(f -> notes.add(f.path() + ": " + f.error()));
    return notes.isEmpty() ? "" : "; not read: " + String.join("; ", notes);
  }

  /** ", 12 other files not read (.md 3, .html 9)", or nothing when every file was an input. */
  static String ignoredNote(Map<String, Integer> ignored) {
    int n = ignored.values().stream().mapToInt(Integer::intValue).sum();
    if (n == 0) {
      return "";
    }
    StringBuilder note = new StringBuilder(String.format(", %d other file(s) not of a kind litmine reads (", n));
    ignored.forEach((ext, count) -> note.append(ext).append(' ').append(count).append(", "));
    note.setLength(note.length() - 2);
    return note.append(')').toString();
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
