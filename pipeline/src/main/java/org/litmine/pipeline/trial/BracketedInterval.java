package org.litmine.pipeline.trial;

import java.util.List;
import java.util.Optional;
import org.litmine.annotators.trial.TrialFact;

/**
 * The confidence interval a table cell or a sentence writes in brackets right after a figure: a labelled one of the
 * trial annotator's CI facts ({@link TrialFact.Kind#CI}: "(95% CI 1.45-2.1 months)", "(CI, 1.2 to 3.4)"; not a bare
 * "(1.2-3.4)"), the bracket closing after it or after a word or "%" there; {@code end} is past the closing bracket.
 */
record BracketedInterval(TrialFact ci, int end) {

  /** The interval in brackets at {@code pos} of {@code t} (the text the facts are of), none past {@code end}. */
  static Optional<BracketedInterval> at(String t, List<TrialFact> intervals, int pos, int end) {
    int open = ResponseParser.skipSpacesAll(t, pos);
    if (open >= end || t.charAt(open) != '(' && t.charAt(open) != '[') {
      return Optional.empty();
    }
    int start = ResponseParser.skipSpacesAll(t, open + 1);
    for (TrialFact ci : intervals) {
      if (ci.charBegin() == start && ci.charEnd() <= end && labelled(t, ci)) {
        int close = ResponseParser.skipSpacesAll(t, afterWord(t, ResponseParser.skipSpacesAll(t, ci.charEnd()), end));
        if (close < end && (t.charAt(close) == ')' || t.charAt(close) == ']')) {
          return Optional.of(new BracketedInterval(ci, close + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a CI fact is written with its level or its label ("CI", "confidence interval"), not bounds alone. */
  private static boolean labelled(String t, TrialFact ci) {
    return ci.ciLevel() != null || Character.isLetter(t.charAt(ci.charBegin()));
  }

  /** Past a "%" or a word of ASCII letters at {@code i} (a unit after a CI's bound), if one is there. */
  private static int afterWord(String t, int i, int end) {
    if (i < end && t.charAt(i) == '%') {
      return i + 1;
    }
    int j = i;
    while (j < end && Character.toLowerCase(t.charAt(j)) >= 'a' && Character.toLowerCase(t.charAt(j)) <= 'z') {
      j++;
    }
    return j;
  }
}
