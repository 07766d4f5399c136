package org.litmine.annotators;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads that annotate the parts of one paper at once: its paragraphs, then its candidate sentences. The
 * paper's own thread always works; up to {@code count - 1} more join it when cores are spare ({@link SpareCores}),
 * so that a paper annotated beside others keeps to its own thread. Threads are daemons, made on first use and kept
 * for the pipeline's life. An interrupt of the caller (a time budget running out) cancels the work.
 */
public final class PaperThreads {

  private final int count;
  private ExecutorService pool;

  public PaperThreads(int count) {
    this.count = Math.max(1, count);
  }

  /**
   * Runs every task, on the caller's thread and on as many more as cores are spare, up to {@link #count} in all;
   * returns when all are done and rethrows the first failure: an unchecked exception or an error as it is, a checked
   * exception wrapped in {@link IllegalStateException}.
   */
  public void runAll(List<Runnable> tasks) {
    int helpers = count == 1 || tasks.size() <= 1 ? 0 : SpareCores.borrow(Math.min(count, tasks.size()) - 1);
    if (helpers == 0) {
      tasks.forEach(Runnable::run);
      return;
    }
    try {
      Queue<Runnable> queue = new ConcurrentLinkedQueue<>(tasks);
      Runnable drain = () -> {
        for (Runnable task = queue.poll(); task != null; task = queue.poll()) {
          task.run();
        }
      };
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < helpers; i++) {
        futures.add(pool().submit(drain));
      }
      try {
        drain.run();
        for (Future<?> done : futures) {
          ThreadFailures.await(done, "annotation interrupted");
        }
      } finally {
        queue.clear();
        futures.forEach(f -> f.cancel(true));
      }
    } finally {
      SpareCores.giveBack(helpers);
    }
  }

  /** {@code items} cut into at most {@link #count} runs of consecutive items, each at least {@code minRun} long. */
  public <T> List<List<T>> batches(List<T> items, int minRun) {
    int n = Math.max(1, Math.min(count, items.size() / Math.max(1, minRun)));
    List<List<T>> batches = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      batches.add(items.subList(items.size() * b / n, items.size() * (b + 1) / n));
    }
    return batches;
  }

  private synchronized ExecutorService pool() {
    if (pool == null) {
      pool = Executors.newFixedThreadPool(count - 1, task -> {
        Thread thread = new Thread(task, "litmine-paper");
        thread.setDaemon(true);
        return thread;
      });
    }
    return pool;
  }
}
