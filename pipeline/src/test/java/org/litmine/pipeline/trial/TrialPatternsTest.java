package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import java.util.stream.Stream;

class TrialPatternsTest {

  private static final TrialPatterns PATTERNS = TrialPatterns.ownTrial();

  @TestFactory
  Stream<DynamicTest> everyRuleFindsItsExample() {
    return PATTERNS.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.name() + ": " + rule.example(),
        () -> assertTrue(rule.pattern().matcher(SentenceFigures.prepare(rule.example())).find(),
            rule.name() + " does not find its example")));
  }
}
