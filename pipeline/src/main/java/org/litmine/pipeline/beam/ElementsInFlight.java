package org.litmine.pipeline.beam;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.joda.time.Instant;
import org.litmine.annotators.ThreadFailures;

/**
 * The elements of a bundle a DoFn is working on: each element's work runs on a thread of this class, at most
 * {@code limit} at a time, and its {@link ElementOutput} is handed to Beam on the runner's thread as soon as the
 * limit is reached (in {@code @ProcessElement}) or at the end of the bundle (in {@code @FinishBundle}), whichever
 * comes first. With a limit of 1 each element's output is handed over before its {@code @ProcessElement} returns.
 *
 * <p>Why: Beam 2.62's DirectRunner keeps one of its worker threads polling for work when it has none (its monitor
 * resubmits itself), which takes a core from the papers whenever fewer bundles than workers are ready. litmine
 * therefore runs the DirectRunner on one thread and spreads the papers of each bundle over threads of its own
 * ({@code RunnerSetup}). Outputs may be handed over in any order; the command line sorts every output file.
 */
final class ElementsInFlight implements AutoCloseable {

  private static final String INTERRUPTED = "interrupted while waiting for an element's work";

  private record Origin(Instant timestamp, BoundedWindow window) {}

  private final int limit;
  private final ExecutorService threads;
  private final CompletionService<ElementOutput> done;
  private final Map<Future<ElementOutput>, Origin> running = new HashMap<>();

  /** {@code limit} threads named {@code litmine-<name>-<n>}; a limit under 1 means 1. */
  ElementsInFlight(String name, int limit) {
    this.limit = Math.max(1, limit);
    AtomicInteger count = new AtomicInteger();
    this.threads = Executors.newFixedThreadPool(this.limit, work -> {
      Thread thread = new Thread(work, "litmine-" + name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.done = new ExecutorCompletionService<>(threads);
  }

  /**
   * Starts the work on one element; then, while {@code limit} elements are running, waits for one to finish and
   * hands its output to {@code out}. An earlier element's lines keep its timestamp; windows must be the same (the
   * litmine pipeline runs in the global window).
   */
  void start(Callable<ElementOutput> work, Instant timestamp, BoundedWindow window, DoFn.MultiOutputReceiver out) {
    running.put(done.submit(work), new Origin(timestamp, window));
    handOver(limit - 1, origin -> {
      if (!origin.window().equals(window)) {
        throw new IllegalStateException("elements of one bundle in different windows: " + origin.window()
            + " and " + window);
      }
      return (tag, line) -> out.get(tag).outputWithTimestamp(line, origin.timestamp());
    });
  }

  /** Waits for every running element and hands its output to the bundle's context. */
  void finish(DoFn<?, ?>.FinishBundleContext context) {
    handOver(0, origin -> (tag, line) -> context.output(tag, line, origin.timestamp(), origin.window()));
  }

  /**
   * While more than {@code keep} elements are running, waits for the next to finish and hands its output, on this
   * thread, to the sink {@code sinkFor} gives for where the element came from.
   */
  private void handOver(int keep, Function<Origin, ElementOutput.Sink> sinkFor) {
    while (running.size() > keep) {
      Future<ElementOutput> finished = take();
      ElementOutput.Sink sink = sinkFor.apply(running.remove(finished));
      result(finished).emit(sink);
    }
  }

  private Future<ElementOutput> take() {
    try {
      return done.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(INTERRUPTED, e);
    }
  }

  private static ElementOutput result(Future<ElementOutput> finished) {
    return ThreadFailures.await(finished, INTERRUPTED);
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
