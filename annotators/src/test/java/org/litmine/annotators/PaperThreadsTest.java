package org.litmine.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaperThreadsTest {

  @Test
  void cutsWorkIntoConsecutiveRunsNoShorterThanAsked() {
    List<Integer> items = IntStream.range(0, 10).boxed().toList();
    assertEquals(List.of(items.subList(0, 5), items.subList(5, 10)), new PaperThreads(2).batches(items, 4));
    assertEquals(List.of(items), new PaperThreads(2).batches(items, 6), "two runs of 5 would be under 6");
    assertEquals(List.of(items), new PaperThreads(1).batches(items, 1));
    assertEquals(List.of(List.of()), new PaperThreads(2).batches(List.<Integer>of(), 1));
  }

  @Test
  void runsEveryTaskAndRethrowsAFailure() {
    PaperThreads threads = new PaperThreads(2);
    var done = ConcurrentHashMap.<Integer>newKeySet();
    threads.runAll(List.of(() -> done.add(1), () -> done.add(2), () -> done.add(3)));
    assertEquals(java.util.Set.of(1, 2, 3), done);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> threads.runAll(List.of(
        () -> done.add(4), () -> {
          throw new IllegalArgumentException("bad paragraph");
        })));
    assertEquals("bad paragraph", e.getMessage());
  }

  @Test
  void aFailureOnAHelperThreadSurfacesAsItIs() {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "no core to spare for a helper thread");
    PaperThreads threads = new PaperThreads(2);
    StackOverflowError error = new StackOverflowError("a sentence parsed too deep");
    assertSame(error, assertThrows(StackOverflowError.class, () -> threads.runAll(failingOnAHelper(() -> {
      throw error;
    }))), "an error is not wrapped, so the annotate stage's handler sees it");
    IllegalArgumentException bad = new IllegalArgumentException("bad paragraph");
    assertSame(bad, assertThrows(IllegalArgumentException.class, () -> threads.runAll(failingOnAHelper(() -> {
      throw bad;
    }))));
  }

  /** Two tasks: the one the caller's thread takes waits until a helper thread has taken the other, which fails. */
  private static List<Runnable> failingOnAHelper(Runnable failure) {
    Thread caller = Thread.currentThread();
    CountDownLatch helperTookOne = new CountDownLatch(1);
    Runnable task = () -> {
      if (Thread.currentThread() == caller) {
        try {
          helperTookOne.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      } else {
        helperTookOne.countDown();
        failure.run();
      }
    };
    return List.of(task, task);
  }

  @Test
  void aPaperBesideOthersKeepsToItsOwnThread() {
    int cores = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < cores; i++) {
      SpareCores.hold();
    }
    try {
      var threads = ConcurrentHashMap.<Thread>newKeySet();
      new PaperThreads(4).runAll(List.of(() -> threads.add(Thread.currentThread()),
          () -> threads.add(Thread.currentThread()), () -> threads.add(Thread.currentThread())));
      assertEquals(java.util.Set.of(Thread.currentThread()), threads, "no core was spare");
      assertEquals(0, SpareCores.borrow(1));
    } finally {
      for (int i = 0; i < cores; i++) {
        SpareCores.release();
      }
    }
  }

  @Test
  void borrowsNoMoreThanTheSpareCoresAndGivesThemBack() {
    int cores = Runtime.getRuntime().availableProcessors();
    SpareCores.hold();
    try {
      int borrowed = SpareCores.borrow(cores + 5);
      assertEquals(cores - 1, borrowed);
      assertEquals(0, SpareCores.borrow(1));
      SpareCores.giveBack(borrowed);
      assertEquals(Math.min(1, cores - 1), SpareCores.borrow(1));
      SpareCores.giveBack(Math.min(1, cores - 1));
    } finally {
      SpareCores.release();
    }
  }
}
