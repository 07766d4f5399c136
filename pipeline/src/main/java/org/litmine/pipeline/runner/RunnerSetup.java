package org.litmine.pipeline.runner;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.litmine.pipeline.beam.LitmineOptions;

/**
 * Runner-specific defaults of {@code ./litmine run}, applied after the command line is parsed; an option given on
 * the command line always wins.
 *
 * <ul>
 *   <li>{@code FlinkRunner}: the master defaults to {@code [local]}, an embedded Flink mini-cluster in this JVM
 *       (Flink's own default, {@code [auto]}, would pick a cluster from the environment when there is one), with
 *       one slot per core ({@code --parallelism}). {@code --fasterCopy} defaults to true: the pipeline's elements
 *       are immutable strings, so Flink need not copy them between chained operators. For a
 *       real cluster pass {@code --flinkMaster=host:port} and {@code --parallelism=N}; the cluster's task managers
 *       then need the litmine jar and its classpath ({@code --filesToStage}).</li>
 *   <li>{@code DirectRunner}: the run does not block in {@code run()}, so that the command line can poll counters
 *       for its progress line while the pipeline works. Its checks that every element survives encoding and is
 *       not mutated ({@code --enforceEncodability}, {@code --enforceImmutability}) are off by default: they are
 *       test aids that re-encode every paper, and the pipeline's elements are immutable strings.</li>
 *   <li>Both: {@code --paperThreads} defaults to the number of workers, at most one per core.</li>
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
      direct.setBlockOnRun(false);
      if (!given(userArgs, "enforceImmutability")) {
        direct.setEnforceImmutability(false);
      }
      if (!given(userArgs, "enforceEncodability")) {
        direct.setEnforceEncodability(false);
      }
    }
    LitmineOptions litmine = options.as(LitmineOptions.class);
    if (litmine.getPaperThreads() <= 0) {
      litmine.setPaperThreads(paperThreads(options));
    }
  }

  /** The threads that annotate one paper: as many as the run has workers, at most one per core. */
  private static int paperThreads(PipelineOptions options) {
    int workers = 1;
    if (FlinkRunner.class.equals(options.getRunner())) {
      workers = options.as(FlinkPipelineOptions.class).getParallelism();
    } else if (DirectRunner.class.equals(options.getRunner())) {
      workers = options.as(DirectOptions.class).getTargetParallelism();
    }
    return Math.max(1, Math.min(workers, Runtime.getRuntime().availableProcessors()));
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
