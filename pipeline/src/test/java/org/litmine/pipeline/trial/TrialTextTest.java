package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Table cells' bare phases, citations and counts (phases, registry ids and counts of people in sentences are the trial
 * annotator's: {@code TrialFactAnnotatorTest} in the annotators).
 */
class TrialTextTest {

  @Test
  void bareCellPhasesAreNormalized() {
    assertEquals(Optional.of("1b/2"), TrialText.barePhase("1b/2"));
    assertEquals(Optional.of("3"), TrialText.barePhase(" III "));
    assertEquals(Optional.of("1/2"), TrialText.barePhase("I–II"));
    assertEquals(Optional.empty(), TrialText.barePhase("Breast cancer"));
    assertEquals(Optional.empty(), TrialText.barePhase("Phase 3"));
  }

  @Test
  void citationsAndCounts() {
    assertEquals(List.of(158, 161), TrialText.citations("adrenocortical carcinoma [158, 161]."));
    assertEquals(List.of(144, 145, 146), TrialText.citations("(Table 1) [144–146]"));
    assertEquals(Optional.of(4000), TrialText.count("Estimated enrollment of 4000"));
  }
}
