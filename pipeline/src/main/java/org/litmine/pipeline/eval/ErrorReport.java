package org.litmine.pipeline.eval;

import static org.litmine.pipeline.eval.MarkdownReport.escape;
import static org.litmine.pipeline.eval.MarkdownReport.f;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.TripleRecord;

/**
 * The error sections of {@code report.md}: hedged and negated predictions, errors by cause, every false positive
 * with its sentences and rules, every false negative with the gold sentence and the nearest sentence the run saw,
 * the comparison with a baseline, and the true positives.
 */
final class ErrorReport {

  private ErrorReport() {}

  static String render(Evaluation evaluation) {
    Metrics m = evaluation.metrics();
    TripleScorer scorer = evaluation.scorer();
    ErrorAnalysis errors = evaluation.errors();
    StringBuilder md = new StringBuilder();
    md.append("\n## Hedged and negated predictions\n\n")
        .append("Hedged predictions count like others; negated ones are never hits (a negated prediction of a core ")
        .append("row is a hit lost).\n\n| predictions | n | core | optional | none | precision |\n")
        .append("|---|---|---|---|---|---|\n");
    modality(md, "hedged", m.hedged());
    modality(md, "negated", m.negated());
    listModality(md, "Hedged", Modality.hedged(scorer), scorer);
    listModality(md, "Negated", scorer.negated(), scorer);
    md.append("\n## Errors by cause\n\nReading: the gold sentence's words are not in the extracted text. Entity: ")
        .append("the sentence was read but the gene or drug not recognized (false negative), or the gene or drug ")
        .append("is not a gold entity of the document (false positive). Rule: both entities there, but no triple or ")
        .append("the wrong one (effect confusion).\n\n| errors | reading | entity | rule |\n|---|---|---|---|\n");
    counts(md, "false negatives", m.errors().falseNegatives());
    counts(md, "false positives", m.errors().falsePositives());
    md.append("\n## False positives (").append(errors.falseHits().size()).append(")\n");
    for (ErrorAnalysis.Cause cause : ErrorAnalysis.Cause.values()) {
      List<ErrorAnalysis.FalseHit> hits = errors.falseHits().stream().filter(h -> h.cause() == cause).toList();
      if (hits.isEmpty()) {
        continue;
      }
      md.append("\n### ").append(cause).append(" (").append(hits.size()).append(")\n\n");
      for (ErrorAnalysis.FalseHit h : hits) {
        md.append("- **").append(escape(h.key().label())).append("** (").append(h.prediction().drugKind())
            .append(", confidence ").append(h.prediction().confidence()).append("): ").append(escape(h.detail()))
            .append('\n');
        evidence(md, h.prediction());
      }
    }
    md.append("\n## False negatives (").append(errors.misses().size()).append(")\n");
    for (ErrorAnalysis.Cause cause : ErrorAnalysis.Cause.values()) {
      List<ErrorAnalysis.Miss> misses = errors.misses().stream().filter(x -> x.cause() == cause).toList();
      if (misses.isEmpty()) {
        continue;
      }
      md.append("\n### ").append(cause).append(" (").append(misses.size()).append(")\n\n");
      for (ErrorAnalysis.Miss x : misses) {
        md.append("- **").append(escape(x.key().label())).append("** (").append(x.gold().drugKind()).append(", ")
            .append(escape(x.gold().section())).append("): ").append(escape(x.detail())).append('\n');
        md.append("  - gold: ").append(escape(x.gold().sentence())).append('\n');
        if (x.nearest() != null) {
          md.append("  - nearest (").append(escape(x.nearest().section())).append(", ")
              .append(String.format(Locale.ROOT, "%.0f%%", 100 * x.nearest().coverage())).append(" of its words; ")
              .append("gene ").append(x.geneSeen() ? "seen" : "not seen").append(", drug ")
              .append(x.drugSeen() ? "seen" : "not seen").append("): ").append(escape(x.nearest().sentence()))
              .append('\n');
        }
      }
    }
    if (m.comparison() != null) {
      comparison(md, m.comparison());
    }
    return md.toString();
  }

  private static void evidence(StringBuilder md, TripleRecord t) {
    for (Evidence e : t.evidence()) {
      md.append("  - p.").append(e.page()).append(", ").append(escape(e.section())).append(", rule `")
          .append(e.rule()).append('`').append(e.hedged() ? ", hedged" : "").append(": ")
          .append(escape(e.sentence())).append('\n');
    }
  }

  private static void modality(StringBuilder md, String name, Modality x) {
    md.append("| ").append(name).append(" | ").append(x.predictions()).append(" | ").append(x.core()).append(" | ")
        .append(x.optional()).append(" | ").append(x.none()).append(" | ").append(f(x.precision())).append(" |\n");
  }

  private static void listModality(StringBuilder md, String name, Map<TripleKey, TripleRecord> predictions,
      TripleScorer scorer) {
    md.append("\n### ").append(name).append(" (").append(predictions.size()).append(")\n\n");
    if (predictions.isEmpty()) {
      md.append("None.\n");
    }
    predictions.forEach((key, t) -> {
      md.append("- **").append(escape(key.label())).append("** (gold: ")
          .append(scorer.match(key).name().toLowerCase(Locale.ROOT)).append(")\n");
      evidence(md, t);
    });
  }

  private static void counts(StringBuilder md, String name, Map<String, Integer> byCause) {
    md.append("| ").append(name);
    for (ErrorAnalysis.Cause c : ErrorAnalysis.Cause.values()) {
      md.append(" | ").append(byCause.getOrDefault(c.toString(), 0));
    }
    md.append(" |\n");
  }

  private static void comparison(StringBuilder md, Comparison c) {
    md.append("\n## Compared with baseline\n\nBaseline run `").append(c.baseline()).append("`. Changes are this ")
        .append("run's score minus the baseline's.\n\n")
        .append("| score | baseline F1 | run F1 | Δ precision | Δ recall | Δ F1 |\n")
        .append("|---|---|---|---|---|---|\n");
    c.changes().forEach((name, ch) -> md.append("| ").append(name).append(" | ").append(f(ch.baseline().f1()))
        .append(" | ").append(f(ch.run().f1())).append(" | ").append(signed(ch.precision())).append(" | ")
        .append(signed(ch.recall())).append(" | ").append(signed(ch.f1())).append(" |\n"));
    keys(md, "True positives gained", c.tpGained());
    keys(md, "True positives lost", c.tpLost());
    keys(md, "False positives gained", c.fpGained());
    keys(md, "False positives lost", c.fpLost());
  }

  private static void keys(StringBuilder md, String title, List<TripleKey> keys) {
    md.append("\n### ").append(title).append(" (").append(keys.size()).append(")\n\n");
    if (keys.isEmpty()) {
      md.append("None.\n");
    }
    keys.forEach(k -> md.append("- ").append(escape(k.label())).append('\n'));
  }

  private static String signed(double x) {
    return String.format(Locale.ROOT, "%+.3f", x);
  }

  static String truePositives(Evaluation evaluation) {
    List<TripleKey> tps = evaluation.scorer().all().truePositives();
    StringBuilder md = new StringBuilder("\n## True positives (").append(tps.size()).append(")\n\n");
    tps.forEach(k -> md.append("- ").append(escape(k.label())).append('\n'));
    return md.toString();
  }
}
