package org.litmine.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  @Test
  void reportsTheMedianRunWithTheHighestHeapPeaks() {
    Measurement slow = new Measurement(2, 50, Map.of("read_ms", 3L), 9_000, 100, 40);
    Measurement middle = new Measurement(2, 50, Map.of("read_ms", 2L), 5_000, 300, 10);
    Measurement fast = new Measurement(2, 50, Map.of("read_ms", 1L), 4_000, 200, 50);

    Measurement median = Measurement.median(List.of(slow, fast, middle));

    assertEquals(5_000, median.wallNanos());
    assertEquals(2, median.stage("read_ms"), "stage times are the median run's own");
    assertEquals(300, median.peakUsed());
    assertEquals(50, median.peakAfterGc());
  }
}
