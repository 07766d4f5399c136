package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void theResponseFiguresNumberIsTheOwnTrialNumber() {
    TrialPatterns response = TrialPatterns.responseFigures();
    assertTrue(response.get("NUMBER").pattern().contains(TrialPatterns.ownTrial().get("NUM").pattern()));
    var m = response.get("NUMBER").matcher("ORR was 21.1% (95% CI 12-30)");
    assertTrue(m.find());
    assertEquals("21.1", m.group("value"));
    assertThrows(IllegalStateException.class, () -> response.get("JOINER"));
  }
}
