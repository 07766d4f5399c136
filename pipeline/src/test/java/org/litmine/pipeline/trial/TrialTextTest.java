package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Phases, citations, participant counts and registry ids. */
class TrialTextTest {

  @Test
  void phasesAreNormalized() {
    assertEquals(Optional.of("2"), TrialText.phase("a randomized phase II trial"));
    assertEquals(Optional.of("1/2"), TrialText.phase("Phase I/II study"));
    assertEquals(Optional.of("1b/2"), TrialText.phaseCell("1b/2"));
    assertEquals(Optional.of("2b"), TrialText.phase("an open-label, phase 2B, randomised trial"));
    assertEquals(Optional.of("3"), TrialText.phase("a phase 3 Bayesian design"));
    assertEquals(Optional.of("3"), TrialText.phaseCell("III"));
    assertEquals(Optional.empty(), TrialText.phaseCell("Breast cancer"));
  }

  @Test
  void citationsAndCounts() {
    assertEquals(List.of(158, 161), TrialText.citations("adrenocortical carcinoma [158, 161]."));
    assertEquals(List.of(144, 145, 146), TrialText.citations("(Table 1) [144–146]"));
    assertEquals(Optional.of(4000), TrialText.count("Estimated enrollment of 4000"));
    assertEquals(Optional.of(311), TrialText.patients("A meta-analysis of 311 Ewing sarcoma patients in trials"));
  }

  @Test
  void registryIdsAreValidatedByForm() {
    assertEquals(List.of("NCT02695550", "ISRCTN19912492", "EudraCT 2004-001234-15"),
        RegistryIds.find("(clinicaltrials.gov, NCT02695550); ISRCTN19912492; EudraCT No. 2004-001234-15"));
    assertEquals(List.of(), RegistryIds.find("NCT0269555 and NCT026955501 and ISRCTN1234"));
  }
}
