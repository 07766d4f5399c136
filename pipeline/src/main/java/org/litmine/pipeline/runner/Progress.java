package org.litmine.pipeline.runner;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;

/**
 * Waits for a pipeline to finish and, on a terminal, keeps one progress line up to date on stderr: inputs done out
 * of the total, the rate, and the time left at that rate. It polls {@link CountDoneFn#COUNTER} once a second while
 * the runner reports counters during the run (the DirectRunner does; an embedded Flink run returns only when it is
 * finished, so it shows no line). Quiet when {@code terminal} is null.
 */
public final class Progress {

  private static final Duration POLL = Duration.standardSeconds(1);

  private final PrintStream terminal;
  private final int total;

  /** @param terminal where the line goes, or null for none; @param total the number of inputs. */
  public Progress(PrintStream terminal, int total) {
    this.terminal = terminal;
    this.total = total;
  }

  /** The stream for progress: stderr when this JVM has a console, else null (quiet). */
  public static PrintStream terminalOrNull() {
    return System.console() != null ? System.err : null;
  }

  /** Blocks until the pipeline finishes, showing progress; returns its final state. */
  public PipelineResult.State await(PipelineResult result) {
    long start = System.nanoTime();
    boolean shown = false;
    PipelineResult.State state = result.getState();
    while (state == null || !state.isTerminal()) {
      state = result.waitUntilFinish(POLL);
      if (terminal != null && (state == null || !state.isTerminal())) {
        terminal.print("\r" + line(done(result), (System.nanoTime() - start) / 1e9));
        terminal.flush();
        shown = true;
      }
    }
    if (shown) {
      terminal.println("\r" + line(total, (System.nanoTime() - start) / 1e9));
    }
    return state;
  }

  /** The progress line for {@code done} inputs after {@code seconds}. */
  public String line(long done, double seconds) {
    double rate = seconds > 0 ? done / seconds : 0;
    String eta = rate > 0 ? clock((total - done) / rate) : "?";
    return String.format(Locale.ROOT, "litmine: %d/%d inputs, %.2f/s, ETA %s   ", done, total, rate, eta);
  }

  static String clock(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private static long done(PipelineResult result) {
    long done = 0;
    try {
      var filter = MetricsFilter.builder()
          .addNameFilter(MetricNameFilter.named(CountDoneFn.class, CountDoneFn.COUNTER)).build();
      for (MetricResult<Long> counter : result.metrics().queryMetrics(filter).getCounters()) {
        done += counter.getAttempted();
      }
    } catch (UnsupportedOperationException e) {
      return 0;
    }
    return done;
  }
}
