package org.litmine.pipeline.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.litmine.pipeline.limits.TimeBudget;

/** A stage over its budget is abandoned with a reason; a stage within it returns or throws as it would. */
class TimeBudgetTest {

  @Test
  void workOverTheBudgetIsInterruptedAndReported() {
    AtomicBoolean interrupted = new AtomicBoolean();
    long start = System.nanoTime();
    TimeBudget.Exceeded e = assertThrows(TimeBudget.Exceeded.class, () -> new TimeBudget(1).run("read", () -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException stop) {
        interrupted.set(true);
      }
      return "never";
    }));
    assertEquals("time budget of 1 s exceeded in stage read", e.getMessage());
    assertTrue(e.workerStopped(), "a worker that honours interrupts stops");
    assertTrue(interrupted.get());
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "the caller does not wait for the work");
  }

  @Test
  void aWorkerThatIgnoresInterruptsIsAbandoned() {
    AtomicBoolean stop = new AtomicBoolean();
    TimeBudget.Exceeded e = assertThrows(TimeBudget.Exceeded.class, () -> new TimeBudget(1).run("annotate", () -> {
      while (!stop.get()) {
        Thread.onSpinWait();
      }
      return 0;
    }));
    stop.set(true);
    assertEquals("time budget of 1 s exceeded in stage annotate", e.getMessage());
    assertTrue(!e.workerStopped(), "a spinning worker is still running when abandoned");
  }

  @Test
  void workWithinTheBudgetReturnsOrThrowsAsItWould() throws Exception {
    assertEquals("done", new TimeBudget(5).run("read", () -> "done"));
    assertEquals("inline", new TimeBudget(0).run("read", () -> "inline"));
    IOException thrown = assertThrows(IOException.class,
        () -> new TimeBudget(5).run("read", () -> {
          throw new IOException("bad bytes");
        }));
    assertEquals("bad bytes", thrown.getMessage());
    assertThrows(IllegalStateException.class, () -> new TimeBudget(5).run("read", () -> {
      throw new IllegalStateException("bug");
    }));
  }
}
