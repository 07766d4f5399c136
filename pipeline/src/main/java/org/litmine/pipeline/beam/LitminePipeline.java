package org.litmine.pipeline.beam;

import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.litmine.pipeline.options.LitmineOptions;
import org.litmine.pipeline.runner.CountDoneFn;
import org.litmine.pipeline.runner.RunnerSetup;

/**
 * The litmine pipeline: list inputs, in batches → read each paper, annotate it, extract triples and trials → write
 * JSON lines.
 *
 * <p>Each output goes to sharded files under a staging folder ({@code <name>-*.jsonl}); the command line then merges
 * and sorts them into the final files, so the result does not depend on the runner's sharding or ordering.
 */
public final class LitminePipeline {

  public static final String DOCUMENTS = "documents";
  public static final String TRIPLES = "triples";
  public static final String FAMILY_TRIPLES = "family_triples";
  public static final String UNGROUNDED_TRIPLES = "ungrounded_triples";
  public static final String TRIALS = "trials";
  public static final String ENTITIES = "entities";
  public static final String FAILURES = "failures";
  /** The file in the staging folder that grows by a byte per paper done ({@code runner.Progress}). */
  public static final String PROGRESS = ".progress";

  private LitminePipeline() {}

  public static Pipeline build(LitmineOptions options, List<String> inputs, Path staging) {
    Pipeline pipeline = Pipeline.create(options);
    PCollection<KV<Integer, String>> paths = pipeline.apply("ListInputs",
        Create.of(InputBatches.of(inputs, RunnerSetup.runnerWorkers(options)))
            .withCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())));
    PCollectionTuple extracted = paths.apply("ReadAndAnnotatePapers",
        new ReadAndAnnotatePapers(staging.resolve(PROGRESS).toAbsolutePath().toString()));
    write(extracted.get(Tags.DOCUMENTS), staging, DOCUMENTS);
    write(extracted.get(Tags.TRIPLES), staging, TRIPLES);
    write(extracted.get(Tags.FAMILY_TRIPLES), staging, FAMILY_TRIPLES);
    write(extracted.get(Tags.UNGROUNDED_TRIPLES), staging, UNGROUNDED_TRIPLES);
    write(extracted.get(Tags.TRIALS), staging, TRIALS);
    write(extracted.get(Tags.ENTITIES), staging, ENTITIES);
    PCollection<String> failures = extracted.get(Tags.FAILURES);
    write(failures, staging, FAILURES);
    PCollectionList.of(extracted.get(Tags.DOCUMENTS)).and(failures)
        .apply("GatherDone", Flatten.pCollections())
        .apply("CountDone", ParDo.of(new CountDoneFn()));
    return pipeline;
  }

  public static PipelineResult run(LitmineOptions options, List<String> inputs, Path staging) {
    PipelineResult result = build(options, inputs, staging).run();
    result.waitUntilFinish();
    return result;
  }

  private static void write(PCollection<String> lines, Path staging, String name) {
    lines.apply("Write_" + name, ParDo.of(new WriteShardFn(staging.resolve(name).toAbsolutePath().toString())));
  }
}
