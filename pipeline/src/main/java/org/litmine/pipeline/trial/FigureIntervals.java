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

  /**
   * A figure's CI: its bounds (no upper one where not reached), its level if written, where the figure ends, and
   * where the CI's own text ends (past the end where the CI stands after the figure's arm: "not reached in the X arm
   * (95% CI, 24.1 months to not reached)"; no figure is read inside it).
   */
  record Interval(Double low, Double high, Double level, int end, int textEnd) {
    Interval(Double low, Double high, Double level, int end) {
      this(low, high, level, end, end);
    }
  }

  /** The label of a range or IQR in brackets: the bare interval after it is no CI. */
  private static final Pattern RANGE_LABEL =
      Pattern.compile("(?i)[(\\[]\\s*(?:range|IQR|interquartile range)\\b");

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
      int closed = inBracket == null ? -1 : bracketEnd(t, t.substring(at, inBracket.charBegin()), inBracket);
      if (inBracket != null && inBracket.ciLevel() != null && closed >= 0) {
        return new Interval(inBracket.low(), inBracket.high(), inBracket.ciLevel(), from, closed);
      }
    }
    return null;
  }

  /**
   * The level of a bare interval "(6.8-13.6)" of a figure starting at {@code start}: it is of the kind labelled
   * nearest before it in the sentence, a CI of that level, or a range or IQR (then it is no CI: null); with no label
   * before it, the CI level labelled after it; with none, the level the paper labelled last before the sentence
   * ({@code paperLevel}); with none, no CI.
   */
  Double bareLevel(String t, int start, List<TrialFact> facts, Double paperLevel) {
    int lastLevel = -1;
    Double level = null;
    Double after = null;
    for (TrialFact fact : facts) {
      if (fact.kind() != TrialFact.Kind.CI_LEVEL) {
        continue;
      }
      if (fact.charBegin() < start) {
        lastLevel = fact.charBegin();
        level = fact.level();
      } else if (after == null) {
        after = fact.level();
      }
    }
    int lastRange = -1;
    Matcher r = RANGE_LABEL.matcher(t);
    while (r.find() && r.start() < start) {
      lastRange = r.start();
    }
    return lastLevel > lastRange ? level : lastRange >= 0 ? null : after != null ? after : paperLevel;
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
