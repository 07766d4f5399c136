package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class LetteredArmTest {

  private static final TrialPatterns PATTERNS = TrialPatterns.ownTrial();

  private static List<LetteredArm> arms(String text) {
    return LetteredArm.in(new TextWithFacts(text, TokenFacts.of(text)));
  }

  @Test
  void theWordArmAndItsLetterStandWhereTheTextWritesThem() {
    String text = "In this two-arm B trial, 40 were in arm A and 41 in Arm  2.";
    List<LetteredArm> arms = arms(text);
    assertEquals(List.of("B", "A", "2"), arms.stream().map(LetteredArm::letter).toList());
    assertEquals(List.of("arm B", "arm A", "arm 2"), arms.stream().map(LetteredArm::name).toList());
    assertEquals(List.of("arm", "arm", "Arm"),
        arms.stream().map(a -> text.substring(a.wordBegin(), a.wordBegin() + 3)).toList());
    assertEquals(List.of("B", "A", "2"),
        arms.stream().map(a -> text.substring(a.letterBegin(), a.letterBegin() + 1)).toList());
  }

  @Test
  void aGroupNamedByALetterIsALetteredArmNamedByItsWord() {
    List<LetteredArm> arms = arms("Patients in Group A and in group 2 did better.");
    assertEquals(List.of("group A", "group 2"), arms.stream().map(LetteredArm::name).toList());
    assertEquals(List.of(true, true, false, false), java.util.stream.Stream.of("group A", "Arm II", "group E", "arms A")
        .map(LetteredArm::isName).toList());
  }

  @Test
  void aRegimenIsReadRightAfterTheLetterOrRightBeforeTheWordInBrackets() {
    String text = "Patients received arm A (carboplatin plus paclitaxel; n = 32) or gemcitabine and cisplatin (arm B).";
    List<LetteredArm> arms = arms(text);
    assertEquals(Optional.of("carboplatin plus paclitaxel"),
        arms.get(0).after(text, PATTERNS.get("LETTERED_REGIMEN")).map(m -> m.group("regimen")));
    assertEquals(Optional.empty(), arms.get(1).after(text, PATTERNS.get("LETTERED_REGIMEN")).map(Matcher::group));
    assertEquals(Optional.of(")"), arms.get(1).after(text, PATTERNS.get("LETTERED_ARM_CLOSED")).map(Matcher::group));
    assertEquals(Optional.of("or gemcitabine and cisplatin"),
        arms.get(1).before(text, PATTERNS.get("REGIMEN_LETTERED")).map(m -> m.group("regimen")));
  }
}
