package org.litmine.pipeline.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The progress line of a run: papers done out of the total, the rate (from the first paper done on, once there are
 * two and five seconds have passed since the first), and the time left at that rate, redrawn on a {@link StatusLine} as each paper finishes. The count does not come from the runner's metrics, which the
 * DirectRunner commits only when a bundle (a batch of up to 32 papers) ends and an embedded Flink run reports only
 * when it is over: the stage that reads and annotates papers {@linkplain #tick appends one byte} to a file in the
 * run's staging folder per paper finished, and a thread of the command line watches the file's size. Any runner
 * whose workers share the file system with the command line (the DirectRunner, the embedded Flink cluster) shows
 * it; on a remote cluster the line stays at 0 until the end.
 */
public final class Progress implements AutoCloseable {

  private static final long POLL_MS = 50;
  /** How long after the first paper the rate is measured from it (papers in flight finish close together). */
  private static final double MIN_MEASURE_SECONDS = 5;
  private static final byte[] TICK = {'\n'};

  private final StatusLine status;
  private final int total;
  private final Path ticks;
  private final long start = System.nanoTime();
  private final Thread watcher;
  private volatile boolean stopped;

  /** @param status where the line goes, or null for none; @param total the papers to read; @param ticks the file. */
  public Progress(StatusLine status, int total, Path ticks) {
    this.status = status;
    this.total = total;
    this.ticks = ticks;
    this.watcher = new Thread(this::watch, "litmine-progress");
    this.watcher.setDaemon(true);
  }

  /** Starts watching; returns this. */
  public Progress start() {
    if (status != null) {
      watcher.start();
    }
    return this;
  }

  /** Records one paper done in {@code ticks} (called by the pipeline's workers; a failure to record is not fatal). */
  public static void tick(String ticks) {
    if (ticks == null) {
      return;
    }
    try {
      Files.write(Path.of(ticks), TICK, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException | UncheckedIOException e) {
      // progress is a courtesy: a paper is not failed for it
    }
  }

  /** Papers done so far, as the ticks file counts them. */
  long done() {
    try {
      return Math.min(total, Files.size(ticks));
    } catch (IOException e) {
      return 0;
    }
  }

  private void watch() {
    long shown = -1;
    long shownSecond = -1;
    double firstAt = -1;
    while (!stopped) {
      long done = done();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (done > 0 && firstAt < 0) {
        firstAt = seconds;
      }
      if (done != shown || (long) seconds != shownSecond) {
        // the rate from the first paper on: the start (models, a Flink cluster) is no measure of what is left
        boolean measured = done >= 2 && seconds - firstAt >= MIN_MEASURE_SECONDS;
        for (long count : countsToShow(shown, done)) {
          status.show(measured && count >= 2 ? line(count, seconds, count - 1, seconds - firstAt)
              : line(count, seconds));
        }
        shown = done;
        shownSecond = (long) seconds;
      }
      try {
        Thread.sleep(POLL_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * The counts to show when the count went from {@code shown} to {@code done}: each one in between too, so that the
   * line moves once per paper also when several papers finish within one poll.
   */
  static java.util.List<Long> countsToShow(long shown, long done) {
    java.util.List<Long> counts = new java.util.ArrayList<>();
    for (long count = Math.max(shown + 1, Math.min(done, 1)); count < done; count++) {
      counts.add(count);
    }
    counts.add(done);
    return counts;
  }

  /** Stops watching and leaves the final count on the screen. */
  @Override
  public void close() {
    stopped = true;
    watcher.interrupt();
    try {
      watcher.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (status != null) {
      status.show(line(done(), (System.nanoTime() - start) / 1e9));
    }
  }

  /** The progress line for {@code done} papers after {@code seconds}, at the rate of the whole time. */
  public String line(long done, double seconds) {
    return line(done, seconds, done, seconds);
  }

  /** The progress line for {@code done} papers after {@code seconds}, at the rate of {@code counted} in {@code over}. */
  String line(long done, double seconds, long counted, double over) {
    double rate = over > 0 ? counted / over : 0;
    String eta = done >= total ? "done in " + clock(seconds)
        : rate > 0 ? clock((total - done) / rate) + " left" : "time left not known yet";
    return String.format(Locale.ROOT, "litmine: %d/%d papers read, %.2f/s, %s", done, total, rate, eta);
  }

  static String clock(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
