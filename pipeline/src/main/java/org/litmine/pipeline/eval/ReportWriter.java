package org.litmine.pipeline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.litmine.pipeline.eval.trial.TrialReport;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.OutputFiles;
import org.litmine.pipeline.output.TripleRecord;

/** Writes {@code report.md}, {@code report.html} and {@code metrics.json} for an {@link Evaluation}. */
public final class ReportWriter {

  private ReportWriter() {}

  public static void write(Evaluation evaluation, Path dir) throws IOException {
    Files.createDirectories(dir);
    String markdown = markdown(evaluation);
    OutputFiles.writeAtomically(dir.resolve("report.md"), markdown);
    OutputFiles.writeAtomically(dir.resolve("report.html"), HtmlReport.render(markdown));
    OutputFiles.writeAtomically(dir.resolve("metrics.json"),
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(evaluation.metrics()) + "\n");
  }

  static String markdown(Evaluation evaluation) {
    Evaluation.Metrics m = evaluation.metrics();
    TripleScorer scorer = evaluation.scorer();
    StringBuilder md = new StringBuilder();
    md.append("# litmine evaluation\n\n");
    md.append("Run `").append(m.run()).append("` against gold `").append(m.gold()).append("`.\n\n");
    md.append("Scored documents: ").append(String.join(", ", m.scoredDocuments())).append("  \n");
    md.append("Unscored documents (no gold): ")
        .append(m.unscoredDocuments().isEmpty() ? "none" : String.join(", ", m.unscoredDocuments())).append("\n\n");
    md.append("Distinct (gene, drug, effect) per document; negated predictions are not hits; recall is over core ")
        .append("gold rows; a prediction matching an optional row counts neither way.\n\n");
    md.append("## Triples\n\n| slice | TP | FP | FN | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n");
    row(md, "all", m.triples());
    row(md, "named drugs", m.drug());
    row(md, "drug classes", m.drugClass());
    md.append("\n## By effect\n\n| effect | TP | FP | FN | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Score> e : m.byEffect().entrySet()) {
      row(md, e.getKey(), e.getValue());
    }
    TripleScorer.Outcome all = scorer.all();
    md.append("\n## False positives (").append(all.falsePositives().size()).append(")\n\n");
    for (TripleKey key : all.falsePositives()) {
      TripleRecord t = scorer.prediction(key);
      md.append("- **").append(key.gene()).append(" · ").append(key.drug()).append(" · ").append(key.effect())
          .append("** (").append(t.drugKind()).append(")\n");
      for (Evidence e : t.evidence()) {
        md.append("  - p.").append(e.page()).append(", ").append(e.section()).append(", rule `").append(e.rule())
            .append("`: ").append(escape(e.sentence())).append('\n');
      }
    }
    md.append("\n## False negatives (").append(all.falseNegatives().size()).append(")\n\n");
    for (TripleKey key : all.falseNegatives()) {
      GoldTriple g = scorer.goldRow(key);
      md.append("- **").append(key.gene()).append(" · ").append(key.drug()).append(" · ").append(key.effect())
          .append("** (").append(g.drugKind()).append(", ").append(g.section()).append("): ")
          .append(escape(g.sentence())).append('\n');
    }
    if (evaluation.trialScorer() != null) {
      md.append(TrialReport.markdown(evaluation.trialScorer()));
    }
    md.append("\n## True positives (").append(all.truePositives().size()).append(")\n\n");
    for (TripleKey key : all.truePositives()) {
      md.append("- ").append(key.gene()).append(" · ").append(key.drug()).append(" · ").append(key.effect())
          .append('\n');
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String name, Score s) {
    md.append("| ").append(name).append(" | ").append(s.tp()).append(" | ").append(s.fp()).append(" | ")
        .append(s.fn()).append(" | ").append(String.format("%.3f", s.precision())).append(" | ")
        .append(String.format("%.3f", s.recall())).append(" | ").append(String.format("%.3f", s.f1()))
        .append(" |\n");
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("|", "\\|").replaceAll("\\s+", " ");
  }
}
