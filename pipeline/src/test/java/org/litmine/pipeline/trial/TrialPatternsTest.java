package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import java.util.regex.Matcher;
import java.util.stream.Stream;

class TrialPatternsTest {

  private static final TrialPatterns PATTERNS = TrialPatterns.ownTrial();

  @TestFactory
  Stream<DynamicTest> everyRuleFindsItsExample() {
    return PATTERNS.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.name() + ": " + rule.example(),
        () -> assertTrue(rule.pattern().matcher(SentenceFigures.prepare(rule.example())).find(),
            rule.name() + " does not find its example")));
  }

  @Test
  void bracketedIntervalKeepsItsLevelAndRangesAreNoIntervals() {
    Matcher m = PATTERNS.get("CI_BRACKETED").matcher(" (97.5% CI, 34% to 56%) in arm A");
    assertTrue(m.lookingAt());
    assertEquals("97.5", m.group("level"));
    assertEquals("34", m.group("low"));
    assertEquals("56", m.group("high"));
    assertFalse(PATTERNS.get("CI_BRACKETED").matcher(" (range 12.0-16.4) in the experimental group").lookingAt());
    assertFalse(PATTERNS.get("CI_BRACKETED").matcher(" (IQR 5.1-21.2) for 628 patients").lookingAt());
  }

  @Test
  void anUpperBoundNotReachedIsNoNumber() {
    Matcher m = PATTERNS.get("CI_BRACKETED").matcher(" (95% CI, 14.9 months to not achieved).");
    assertTrue(m.lookingAt());
    assertEquals(null, m.group("high"));
  }
}
