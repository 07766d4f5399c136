package org.litmine.annotators;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ThreadFailuresTest {

  @Test
  void errorsAndUncheckedExceptionsAreRethrownAsTheyAreAndCheckedOnesLeftToTheCaller() {
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    assertSame(error, assertThrows(OutOfMemoryError.class, () -> ThreadFailures.rethrowUnchecked(error)));
    IllegalStateException bug = new IllegalStateException("bug");
    assertSame(bug, assertThrows(IllegalStateException.class, () -> ThreadFailures.rethrowUnchecked(bug)));
    assertDoesNotThrow(() -> ThreadFailures.rethrowUnchecked(new IOException("bad bytes")));
  }

  @Test
  void awaitGivesTheResultOrWhatTheWorkThrew() {
    assertEquals("done", ThreadFailures.await(CompletableFuture.completedFuture("done"), "interrupted"));
    StackOverflowError error = new StackOverflowError();
    assertSame(error, assertThrows(StackOverflowError.class,
        () -> ThreadFailures.await(CompletableFuture.failedFuture(error), "interrupted")));
    IOException checked = new IOException("bad bytes");
    assertSame(checked, assertThrows(IllegalStateException.class,
        () -> ThreadFailures.await(CompletableFuture.failedFuture(checked), "interrupted")).getCause());
  }

  @Test
  void anInterruptWhileWaitingKeepsTheFlag() {
    Thread.currentThread().interrupt();
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> ThreadFailures.await(new CompletableFuture<String>(), "waiting interrupted"));
      assertEquals("waiting interrupted", e.getMessage());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }
}
