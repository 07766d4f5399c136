package org.litmine.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void theLineShowsDoneTotalRateAndTimeLeft() {
    Progress progress = new Progress(null, 50);
    assertEquals("litmine: 10/50 inputs, 0.50/s, ETA 1:20   ", progress.line(10, 20));
    assertEquals("litmine: 0/50 inputs, 0.00/s, ETA ?   ", progress.line(0, 3));
  }

  @Test
  void longWaitsShowHours() {
    assertEquals("1:01:05", Progress.clock(3665));
    assertEquals("0:59", Progress.clock(59.4));
  }
}
