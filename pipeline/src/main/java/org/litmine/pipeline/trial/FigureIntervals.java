package org.litmine.pipeline.trial;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.trial.TrialFact;

/**
 * The confidence interval written right after a figure of a sentence: one of the trial annotator's CI facts
 * ({@link TrialFact.Kind#CI}: level where written, bounds), placed by the patterns of {@code rules/own-trial.rules}
 * that say what may stand between the figure and it and after it ({@code CI_BRACKET_BEFORE},
 * {@code CI_BRACKET_AFTER}, {@code CI_COMMA_BEFORE}, {@code CI_COMMA_AFTER}).
 */
final class FigureIntervals {

  /** A figure's CI: its bounds (no upper one where not reached), its level if written, where it ends. */
  record Interval(Double low, Double high, Double level, int end) {}

  private final TrialPatterns patterns;

  FigureIntervals(TrialPatterns patterns) {
    this.patterns = patterns;
  }

  /**
   * The CI written right after a figure (after its unit, or after an arm phrase before the bracket,
   * {@code CI_AFTER_ARM}, then with its level): the first of the sentence's CI facts after {@code from}, in brackets ({@code CI_BRACKET_BEFORE},
   * {@code CI_BRACKET_AFTER}) or after a comma ({@code CI_COMMA_BEFORE}; then before the bracket's end or a p value,
   * {@code CI_COMMA_AFTER}, unless its level is written).
   */
  Interval after(String t, List<TrialFact> facts, int from) {
    TrialFact ci = firstInterval(facts, from);
    if (ci == null) {
      return null;
    }
    String gap = t.substring(from, ci.charBegin());
    int bracketEnd = bracketEnd(t, gap, ci);
    if (bracketEnd >= 0) {
      return new Interval(ci.low(), ci.high(), ci.ciLevel(), bracketEnd);
    }
    if (patterns.get("CI_COMMA_BEFORE").matcher(gap).matches()) {
      Matcher end = patterns.get("CI_COMMA_AFTER").matcher(t.substring(ci.charEnd()));
      if (end.lookingAt()) {
        return new Interval(ci.low(), ci.high(), ci.ciLevel(), ci.charEnd() + end.end());
      }
      if (ci.ciLevel() != null) {
        return new Interval(ci.low(), ci.high(), ci.ciLevel(), ci.charEnd());
      }
    }
    Matcher armThenBracket = patterns.get("CI_AFTER_ARM").matcher(t.substring(from));
    if (armThenBracket.lookingAt()) {
      int at = from + armThenBracket.end();
      TrialFact inBracket = firstInterval(facts, at);
      if (inBracket != null && inBracket.ciLevel() != null
          && bracketEnd(t, t.substring(at, inBracket.charBegin()), inBracket) >= 0) {
        return new Interval(inBracket.low(), inBracket.high(), inBracket.ciLevel(), from);
      }
    }
    return null;
  }

  private static TrialFact firstInterval(List<TrialFact> facts, int from) {
    return facts.stream().filter(f -> f.kind() == TrialFact.Kind.CI && f.charBegin() >= from).findFirst()
        .orElse(null);
  }

  /** Where a CI in brackets ends (after the bracket's end if it closes it), or -1 if it is not in brackets. */
  private int bracketEnd(String t, String gap, TrialFact ci) {
    Matcher after = patterns.get("CI_BRACKET_AFTER").matcher(t.substring(ci.charEnd()));
    return patterns.get("CI_BRACKET_BEFORE").matcher(gap).matches() && after.lookingAt()
        ? ci.charEnd() + after.end() : -1;
  }
}
