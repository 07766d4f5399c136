package org.litmine.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
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
