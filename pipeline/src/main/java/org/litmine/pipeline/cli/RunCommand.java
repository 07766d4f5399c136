package org.litmine.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.litmine.pipeline.beam.LitmineOptions;
import org.litmine.pipeline.beam.LitminePipeline;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.Manifest;
import org.litmine.pipeline.output.OutputFiles;
import org.litmine.pipeline.read.InputFinder;
import org.litmine.pipeline.read.PaperReaders;

/**
 * {@code ./litmine run --corpus PATH [--out DIR] [--runner DirectRunner]}: reads every paper, extracts triples and
 * writes the files of CONTRACT.md. Exits 0 when every input is accounted for in {@code documents.jsonl} or
 * {@code failures.jsonl}.
 */
final class RunCommand {

  static final String STAGING = ".staging";

  private RunCommand() {}

  static int run(ArgList args) throws UsageException, IOException {
    if (!args.positional.isEmpty()) {
      throw new UsageException("run takes options only, got: " + args.positional);
    }
    LitmineOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(args.asBeamArgs()).withValidation().as(LitmineOptions.class);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path corpus = Path.of(options.getCorpus());
    if (!Files.exists(corpus)) {
      throw new UsageException("--corpus " + corpus + " does not exist");
    }
    Path out = Path.of(options.getOut());
    Files.createDirectories(out);
    if (!Files.isWritable(out)) {
      throw new UsageException("--out " + out + " is not writable");
    }
    Path staging = out.resolve(STAGING);
    OutputFiles.deleteTree(staging);
    Files.createDirectories(staging);

    long start = System.nanoTime();
    InputFinder finder = new InputFinder(PaperReaders.all()).scan(corpus);
    List<String> inputs = finder.inputs();
    System.err.printf("litmine: %d input(s) under %s%n", inputs.size(), corpus);
    PipelineResult result = LitminePipeline.run(options, inputs, staging);

    List<String> documents = OutputFiles.shardLines(staging, LitminePipeline.DOCUMENTS);
    List<String> triples = OutputFiles.shardLines(staging, LitminePipeline.TRIPLES);
    List<String> trials = OutputFiles.shardLines(staging, LitminePipeline.TRIALS);
    List<String> failures = new ArrayList<>(OutputFiles.shardLines(staging, LitminePipeline.FAILURES));
    finder.failures().forEach(f -> failures.add(Json.line(f)));
    failures.addAll(unaccounted(inputs, documents, failures));

    OutputFiles.writeSorted(out, "documents.jsonl", documents);
    OutputFiles.writeSorted(out, "triples.jsonl", triples);
    OutputFiles.writeSorted(out, "trials.jsonl", trials);
    OutputFiles.writeSorted(out, "failures.jsonl", failures);
    OutputFiles.deleteTree(staging);

    Map<String, Long> stages = stageTimings(result);
    stages.put("total_ms", (System.nanoTime() - start) / 1_000_000);
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("documents", documents.size());
    counts.put("triples", triples.size());
    counts.put("trials", trials.size());
    counts.put("failures", failures.size());
    Map<String, String> opts = new LinkedHashMap<>();
    opts.put("corpus", corpus.toString());
    opts.put("out", out.toString());
    opts.put("runner", options.getRunner().getSimpleName());
    Manifest manifest = new Manifest(inputs.size() + finder.failures().size(), documents.size(), failures.size(),
        counts, Versions.all(), opts, stages);
    OutputFiles.writeAtomically(out.resolve("manifest.json"),
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
    System.err.printf("litmine: %d document(s), %d failure(s), %d triple(s) → %s%n",
        documents.size(), failures.size(), triples.size(), out);
    return 0;
  }

  /** A failure line for each input that ended in neither file, so that nothing is lost without a word. */
  private static List<String> unaccounted(List<String> inputs, List<String> documents, List<String> failures) {
    Set<String> seen = new HashSet<>();
    documents.forEach(d -> seen.add(Json.parse(d, Paper.class).path()));
    failures.forEach(f -> seen.add(Json.parse(f, FailureRecord.class).path()));
    List<String> lost = new ArrayList<>();
    for (String input : inputs) {
      if (!seen.contains(input)) {
        lost.add(Json.line(new FailureRecord(input, "pipeline", "no output was produced for this input", null)));
      }
    }
    return lost;
  }

  private static Map<String, Long> stageTimings(PipelineResult result) {
    Map<String, Long> stages = new LinkedHashMap<>();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> counter : metrics.getCounters()) {
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
