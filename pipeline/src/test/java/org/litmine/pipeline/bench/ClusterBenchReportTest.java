package org.litmine.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterBenchReportTest {

  static final String OTHERS = "# litmine benchmark\n\nintro\n\n## corpus: 1 papers\n\n| a | b |\n\n";

  @Test
  void theClusterSectionEndsAReportThatHasNone() {
    String section = ClusterBenchReport.HEADING + ": c, 50 papers\n\nnew\n\n";
    assertEquals(OTHERS + section, ClusterBenchReport.splice(OTHERS, section));
  }

  @Test
  void aNewClusterSectionReplacesTheOldOneAndLeavesTheOthers() {
    String old = ClusterBenchReport.HEADING + ": c, 50 papers\n\nold figures\n\n";
    String later = "## another section\n\nkept\n";
    String section = ClusterBenchReport.HEADING + ": c, 50 papers\n\nnew figures\n\n";
    assertEquals(OTHERS + section + later, ClusterBenchReport.splice(OTHERS + old + later, section));
  }

  @Test
  void theOtherBenchmarkKeepsTheClusterSection() {
    String section = ClusterBenchReport.HEADING + ": c, 50 papers\n\nfigures\n\n";
    String later = "## another section\n\nkept\n";
    assertEquals(section, ClusterBenchReport.sectionOf(OTHERS + section + later));
    assertEquals(section, ClusterBenchReport.sectionOf(OTHERS + section));
    assertEquals("", ClusterBenchReport.sectionOf(OTHERS));
  }

  @Test
  void eachProcessHeapIsGivenWithItsSetting() {
    long gib = 1L << 30;
    String md = ClusterBenchReport.section("c", List.of(
        new ClusterBench.Row("DirectRunner, 2 workers, one JVM", 2, 50, 10_000_000_000L, gib, 0, List.of()),
        new ClusterBench.Row("standalone cluster, 2 TaskManagers × 2 slots", 4, 50, 20_000_000_000L, gib / 2,
            gib / 4, List.of(2 * gib, 3 * gib))), 3, "./litmine bench ...", "Java 17.");
    assertTrue(md.contains("| DirectRunner, 2 workers, one JVM | 2 | 10.0 s | 5.00 | launcher 1.00 GiB"), md);
    assertTrue(md.contains("| 4 | 20.0 s | 2.50 | launcher 0.50 GiB"), md);
    assertTrue(md.contains("JobManager 0.25 GiB (-Xmx512m), TaskManagers 2.00 / 3.00 GiB (-Xmx3200m each)"), md);
  }
}
