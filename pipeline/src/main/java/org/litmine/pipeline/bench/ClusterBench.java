package org.litmine.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.litmine.pipeline.cluster.LocalFlinkCluster;
import org.litmine.pipeline.output.OutputFiles;

/**
 * Benchmarks {@code ./litmine run} on a standalone Flink cluster beside the DirectRunner, on one corpus, in one go:
 * the DirectRunner in this JVM with as many workers as a TaskManager has slots, then a cluster of 1 TaskManager,
 * then one of 2 (or the counts given), each a JobManager and TaskManagers started as separate JVMs from this JVM's
 * classpath ({@link LocalFlinkCluster}, {@code cluster/flink-conf.yaml}), running {@code litmine-job.jar} on all
 * their slots. Each setting runs once to warm up (the cluster's TaskManagers then have loaded the JIT's work; a
 * job's CoreNLP models are loaded by each job, as each job has a class loader of its own), then {@code rounds}
 * times; a setting is reported by its median run, with the highest heap in use each process reached: this JVM
 * (the launcher, which lists, merges and indexes), the JobManager and each TaskManager ({@link ProcessHeap}).
 */
public final class ClusterBench {

  /** One setting's median run and its processes' heap peaks (bytes). */
  public record Row(String setting, int slots, int papers, long wallNanos, long launcherPeak, long jobManagerPeak,
      List<Long> taskManagerPeaks) {

    double seconds() {
      return wallNanos / 1e9;
    }
  }

  /** Slots per TaskManager, as {@code cluster/flink-conf.yaml} sets them. */
  static final int SLOTS = 2;
  /** A TaskManager's -Xmx: the config's framework heap + task heap. */
  public static final String TASK_MANAGER_HEAP = "3200m";

  private final Function<String[], Integer> run;
  private final Path configDir;
  private final Path jobJar;
  private final int rounds;

  public ClusterBench(Function<String[], Integer> run, Path configDir, Path jobJar, int rounds) {
    this.run = run;
    this.configDir = configDir;
    this.jobJar = jobJar;
    this.rounds = rounds;
  }

  /** Runs the DirectRunner, then a cluster of each of {@code taskManagers} TaskManagers, on the corpus. */
  public List<Row> measure(Path corpus, int copies, List<Integer> taskManagers) throws IOException {
    Path work = Files.createTempDirectory("litmine-cluster-bench-");
    List<Row> rows = new ArrayList<>();
    try (CorpusCopies papers = new CorpusCopies(corpus, copies)) {
      String[] directArgs = {"--targetParallelism=" + SLOTS};
      rows.add(setting("DirectRunner, " + SLOTS + " workers, one JVM", SLOTS, papers, work, directArgs, null));
      for (int n : taskManagers) {
        try (LocalFlinkCluster cluster = new LocalFlinkCluster(System.getProperty("java.class.path"), configDir,
            work.resolve("logs-" + n), TASK_MANAGER_HEAP, List.of())) {
          cluster.start(n);
          String[] flinkArgs = {"--runner=FlinkRunner", "--flinkMaster=" + cluster.master(),
              "--parallelism=" + n * SLOTS, "--filesToStage=" + jobJar.toAbsolutePath()};
          rows.add(setting("standalone cluster, " + n + " TaskManager" + (n > 1 ? "s" : "") + " × " + SLOTS
              + " slots", n * SLOTS, papers, work, flinkArgs, cluster));
        }
      }
    } finally {
      OutputFiles.deleteTree(work);
    }
    return rows;
  }

  private Row setting(String name, int slots, CorpusCopies papers, Path work, String[] runnerArgs,
      LocalFlinkCluster cluster) throws IOException {
    List<Row> runs = new ArrayList<>();
    for (int round = 0; round <= rounds; round++) {
      System.err.printf("litmine bench: %s, %s%n", name, round == 0 ? "warm-up" : "round " + round + " of " + rounds);
      Row row = once(name, slots, papers, work.resolve("out-" + slots + "-" + round), runnerArgs, cluster);
      if (round > 0) {
        runs.add(row);
      }
    }
    List<Row> byTime = runs.stream().sorted(Comparator.comparingLong(Row::wallNanos)).toList();
    Row median = byTime.get(byTime.size() / 2);
    List<Long> tmPeaks = new ArrayList<>(median.taskManagerPeaks());
    for (Row r : runs) {
      for (int i = 0; i < tmPeaks.size(); i++) {
        tmPeaks.set(i, Math.max(tmPeaks.get(i), r.taskManagerPeaks().get(i)));
      }
    }
    return new Row(name, slots, papers.papers, median.wallNanos(),
        runs.stream().mapToLong(Row::launcherPeak).max().orElse(0),
        runs.stream().mapToLong(Row::jobManagerPeak).max().orElse(0), tmPeaks);
  }

  private Row once(String name, int slots, CorpusCopies papers, Path out, String[] runnerArgs,
      LocalFlinkCluster cluster) throws IOException {
    List<String> args = new ArrayList<>(List.of("run", "--corpus", papers.dir.toString(), "--out", out.toString(),
        "--skipDuplicates=false"));
    args.addAll(List.of(runnerArgs));
    List<ProcessHeap> heaps = new ArrayList<>();
    if (cluster != null) {
      heaps.add(new ProcessHeap(cluster.jobManager().pid()));
      for (Process tm : cluster.taskManagers()) {
        heaps.add(new ProcessHeap(tm.pid()));
      }
    }
    System.gc();
    HeapSampler launcher = new HeapSampler();
    long start = System.nanoTime();
    int code;
    try (launcher) {
      code = run.apply(args.toArray(String[]::new));
    } finally {
      heaps.forEach(ProcessHeap::close);
    }
    long wall = System.nanoTime() - start;
    if (code != 0) {
      throw new IOException(name + ": the run on " + papers.dir + " exited " + code);
    }
    List<Long> tmPeaks = heaps.stream().skip(1).map(ProcessHeap::peak).toList();
    return new Row(name, slots, papers.papers, wall, launcher.peakUsed(), heaps.isEmpty() ? 0 : heaps.get(0).peak(),
        tmPeaks);
  }
}
