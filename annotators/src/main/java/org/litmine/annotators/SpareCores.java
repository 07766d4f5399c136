package org.litmine.annotators;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cores of this JVM that no paper is using, shared by every {@link BioNlp}. A paper being annotated holds one
 * core ({@link #hold}); its {@link PaperThreads} borrow spare cores for its paragraphs and sentences and run on the
 * paper's own thread when none is spare. One paper alone therefore spreads over the cores, and papers annotated
 * side by side (a worker's papers in flight, several workers) each keep to one thread instead of crowding the
 * cores with more threads than there are.
 */
final class SpareCores {

  private static final int CORES = Runtime.getRuntime().availableProcessors();
  private static final AtomicInteger BUSY = new AtomicInteger();

  private SpareCores() {}

  /** A paper starts: it holds one core (more papers than cores may run; none is then spare). */
  static void hold() {
    BUSY.incrementAndGet();
  }

  /** The paper is done with its core. */
  static void release() {
    BUSY.decrementAndGet();
  }

  /** Takes up to {@code wanted} spare cores; returns how many it took, to be given back with {@link #giveBack}. */
  static int borrow(int wanted) {
    while (wanted > 0) {
      int busy = BUSY.get();
      int taken = Math.min(wanted, CORES - busy);
      if (taken <= 0) {
        return 0;
      }
      if (BUSY.compareAndSet(busy, busy + taken)) {
        return taken;
      }
    }
    return 0;
  }

  static void giveBack(int borrowed) {
    BUSY.addAndGet(-borrowed);
  }
}
