package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The CI right after a figure, on sentences written for this test, with the trial annotator's facts (no models). */
class FigureIntervalsTest {

  private static final FigureIntervals INTERVALS = new FigureIntervals(TrialPatterns.ownTrial());

  /** The CI after the first occurrence of {@code figure} in {@code sentence}, as "low-high/level@end". */
  private static String after(String sentence, String figure) {
    String t = SentenceFigures.prepare(sentence);
    FigureIntervals.Interval ci = INTERVALS.after(t, TokenFacts.of(sentence), t.indexOf(figure) + figure.length());
    return ci == null ? null : ci.low() + "-" + ci.high() + "/" + ci.level() + "@" + t.substring(0, ci.end());
  }

  @Test
  void aBracketedIntervalKeepsItsLevelAndItsBracket() {
    assertEquals("34.0-56.0/97.5@The rate was 45% (97.5% CI, 34% to 56%)",
        after("The rate was 45% (97.5% CI, 34% to 56%) in arm A.", "45%"));
    assertEquals("6.8-13.6/null@It was 9.2 months (6.8-13.6)", after("It was 9.2 months (6.8-13.6) with X.", "months"));
    assertEquals("63.0-79.3/95.0@It was 72% (91/127; 95% CI, 63.0% to 79.3%)",
        after("It was 72% (91/127; 95% CI, 63.0% to 79.3%) overall.", "72%"));
  }

  @Test
  void anUpperBoundNotReachedIsNoNumber() {
    assertEquals("14.9-null/95.0@The median was 20.1 months (95% CI, 14.9 months to not achieved)",
        after("The median was 20.1 months (95% CI, 14.9 months to not achieved).", "months"));
  }

  @Test
  void anIntervalAfterACommaEndsBeforeTheBracketOrAPValueUnlessItsLevelIsWritten() {
    assertEquals("9.7-13.7/95.0@Median OS (11.0 months, 95% CI 9.7-13.7",
        after("Median OS (11.0 months, 95% CI 9.7-13.7) was longer.", "months"));
    assertEquals("0.65-0.95/null@The HR was 0.79, 0.65-0.95", after("The HR was 0.79, 0.65-0.95, p=0.012.", "0.79"));
    assertEquals("0.23-0.41/95.0@The hazard ratio was 0.30; 95% CI, 0.23 to 0.41",
        after("The hazard ratio was 0.30; 95% CI, 0.23 to 0.41 for death.", "0.30"));
    assertEquals("0.23-0.49/95.0@HR 0.34; 95% confidence interval [CI]: 0.23, 0.49",
        after("HR 0.34; 95% confidence interval [CI]: 0.23, 0.49 in all.", "0.34"));
  }

  @Test
  void aRangeOrAnIqrOrAnIntervalFurtherOnIsNone() {
    assertNull(after("The median was 14.2 months (range 12.0-16.4) in the group.", "months"));
    assertNull(after("The median was 14.2 months (IQR 5.1-21.2) for 628 patients.", "months"));
    assertNull(after("The median was 14.2 months overall; later (95% CI 1.0-2.0) it was not.", "months"));
  }

  @Test
  void afterAnArmTheBracketedIntervalNeedsItsLevelAndTheFigureKeepsItsEnd() {
    assertEquals("42.0-70.0/95.0@It was 54%", after("It was 54% in arm B (95% CI, 42% to 70%).", "54%"));
    assertNull(after("It was 54% in arm B (42-70).", "54%"));
  }
}
