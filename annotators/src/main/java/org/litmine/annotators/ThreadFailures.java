package org.litmine.annotators;

/**
 * What work run on another thread threw, passed on to the thread that waited for it. Shared by the threads that
 * annotate one paper ({@link PaperThreads}) and by the pipeline's threads (its time budgets and papers in flight),
 * so that a handler on the waiting thread sees the real cause: an {@code OutOfMemoryError} as itself, not wrapped.
 */
public final class ThreadFailures {

  private ThreadFailures() {}

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
