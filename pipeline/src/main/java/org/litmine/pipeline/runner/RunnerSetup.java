package org.litmine.pipeline.runner;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.litmine.pipeline.options.LitmineOptions;

/**
 * Runner-specific defaults of {@code ./litmine run}, applied after the command line is parsed; an option given on
 * the command line always wins.
 *
 * <ul>
 *   <li>{@code FlinkRunner}: the master defaults to {@code [local]}, an embedded Flink mini-cluster in this JVM
 *       (Flink's own default, {@code [auto]}, would pick a cluster from the environment when there is one), with
 *       one slot per core ({@code --parallelism}). {@code --fasterCopy} defaults to true: the pipeline's elements
 *       are immutable strings, so Flink need not copy them between chained operators. For a
 *       real cluster pass {@code --flinkMaster=host:port}, {@code --parallelism=N} and
 *       {@code --filesToStage=pipeline/target/litmine-job.jar}, the job jar (README, "A standalone Flink
 *       cluster").</li>
 *   <li>{@code DirectRunner}: {@code --targetParallelism=N} becomes {@code --papersInFlight=N} (default: one per
 *       core), and the runner itself runs on one thread. Beam 2.62's DirectRunner keeps a
 *       worker thread that has no bundle polling for work (its monitor resubmits itself to the worker pool), which
 *       takes a core from the papers whenever fewer bundles than workers are ready: always for a corpus of one
 *       paper, and at the end of every run. On one runner thread the monitor waits while a bundle is processed,
 *       and the papers of each bundle run {@code N} at a time on litmine's own threads
 *       ({@code ElementsInFlight}). The run does not block in {@code run()}, so that the command line can poll counters
 *       for its progress line while the pipeline works. Its checks that every element survives encoding and is
 *       not mutated ({@code --enforceEncodability}, {@code --enforceImmutability}) are off by default: they are
 *       test aids that re-encode every paper, and the pipeline's elements are immutable strings.</li>
 *   <li>Both: {@code --paperThreads} defaults to the number of workers (papers in flight, or Flink's slots), at
 *       most one per core.</li>
 * </ul>
 */
public final class RunnerSetup {

  /** The embedded Flink master. */
  public static final String FLINK_LOCAL = "[local]";

  private RunnerSetup() {}

  /** Applies the defaults above to {@code options}, given the words the user typed ({@code --name=value}). */
  public static void configure(PipelineOptions options, String[] userArgs) {
    if (FlinkRunner.class.equals(options.getRunner())) {
      FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
      if (!given(userArgs, "flinkMaster")) {
        flink.setFlinkMaster(FLINK_LOCAL);
        if (!given(userArgs, "parallelism")) {
          flink.setParallelism(Runtime.getRuntime().availableProcessors());
        }
      }
      if (!given(userArgs, "fasterCopy")) {
        flink.setFasterCopy(true);
      }
    } else if (DirectRunner.class.equals(options.getRunner())) {
      DirectOptions direct = options.as(DirectOptions.class);
      LitmineOptions litmine = options.as(LitmineOptions.class);
      if (litmine.getPapersInFlight() <= 0) {
        litmine.setPapersInFlight(given(userArgs, "targetParallelism") ? direct.getTargetParallelism()
            : Runtime.getRuntime().availableProcessors());
      }
      direct.setTargetParallelism(1);
      direct.setBlockOnRun(false);
      if (!given(userArgs, "enforceImmutability")) {
        direct.setEnforceImmutability(false);
      }
      if (!given(userArgs, "enforceEncodability")) {
        direct.setEnforceEncodability(false);
      }
    }
    LitmineOptions litmine = options.as(LitmineOptions.class);
    if (litmine.getPapersInFlight() <= 0) {
      litmine.setPapersInFlight(1);
    }
    if (litmine.getPaperThreads() <= 0) {
      int workers = runnerWorkers(options) * litmine.getPapersInFlight();
      litmine.setPaperThreads(Math.max(1, Math.min(workers, Runtime.getRuntime().availableProcessors())));
    }
  }

  /** The runner's own workers once configured: Flink's slots, the DirectRunner's threads (one), else one. */
  public static int runnerWorkers(PipelineOptions options) {
    if (FlinkRunner.class.equals(options.getRunner())) {
      return Math.max(1, options.as(FlinkPipelineOptions.class).getParallelism());
    }
    if (DirectRunner.class.equals(options.getRunner())) {
      return Math.max(1, options.as(DirectOptions.class).getTargetParallelism());
    }
    return 1;
  }

  private static boolean given(String[] args, String name) {
    for (String arg : args) {
      if (arg.startsWith("--" + name + "=") || arg.equals("--" + name)) {
        return true;
      }
    }
    return false;
  }
}
