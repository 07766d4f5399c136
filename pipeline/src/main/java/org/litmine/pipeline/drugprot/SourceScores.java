package org.litmine.pipeline.drugprot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A split's scores by what found the predictions: the hand-written rules alone, the trained relation models alone
 * (rule {@code classifier}), both (what litmine emits), and both with the classifier's pairs kept only from a higher
 * probability on (the run holds the classifier's pairs at or above its model's threshold, so the curve starts
 * there). Read it to see what the classifier adds on text the rules were not written from, and at what precision.
 */
public final class SourceScores {

  /** The probabilities from which the classifier's pairs are kept in the curve's points. */
  static final List<Double> CUTS = List.of(0.80, 0.85, 0.90, 0.95);

  /** One effect group's score for one choice of sources. */
  public record Row(String group, String source, DrugProtScorer.Score score) {}

  private SourceScores() {}

  /** The rows of every effect group: rules, classifier, both, then both at each cut. */
  public static List<Row> of(DrugProtScorer scorer) {
    List<Row> rows = new ArrayList<>();
    for (RelationGroup g : RelationGroup.values()) {
      rows.add(row(scorer, g, "rules", RunMention::byRule));
      rows.add(row(scorer, g, "classifier", m -> !m.byRule()));
      rows.add(row(scorer, g, "both", m -> true));
      for (double cut : CUTS) {
        rows.add(row(scorer, g, String.format(Locale.ROOT, "rules + classifier ≥ %.2f", cut),
            m -> m.byRule() || m.probability() != null && m.probability() >= cut));
      }
    }
    return rows;
  }

  private static Row row(DrugProtScorer scorer, RelationGroup g, String source, Predicate<RunMention> kept) {
    return new Row(g.effect(), source, scorer.score(g, kept).score());
  }

  /** The markdown table of a split's rows. */
  static void table(StringBuilder md, String split, List<Row> rows) {
    for (Row r : rows) {
      DrugProtScorer.Score s = r.score();
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", split, r.group(),
          r.source(), s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1()));
    }
  }
}
