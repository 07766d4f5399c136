package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrialReportExtractorTest {

  @Test
  void anArmsDrugIsTheAgentOnlyItReceivesElseItsFirst() {
    TrialArm a = new TrialArm("A", List.of("erlotinib"), 81);
    TrialArm b = new TrialArm("B", List.of("erlotinib", "carboplatin", "paclitaxel"), 100);
    assertEquals("erlotinib", TrialReportExtractor.drugOf(a, List.of(a, b)));
    assertEquals("erlotinib", TrialReportExtractor.drugOf(b, List.of(a, b)));
  }

  @Test
  void anArmWhoseAgentsTheTextDoesNotNameHasNoDrug() {
    TrialArm a = new TrialArm("A", List.of("erlotinib"), 81);
    TrialArm b = new TrialArm("B", List.of(), 100);
    assertNull(TrialReportExtractor.drugOf(b, List.of(a, b)));
  }
}
