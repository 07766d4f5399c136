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
import org.litmine.pipeline.output.OutputFiles;

/**
 * {@code ./litmine bench --corpus PATH[,PATH...] [--copies N[,N...]] [--workers N] [--report FILE]}: benchmarks
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
    Runtime rt = Runtime.getRuntime();
    String machine = String.format(Locale.ROOT, "Java %s, %d cores, max heap %.1f GiB (%s), load average at the end %.1f.",
        System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() / (1024.0 * 1024 * 1024),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    if (report.getParent() != null) {
      Files.createDirectories(report.getParent());
    }
    OutputFiles.writeAtomically(report, BenchReport.markdown(results, machine));
    System.err.println("litmine bench: wrote " + report);
    return 0;
  }
}
