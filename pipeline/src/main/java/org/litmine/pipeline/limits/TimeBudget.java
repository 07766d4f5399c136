package org.litmine.pipeline.limits;

import java.io.Serializable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.litmine.annotators.ThreadFailures;

/**
 * Runs one stage of one document under a deadline. The work runs on a fresh daemon thread; when the deadline
 * passes, the thread is interrupted (CoreNLP checks for interrupts between annotators and in the parser; PDFBox
 * mostly does not) and abandoned, and the caller gets {@link Exceeded} with the reason
 * {@code "time budget of N s exceeded in stage X"}. A budget of 0 seconds runs the work on the caller's thread with
 * no deadline.
 *
 * <p>Beam counters are per thread: increment them on the caller's thread, after the work returns.
 */
public final class TimeBudget implements Serializable {

  /** How long an interrupted worker is given to stop before it is abandoned. */
  static final long GRACE_MILLIS = 2_000;

  private final int seconds;

  public TimeBudget(int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("a time budget cannot be negative: " + seconds);
    }
    this.seconds = seconds;
  }

  public int seconds() {
    return seconds;
  }

  /** Work that may throw a checked exception of its own. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T call() throws E;
  }

  /**
   * Runs {@code work} for the named stage; returns its result, or rethrows what it threw (unchecked exceptions and
   * errors as they are), or throws {@link Exceeded} when the budget runs out.
   */
  @SuppressWarnings("unchecked")
  public <T, E extends Exception> T run(String stage, Work<T, E> work) throws E, Exceeded {
    if (seconds == 0) {
      return work.call();
    }
    FutureTask<T> task = new FutureTask<>(work::call);
    Thread worker = new Thread(task, "litmine-" + stage + "-budget");
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      boolean stopped = join(worker);
      throw new Exceeded(stage, seconds, stopped);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for stage " + stage, e);
    } catch (ExecutionException e) {
      ThreadFailures.rethrowUnchecked(e.getCause());
      throw (E) e.getCause();
    }
  }

  private static boolean join(Thread worker) {
    try {
      worker.join(GRACE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !worker.isAlive();
  }

  /** The budget ran out; the reason is one line for {@code failures.jsonl}. */
  public static final class Exceeded extends Exception {

    private final boolean workerStopped;

    Exceeded(String stage, int seconds, boolean workerStopped) {
      super("time budget of " + seconds + " s exceeded in stage " + stage);
      this.workerStopped = workerStopped;
    }

    /**
     * Whether the abandoned work has stopped. If not, it may still be using what it was given (a CoreNLP pipeline
     * serves one thread at a time), which must then not be reused.
     */
    public boolean workerStopped() {
      return workerStopped;
    }
  }
}
