package org.litmine.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void theLineShowsDoneTotalRateAndTimeLeft() {
    Progress progress = new Progress(null, 50, Path.of("ticks"));
    assertEquals("litmine: 10/50 papers read, 0.50/s, 1:20 left", progress.line(10, 20));
    assertEquals("litmine: 0/50 papers read, 0.00/s, time left not known yet", progress.line(0, 3));
    assertEquals("litmine: 50/50 papers read, 2.50/s, done in 0:20", progress.line(50, 20));
    assertEquals("litmine: 5/50 papers read, 0.50/s, 1:30 left", progress.line(5, 100, 4, 8),
        "the rate from the first paper on, not from the start");
  }

  @Test
  void longWaitsShowHours() {
    assertEquals("1:01:05", Progress.clock(3665));
    assertEquals("0:59", Progress.clock(59.4));
  }

  @Test
  void everyPaperDoneMovesTheLineEvenWhenSeveralFinishWithinOnePoll() {
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(4L, 5L, 6L), Progress.countsToShow(3, 6));
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(6L), Progress.countsToShow(6, 6),
        "the same count again, for the clock");
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(0L), Progress.countsToShow(-1, 0));
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(1L, 2L), Progress.countsToShow(-1, 2));
  }
}
