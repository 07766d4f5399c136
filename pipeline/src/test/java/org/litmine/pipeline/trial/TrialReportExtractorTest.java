package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.trial.TrialFact;

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

  @Test
  void aLetteredArmsRegimenIsTheBracketRightAfterItsLetter() {
    TrialReportExtractor extractor = new TrialReportExtractor(new ResponseParser(TrialVocabulary.load()));
    String text = "Patients were 14 in arm A (PC) and 12 in arm B (PC + D), and none in arm A/B (pooled) or arm C.";
    List<TrialFact> letters = TokenFacts.of(text).stream().filter(f -> f.kind() == TrialFact.Kind.ARM_LETTER)
        .toList();
    assertEquals(List.of("A", "B", "A", "C"), letters.stream().map(TrialFact::value).toList());
    assertEquals(List.of(Optional.of("PC"), Optional.of("PC + D"), Optional.empty(), Optional.empty()),
        letters.stream().map(f -> extractor.bracketAfter(text, f)).toList());
  }
}
