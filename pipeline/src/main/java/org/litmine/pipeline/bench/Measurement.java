package org.litmine.pipeline.bench;

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
}
