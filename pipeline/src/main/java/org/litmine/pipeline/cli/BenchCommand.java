package org.litmine.pipeline.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litmine.pipeline.bench.BenchReport;
import org.litmine.pipeline.bench.Benchmark;
import org.litmine.pipeline.bench.ClusterBench;
import org.litmine.pipeline.bench.ClusterBenchReport;
import org.litmine.pipeline.output.OutputFiles;

/**
 * {@code ./litmine bench --corpus PATH[,PATH...] [--copies N[,N...]] [--workers N] [--report FILE]
 * [--cluster N[,N] [--rounds N]]}: benchmarks
 * {@code run} on each corpus (copied round-robin to at least N papers when {@code --copies} is given; the copies
 * live in a temporary folder and are deleted) and writes the Markdown report (default {@code reports/bench.md}).
 * See {@link Benchmark} for what is measured.
 */
final class BenchCommand {

  private BenchCommand() {}

  static int run(ArgList args) throws UsageException, IOException {
    String corpora = args.options.get("corpus");
    if (corpora == null) {
      throw new UsageException("--corpus PATH[,PATH...] is required");
    }
    String[] paths = corpora.split(",");
    String[] copies = args.get("copies", "0").split(",");
    int workers;
    try {
      workers = Integer.parseInt(args.get("workers", "2"));
    } catch (NumberFormatException e) {
      throw new UsageException("--workers takes a number");
    }
    Path report = Path.of(args.get("report", "reports/bench.md"));
    if (args.options.containsKey("cluster")) {
      return cluster(args, paths, copies, report);
    }
    Benchmark bench = new Benchmark(Litmine::execute);
    List<Benchmark.Result> results = new ArrayList<>();
    for (int i = 0; i < paths.length; i++) {
      Path corpus = Path.of(paths[i]);
      if (!Files.exists(corpus)) {
        throw new UsageException("--corpus " + corpus + " does not exist");
      }
      int n;
      try {
        n = Integer.parseInt(copies[Math.min(i, copies.length - 1)]);
      } catch (NumberFormatException e) {
        throw new UsageException("--copies takes numbers");
      }
      results.add(bench.measure(corpus, n, workers));
    }
    if (report.getParent() != null) {
      Files.createDirectories(report.getParent());
    }
    String markdown = BenchReport.markdown(results, machine());
    String cluster = Files.isRegularFile(report) ? ClusterBenchReport.sectionOf(Files.readString(report)) : "";
    OutputFiles.writeAtomically(report, cluster.isEmpty() ? markdown : ClusterBenchReport.splice(markdown, cluster));
    System.err.println("litmine bench: wrote " + report);
    return 0;
  }

  /**
   * {@code --cluster N[,N]}: the DirectRunner beside a standalone Flink cluster of N TaskManagers, each setting
   * {@code --rounds} times (default 3) after a warm-up ({@link ClusterBench}), on one corpus; the section replaces
   * the report's previous cluster section and leaves the rest of the report as it was.
   */
  private static int cluster(ArgList args, String[] paths, String[] copies, Path report)
      throws UsageException, IOException {
    if (paths.length != 1) {
      throw new UsageException("--cluster benchmarks one corpus at a time");
    }
    List<Integer> taskManagers = new ArrayList<>();
    int rounds;
    int n;
    try {
      for (String count : args.options.get("cluster").split(",")) {
        taskManagers.add(Integer.parseInt(count.trim()));
      }
      rounds = Integer.parseInt(args.get("rounds", "3"));
      n = Integer.parseInt(copies[0]);
    } catch (NumberFormatException e) {
      throw new UsageException("--cluster, --rounds and --copies take numbers");
    }
    Path corpus = Path.of(paths[0]);
    Path config = Path.of("cluster");
    Path jobJar = Path.of("pipeline/target/litmine-job.jar");
    if (!Files.exists(corpus)) {
      throw new UsageException("--corpus " + corpus + " does not exist");
    }
    if (!Files.isRegularFile(config.resolve("flink-conf.yaml")) || !Files.isRegularFile(jobJar)) {
      throw new UsageException("--cluster runs from the project's folder, with cluster/flink-conf.yaml and " + jobJar
          + " (mvn -B -q install -DskipTests -Pjob-jar)");
    }
    List<ClusterBench.Row> rows = new ClusterBench(Litmine::execute, config, jobJar, rounds)
        .measure(corpus, n, taskManagers);
    String command = "./litmine bench --corpus " + corpus + (n > 0 ? " --copies " + n : "") + " --cluster "
        + args.options.get("cluster") + " --rounds " + rounds;
    String section = ClusterBenchReport.section(corpus.toString(), rows, rounds, command, machine());
    String previous = Files.exists(report) ? Files.readString(report) : "";
    if (report.getParent() != null) {
      Files.createDirectories(report.getParent());
    }
    OutputFiles.writeAtomically(report, ClusterBenchReport.splice(previous, section));
    System.err.println("litmine bench: wrote the cluster section of " + report);
    return 0;
  }

  private static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "Java %s, %d cores, max heap %.1f GiB (%s), load average at the end %.1f.",
        System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() / (1024.0 * 1024 * 1024),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
