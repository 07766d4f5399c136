package org.litmine.annotators;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * What work run on another thread threw, passed on to the thread that waited for it. Shared by the threads that
 * annotate one paper ({@link PaperThreads}) and by the pipeline's threads (its time budgets and papers in flight),
 * so that a handler on the waiting thread sees the real cause: an {@code OutOfMemoryError} as itself, not wrapped.
 */
public final class ThreadFailures {

  private ThreadFailures() {}

  /**
   * The result of work on another thread, once it is done. What the work threw is rethrown as {@link
   * #rethrowUnchecked} passes it on, a checked exception wrapped in {@link IllegalStateException}; an interrupt while
   * waiting keeps the thread's interrupt flag and ends in {@code IllegalStateException(interrupted)}.
   */
  public static <T> T await(Future<T> work, String interrupted) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted, e);
    } catch (ExecutionException e) {
      rethrowUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Rethrows {@code cause} as it is if it is unchecked (a {@link RuntimeException} or an {@link Error}); returns if
   * it is a checked exception, for the caller to throw or wrap.
   */
  public static void rethrowUnchecked(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
  }
}
