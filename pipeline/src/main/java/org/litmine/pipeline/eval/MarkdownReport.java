package org.litmine.pipeline.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.litmine.pipeline.eval.trial.TrialReport;

/**
 * {@code report.md}: the scores (strict and relaxed, by drug kind, effect and section, over confidence thresholds,
 * entities, trials), then the errors ({@link ErrorReport}). The headings name the charts that
 * {@link HtmlReport} draws under them.
 */
final class MarkdownReport {

  static final String SCORES = "Scores";
  static final String BY_SOURCE = "Rules and relation models";
  static final String BY_EFFECT = "By effect";
  static final String CONFIDENCE = "Confidence";
  static final String CONFUSION = "Effect confusion";

  private MarkdownReport() {}

  static String render(Evaluation evaluation) {
    Metrics m = evaluation.metrics();
    StringBuilder md = new StringBuilder();
    md.append("# litmine evaluation\n\n");
    md.append("Run `").append(m.run()).append("` against gold `").append(m.gold()).append("`")
        .append(m.comparison() == null ? "" : ", compared with baseline `" + m.comparison().baseline() + "`")
        .append(".\n\n");
    md.append("Scored documents: ").append(String.join(", ", m.scoredDocuments())).append("  \n");
    md.append("Unscored documents (no gold): ")
        .append(m.unscoredDocuments().isEmpty() ? "none" : String.join(", ", m.unscoredDocuments())).append("\n\n");
    md.append("Scores are over distinct (gene, drug, effect) per document (strict) or distinct (gene, drug) pairs ")
        .append("(relaxed). Negated predictions are never hits (listed apart); hedged ones count. Recall is over ")
        .append("core gold rows; a prediction matching an optional row counts neither way.\n\n");
    md.append("## ").append(SCORES).append("\n\n");
    header(md, "slice");
    row(md, "strict (gene, drug, effect)", m.triples());
    row(md, "relaxed (gene, drug)", m.relaxed());
    row(md, "named drugs", m.drug());
    row(md, "drug classes", m.drugClass());
    md.append("\n## ").append(BY_EFFECT).append("\n\n");
    header(md, "effect");
    m.byEffect().forEach((effect, s) -> row(md, effect, s));
    md.append("\n## By section\n\nThe gold row's section, or for a false positive that of its first evidence.\n\n");
    header(md, "section");
    m.bySection().forEach((section, s) -> row(md, section, s));
    md.append("\n## ").append(BY_SOURCE).append("\n\nThe strict score of the triples a rule found (on at least one ")
        .append("sentence: the rules alone), of those the trained relation models found (`classifier`: pairs no rule ")
        .append("matched), and of both; recall over every core gold row.\n\n");
    header(md, "found by");
    m.bySource().forEach((source, s) -> row(md, source, s));
    confidence(md, m.confidence());
    confusion(md, m.confusion());
    entities(md, m.entities(), evaluation.entityScorer());
    md.append(ErrorReport.render(evaluation));
    if (evaluation.trialScorer() != null) {
      md.append(TrialReport.markdown(evaluation.trialScorer()));
    }
    md.append(ErrorReport.truePositives(evaluation));
    return md.toString();
  }

  private static void confidence(StringBuilder md, List<ConfidenceCurve.Point> points) {
    md.append("\n## ").append(CONFIDENCE).append("\n\nPrecision and recall of the predictions at or above each ")
        .append("distinct confidence (recall over every core gold row).\n\n");
    md.append("| confidence ≥ | predictions | TP | FP | FN | precision | recall | F1 |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (ConfidenceCurve.Point p : points) {
      Score s = p.score();
      md.append("| ").append(SvgCharts.threshold(p.threshold())).append(" | ").append(p.predictions()).append(" | ")
          .append(s.tp()).append(" | ").append(s.fp()).append(" | ").append(s.fn()).append(" | ")
          .append(f(s.precision())).append(" | ").append(f(s.recall())).append(" | ").append(f(s.f1()))
          .append(" |\n");
    }
  }

  private static void confusion(StringBuilder md, EffectConfusion.Matrix matrix) {
    md.append("\n## ").append(CONFUSION).append("\n\nOver the ").append(matrix.pairs())
        .append(" core gold (gene, drug) pairs the run found with some effect: rows are gold effects, columns ")
        .append("predicted ones. A gold effect the run also predicted counts on the diagonal; each effect the run ")
        .append("predicted for the pair that no gold row has counts in its column.\n\n");
    md.append("| gold \\ predicted |");
    matrix.effects().forEach(e -> md.append(' ').append(e).append(" |"));
    md.append("\n|---|").append("---|".repeat(matrix.effects().size())).append('\n');
    for (String g : matrix.effects()) {
      md.append("| ").append(g).append(" |");
      matrix.effects().forEach(p -> md.append(' ').append(matrix.count(g, p)).append(" |"));
      md.append('\n');
    }
  }

  private static void entities(StringBuilder md, EntityScorer.Metrics e, EntityScorer scorer) {
    md.append("\n## Entities\n\n");
    if (!e.available()) {
      md.append("Not scored: ").append(e.note()).append(".\n");
      return;
    }
    md.append("Distinct genes and named drugs per document against `entities.jsonl` of the gold set (recall over ")
        .append("core entities; an optional one counts neither way).\n\n");
    header(md, "kind");
    row(md, "all", e.all());
    e.byKind().forEach((kind, s) -> row(md, kind, s));
    if (!e.unscoredKinds().isEmpty()) {
      md.append("\nFound but not scored (the gold set lists none): ");
      md.append(String.join(", ", e.unscoredKinds().entrySet().stream()
          .map(k -> k.getValue() + " " + k.getKey()).toList())).append(".\n");
    }
    md.append("\nMissed (core gold entities not found): ").append(ids(scorer.falseNegatives())).append("  \n");
    md.append("Not in the gold list: ").append(ids(scorer.falsePositives())).append('\n');
  }

  private static String ids(List<EntityScorer.Key> keys) {
    return keys.isEmpty() ? "none" : escape(String.join(", ", keys.stream().map(k -> k.kind() + " " + k.id())
        .toList()));
  }

  static void header(StringBuilder md, String first) {
    md.append("| ").append(first).append(" | TP | FP | FN | precision | recall | F1 |\n")
        .append("|---|---|---|---|---|---|---|\n");
  }

  static void row(StringBuilder md, String name, Score s) {
    md.append("| ").append(escape(name)).append(" | ").append(s.tp()).append(" | ").append(s.fp()).append(" | ")
        .append(s.fn()).append(" | ").append(f(s.precision())).append(" | ").append(f(s.recall())).append(" | ")
        .append(f(s.f1())).append(" |\n");
  }

  static String f(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  static String escape(String text) {
    return text == null ? "" : text.replace("|", "\\|").replaceAll("\\s+", " ");
  }

  static String join(Map<String, Integer> counts) {
    return String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
  }
}
