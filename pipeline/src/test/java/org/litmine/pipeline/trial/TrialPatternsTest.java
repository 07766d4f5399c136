package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TrialPatternsTest {

  @TestFactory
  Stream<DynamicTest> everyRuleFindsItsExample() {
    return Stream.of(TrialPatterns.ownTrial(), TrialPatterns.responseFigures())
        .flatMap(patterns -> patterns.rules().stream())
        .map(rule -> DynamicTest.dynamicTest(rule.name() + ": " + rule.example(),
            () -> assertTrue(rule.pattern().matcher(SentenceFigures.prepare(rule.example())).find(),
                rule.name() + " does not find its example")));
  }

  @Test
  void anArmLabelIsACapitalLetterOrANumberNeverAWord() {
    java.util.regex.Pattern label = TrialPatterns.responseFigures().get("ARM_LABEL");
    assertTrue(label.matcher("for MK plus gemcitabine (arm A)").find());
    assertTrue(label.matcher("OS, 10.4 months for Arm 12").find());
    for (String words : List.of("the control arm is shorter", "the control arm vs", "each arm at 12 weeks")) {
      assertFalse(label.matcher(words).find(), words);
    }
  }

  @Test
  void theResponseFiguresNumberIsTheOwnTrialNumber() {
    TrialPatterns response = TrialPatterns.responseFigures();
    assertTrue(response.get("NUMBER").pattern().contains(TrialPatterns.ownTrial().get("NUM").pattern()));
    var m = response.get("NUMBER").matcher("ORR was 21.1% (95% CI 12-30)");
    assertTrue(m.find());
    assertEquals("21.1", m.group("value"));
    assertThrows(IllegalStateException.class, () -> response.get("JOINER"));
  }
}
