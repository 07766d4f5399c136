package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.trial.SentenceFigures.Figure;

/**
 * Keeps a sentence's efficacy figures: drops those of a subgroup, of adverse events or of a difference
 * ({@code NOT_EFFICACY}), that is those after the words that name it, and those whose own clause names it ("15.5
 * versus 10.3 months for patients with nonsquamous histologies"), with the figures listed right before them; a
 * difference written as what a figure was improved by ({@code DIFFERENCE_BY}: "improved median PFS by 1.1 months (5.2
 * v 4.1 months)"), that figure only; and the figures after a difference right after its verb ("improved by 8.6%"),
 * but not a ratio ({@code DIFFERENCE_AFTER}).
 */
final class EfficacyFigures {

  private EfficacyFigures() {}

  /**
   * The figures of prepared sentence {@code t} (each with its context) that {@code notEfficacy} does not set apart and
   * {@code differenceBy} does not say are a difference; of those after a difference ({@code differenceAfter}), the
   * ratios only.
   */
  static List<Figure> only(String t, List<Figure> figures, Pattern notEfficacy, Pattern differenceBy,
      Pattern differenceAfter) {
    Matcher cue = notEfficacy.matcher(t);
    int first = cue.find() ? cue.start() : t.length();
    Matcher difference = differenceAfter.matcher(t);
    int firstDifference = difference.find() ? difference.start() : t.length();
    List<Figure> out = new ArrayList<>();
    for (Figure f : figures) {
      String clause = f.after().split("[(;\\[]|\\.\\s", 2)[0];
      if (f.start() > first || !f.ratio() && (f.start() > firstDifference || differenceBy.matcher(f.before()).find())) {
        continue;
      }
      if (!f.ratio() && notEfficacy.matcher(clause).find()) {
        while (!out.isEmpty() && out.get(out.size() - 1).after().matches("(?i)\\s*(?:and|v\\.?|vs\\.?|versus|,)\\s*")) {
          out.remove(out.size() - 1);
        }
        continue;
      }
      out.add(f);
    }
    return out;
  }
}
