package org.litmine.pipeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The section of {@code reports/bench.md} that {@link ClusterBench} writes, and its place in the file: the section
 * replaces the previous one of its heading, or ends the file, and leaves every other section as it was.
 */
public final class ClusterBenchReport {

  /** The section's heading, without the corpus. */
  static final String HEADING = "## Standalone Flink cluster beside the DirectRunner";
  private static final double GIB = 1024.0 * 1024 * 1024;

  private ClusterBenchReport() {}

  /** The section for {@code rows}, measured on {@code corpus} by {@code command} on {@code machine}. */
  public static String section(String corpus, List<ClusterBench.Row> rows, int rounds, String command,
      String machine) {
    StringBuilder md = new StringBuilder(HEADING).append(": ").append(corpus).append(", ")
        .append(rows.get(0).papers()).append(" papers\n\n");
    md.append("Written by `").append(command).append("`. ").append(machine).append("\n\n");
    md.append("Each setting ran once to warm up, then ").append(rounds).append(" time(s); *whole run* is the median ")
        .append("(listing the inputs to the index and the export, as above). The cluster's JobManager and ")
        .append("TaskManagers are separate JVMs started from litmine's classpath with `cluster/flink-conf.yaml` ")
        .append("(README, \"A standalone Flink cluster\"), all on this machine; each run submits ")
        .append("`litmine-job.jar` with `--parallelism` = every slot, and each job loads CoreNLP's models anew in ")
        .append("every TaskManager (a job has a class loader of its own), which the DirectRunner's warm JVM does not. ")
        .append("*Peak heap in use* is the highest over the runs, sampled every 100 ms in the launcher (this JVM: ")
        .append("it lists the inputs, merges and indexes; for the DirectRunner it also runs the papers) and every ")
        .append("250 ms (`jstat`) in the JobManager and each TaskManager; the -Xmx of each is given.\n\n");
    md.append("| setting | slots | whole run | papers/s | peak heap in use |\n|---|---:|---:|---:|---|\n");
    for (ClusterBench.Row row : rows) {
      List<String> heaps = new ArrayList<>();
      heaps.add(String.format(Locale.ROOT, "launcher %.2f GiB (-Xmx%.0fg)", row.launcherPeak() / GIB,
          Runtime.getRuntime().maxMemory() / GIB));
      if (!row.taskManagerPeaks().isEmpty()) {
        heaps.add(String.format(Locale.ROOT, "JobManager %.2f GiB (-Xmx512m)", row.jobManagerPeak() / GIB));
        List<String> tms = row.taskManagerPeaks().stream()
            .map(peak -> String.format(Locale.ROOT, "%.2f", peak / GIB)).toList();
        heaps.add("TaskManager" + (tms.size() > 1 ? "s " : " ") + String.join(" / ", tms) + " GiB (-Xmx"
            + ClusterBench.TASK_MANAGER_HEAP + (tms.size() > 1 ? " each)" : ")"));
      }
      md.append(String.format(Locale.ROOT, "| %s | %d | %.1f s | %.2f | %s |%n", row.setting(), row.slots(),
          row.seconds(), row.papers() / row.seconds(), String.join(", ", heaps)));
    }
    return md.append('\n').toString();
  }

  /** {@code report} with {@code section} in place of its previous cluster section, or at its end. */
  /** The cluster section of a report, or "" when it has none: the other benchmark keeps it when it rewrites the rest. */
  public static String sectionOf(String report) {
    int start = report.indexOf(HEADING);
    if (start < 0) {
      return "";
    }
    int end = report.indexOf("\n## ", start + HEADING.length());
    return end < 0 ? report.substring(start) : report.substring(start, end + 1);
  }

  public static String splice(String report, String section) {
    int start = report.indexOf(HEADING);
    if (start < 0) {
      return report.isEmpty() || report.endsWith("\n\n") ? report + section
          : report + (report.endsWith("\n") ? "\n" : "\n\n") + section;
    }
    int end = report.indexOf("\n## ", start + HEADING.length());
    return report.substring(0, start) + section + (end < 0 ? "" : report.substring(end + 1));
  }
}
