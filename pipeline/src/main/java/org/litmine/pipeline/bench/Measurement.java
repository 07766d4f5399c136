package org.litmine.pipeline.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One measured run of the litmine pipeline.
 *
 * @param workers the DirectRunner's target parallelism
 * @param stages the manifest's per-stage counters (ms summed over workers, pages, tokens, ...)
 * @param wallNanos the whole run, inputs to index and export
 */
record Measurement(int workers, int inputs, Map<String, Long> stages, long wallNanos, long peakUsed,
    long peakAfterGc) {

  long stage(String name) {
    return stages.getOrDefault(name, 0L);
  }

  double seconds() {
    return wallNanos / 1e9;
  }

  /**
   * The run of median wall time among repeated runs of one setting, with the highest heap peaks any of them reached
   * (a peak is a limit to stay under, not a typical value).
   */
  static Measurement median(List<Measurement> runs) {
    List<Measurement> byTime = runs.stream().sorted(Comparator.comparingLong(Measurement::wallNanos)).toList();
    Measurement median = byTime.get(byTime.size() / 2);
    long used = runs.stream().mapToLong(Measurement::peakUsed).max().orElse(0);
    long afterGc = runs.stream().mapToLong(Measurement::peakAfterGc).max().orElse(0);
    return new Measurement(median.workers(), median.inputs(), median.stages(), median.wallNanos(), used, afterGc);
  }
}
