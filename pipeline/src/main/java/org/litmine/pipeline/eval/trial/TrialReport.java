package org.litmine.pipeline.eval.trial;

import java.util.Map;
import org.litmine.pipeline.eval.Score;
import org.litmine.pipeline.trial.TrialRecord;

/** Renders the trial section of {@code report.md} from a {@link TrialScorer}. */
public final class TrialReport {

  private TrialReport() {}

  /** The Markdown section: record matching, field accuracy, result precision and recall, then every error. */
  public static String markdown(TrialScorer scorer) {
    TrialScorer.Metrics m = scorer.metrics();
    StringBuilder md = new StringBuilder("\n## Trials\n\n");
    md.append("Gold records are matched one to one with predicted ones (registry id, reference, drug, combination, ")
        .append("cancer type). Fields are the share right over all gold records; results are ")
        .append("(metric, value, unit, CI, arm) tuples.\n\n");
    md.append("| measure | TP | FP | FN | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n");
    row(md, "records", m.records());
    row(md, "results", m.results());
    ResultAlignment.Counts c = m.figures();
    md.append("\nFigures of each paper, whichever record holds them (slot: metric, arm, time point, endpoint, ")
        .append("compared arm; value: value, unit, CI and its level):\n\n")
        .append("| gold | predicted | found | right | wrong value | missed | extra | found share | right share ")
        .append("| precision |\n|---|---|---|---|---|---|---|---|---|---|\n")
        .append("| ").append(c.gold()).append(" | ").append(c.predicted()).append(" | ").append(c.found())
        .append(" | ").append(c.right()).append(" | ").append(c.wrong()).append(" | ").append(c.missed())
        .append(" | ").append(c.extra()).append(" | ").append(percent(c.foundShare())).append(" | ")
        .append(percent(c.rightShare())).append(" | ").append(percent(c.precision())).append(" |\n");
    md.append("\n| field | right |\n|---|---|\n");
    md.append("| all fields | ").append(percent(m.fields())).append(" |\n");
    for (Map.Entry<String, Double> f : m.byField().entrySet()) {
      md.append("| ").append(f.getKey()).append(" | ").append(percent(f.getValue())).append(" |\n");
    }
    md.append("\n### Trial errors\n\n");
    int errors = 0;
    for (TrialScorer.Pair p : scorer.pairs()) {
      if (p.gold() == null) {
        md.append("- extra record: ").append(describe(p.predicted())).append('\n');
      } else if (p.predicted() == null) {
        md.append("- missed record: ").append(describe(p.gold())).append('\n');
      } else if (!p.wrongFields().isEmpty() || !p.missedResults().isEmpty() || !p.extraResults().isEmpty()) {
        md.append("- ").append(describe(p.gold())).append('\n');
        for (String field : p.wrongFields()) {
          md.append("  - ").append(field).append(": gold `").append(value(p.gold(), field)).append("`, predicted `")
              .append(value(p.predicted(), field)).append("`\n");
        }
        p.missedResults().forEach(r -> md.append("  - missed result `").append(r).append("`\n"));
        p.extraResults().forEach(r -> md.append("  - extra result `").append(r).append("`\n"));
      } else {
        continue;
      }
      errors++;
    }
    if (errors == 0) {
      md.append("None.\n");
    }
    ResultAlignment figures = scorer.figures();
    if (!figures.wrongValues().isEmpty()) {
      md.append("\n### Figures with a wrong value\n\n");
      figures.wrongValues().forEach(w -> md.append("- ").append(w.doc()).append(": gold `").append(w.gold())
          .append("`, predicted `").append(w.predicted()).append("`\n"));
    }
    if (!figures.missed().isEmpty()) {
      md.append("\n### Figures missed\n\n");
      figures.missed().forEach(f -> md.append("- `").append(f).append("`\n"));
    }
    if (!figures.extra().isEmpty()) {
      md.append("\n### Figures extra\n\n");
      figures.extra().forEach(f -> md.append("- `").append(f).append("`\n"));
    }
    return md.toString();
  }

  private static String describe(TrialRecord r) {
    return r.drug() + (r.combination().isEmpty() ? "" : " + " + String.join(", ", r.combination()))
        + (r.arm() == null ? "" : " (arm " + r.arm() + ")") + ", " + r.cancerType() + ", phase " + r.phase() + ", "
        + (r.trialId() == null ? "no id" : r.trialId()) + (r.ref() == null ? "" : ", [" + r.ref() + "]")
        + " (" + r.source() + ")";
  }

  private static Object value(TrialRecord r, String field) {
    return switch (field) {
      case "drug" -> r.drug();
      case "combination" -> r.combination();
      case "phase" -> r.phase();
      case "participants" -> r.participants();
      case "trialId" -> r.trialId();
      case "ref" -> r.ref();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static void row(StringBuilder md, String name, Score s) {
    md.append("| ").append(name).append(" | ").append(s.tp()).append(" | ").append(s.fp()).append(" | ")
        .append(s.fn()).append(" | ").append(String.format(java.util.Locale.ROOT, "%.3f", s.precision()))
        .append(" | ").append(String.format(java.util.Locale.ROOT, "%.3f", s.recall())).append(" | ")
        .append(String.format(java.util.Locale.ROOT, "%.3f", s.f1())).append(" |\n");
  }
}
