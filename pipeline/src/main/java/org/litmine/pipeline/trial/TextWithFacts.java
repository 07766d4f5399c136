package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import org.litmine.annotators.trial.TrialFact;

/**
 * A text the trial readers read with the trial annotator's facts of it, their character offsets of {@code text}: a
 * sentence, a table cell, or a text put together from cells (a row's label and a cell, cells of rows joined), which
 * takes the facts of each of its cells.
 */
record TextWithFacts(String text, List<TrialFact> facts) {

  TextWithFacts {
    facts = List.copyOf(facts);
  }

  /** A sentence with its facts. */
  static TextWithFacts of(TrialSentence sentence) {
    return new TextWithFacts(sentence.text(), sentence.facts());
  }

  /**
   * A text made of the paper's passages {@code parts} in order, each written in it whole (maybe without the spaces
   * around it): each part's facts, moved to where it is written.
   */
  static TextWithFacts of(String text, List<String> parts, TrialFacts facts) {
    List<TrialFact> moved = new ArrayList<>();
    int from = 0;
    for (String part : parts) {
      String stripped = part.strip();
      int at = stripped.isEmpty() ? -1 : text.indexOf(stripped, from);
      if (at < 0) {
        continue;
      }
      int shift = at - part.indexOf(stripped);
      facts.in(part).forEach(f -> moved.add(f.shifted(shift)));
      from = at + stripped.length();
    }
    return new TextWithFacts(text, moved);
  }

  /** The facts of the given kinds. */
  List<TrialFact> facts(TrialFact.Kind... kinds) {
    List<TrialFact.Kind> wanted = List.of(kinds);
    return facts.stream().filter(f -> wanted.contains(f.kind())).toList();
  }
}
