package org.litmine.pipeline.beam;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The shard files a run may merge: those written by the attempts that the runner kept. {@link WriteShardFn} counts
 * each shard it moves into place in a counter of its own, named after the file, in the namespace {@value #NAMESPACE}.
 * A runner that retries work after a failure (Flink restarting the tasks of a lost TaskManager) leaves behind the
 * shards the failed attempt had finished, and the retry writes the same lines again under other names; but a
 * runner's metrics count only the attempts it kept (Flink aggregates its accumulators from each task's last
 * attempt), so the shards named in the counters are exactly one copy of every line.
 */
public final class CommittedShards {

  /** The namespace of the per-shard counters. */
  public static final String NAMESPACE = "litmine-shards";

  private final Set<String> names;

  private CommittedShards(Set<String> names) {
    this.names = names;
  }

  /** Counts {@code shard} as written, in the current bundle's metrics. */
  static void count(Path shard) {
    Counter counter = Metrics.counter(NAMESPACE, shard.getFileName().toString());
    counter.inc();
  }

  /** The shards the finished pipeline's kept attempts wrote. */
  public static CommittedShards of(PipelineResult result) {
    Set<String> names = new HashSet<>();
    MetricsFilter filter = MetricsFilter.builder().build();
    for (MetricResult<Long> counter : result.metrics().queryMetrics(filter).getCounters()) {
      if (NAMESPACE.equals(counter.getName().getNamespace()) && committedOrAttempted(counter) > 0) {
        names.add(counter.getName().getName());
      }
    }
    return new CommittedShards(names);
  }

  /** The shards of {@code all} that a kept attempt wrote, in the same order. */
  public List<Path> keep(List<Path> all) {
    return all.stream().filter(shard -> names.contains(shard.getFileName().toString())).toList();
  }

  private static long committedOrAttempted(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException e) {
      return counter.getAttempted();
    }
  }
}
