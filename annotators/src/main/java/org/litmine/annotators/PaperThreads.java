package org.litmine.annotators;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads that annotate the parts of one paper at once: its paragraphs, then its candidate sentences. With one
 * thread the work runs on the caller's thread. Threads are daemons, made on first use and kept for the pipeline's
 * life. An interrupt of the caller (a time budget running out) cancels the work.
 */
public final class PaperThreads {

  private final int count;
  private ExecutorService pool;

  public PaperThreads(int count) {
    this.count = Math.max(1, count);
  }

  /** Runs every task, up to {@link #count} at once; returns when all are done and rethrows the first failure. */
  public void runAll(List<Runnable> tasks) {
    if (count == 1 || tasks.size() <= 1) {
      tasks.forEach(Runnable::run);
      return;
    }
    List<Callable<Void>> work = new ArrayList<>();
    for (Runnable task : tasks) {
      work.add(() -> {
        task.run();
        return null;
      });
    }
    List<Future<Void>> futures = new ArrayList<>();
    try {
      futures = pool().invokeAll(work);
      for (Future<Void> done : futures) {
        done.get();
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("annotation interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
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
      pool = Executors.newFixedThreadPool(count, task -> {
        Thread thread = new Thread(task, "litmine-paper");
        thread.setDaemon(true);
        return thread;
      });
    }
    return pool;
  }
}
