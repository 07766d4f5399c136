package org.litmine.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.litmine.pipeline.eval.Comparison;
import org.litmine.pipeline.eval.Evaluation;
import org.litmine.pipeline.eval.Metrics;
import org.litmine.pipeline.eval.ReportWriter;
import org.litmine.pipeline.eval.Score;
import org.litmine.pipeline.eval.TripleKey;

/**
 * {@code ./litmine eval --run DIR [--gold gold/] [--report reports/] [--baseline DIR]}: scores a run and writes
 * {@code report.md}, {@code report.html} and {@code metrics.json}; with {@code --baseline}, also the triples gained
 * and lost against that earlier run and the change of each score.
 */
final class EvalCommand {

  private EvalCommand() {}

  static int run(ArgList args) throws UsageException, IOException {
    if (!args.options.containsKey("run")) {
      throw new UsageException("eval needs --run DIR (the --out folder of a finished run)");
    }
    Path run = Path.of(args.get("run", "out"));
    Path gold = Path.of(args.get("gold", "gold"));
    Path report = Path.of(args.get("report", "reports"));
    checkRun(run);
    if (!Files.isRegularFile(gold.resolve("triples.jsonl")) && !Files.isRegularFile(gold.resolve("trials.jsonl"))) {
      throw new UsageException(gold + " holds no triples.jsonl or trials.jsonl gold set");
    }
    Evaluation evaluation = Evaluation.of(run, gold);
    if (args.options.containsKey("baseline")) {
      Path baseline = Path.of(args.get("baseline", ""));
      checkRun(baseline);
      evaluation = evaluation.comparedWith(Evaluation.of(baseline, gold));
    }
    ReportWriter.write(evaluation, report);
    Metrics m = evaluation.metrics();
    print("strict", m.triples());
    print("relaxed", m.relaxed());
    print("named drugs", m.drug());
    print("drug classes", m.drugClass());
    if (m.entities().available()) {
      print("entities", m.entities().all());
    } else {
      System.out.println("entities: " + m.entities().note());
    }
    Comparison c = m.comparison();
    if (c != null) {
      System.out.printf("against %s: strict F1 %+.3f, relaxed F1 %+.3f%n", c.baseline(),
          c.changes().get("triples").f1(), c.changes().get("relaxed").f1());
      list("TP gained", c.tpGained());
      list("TP lost", c.tpLost());
      list("FP gained", c.fpGained());
      list("FP lost", c.fpLost());
    }
    System.out.println("report: " + report.resolve("report.md") + ", " + report.resolve("report.html") + ", "
        + report.resolve("metrics.json"));
    return 0;
  }

  private static void checkRun(Path run) throws UsageException {
    if (!Files.isRegularFile(run.resolve("triples.jsonl"))) {
      throw new UsageException(run + " holds no triples.jsonl: is it the --out folder of a finished run?");
    }
  }

  private static void print(String name, Score s) {
    System.out.printf("%-13s P %.3f  R %.3f  F1 %.3f  (TP %d, FP %d, FN %d)%n", name, s.precision(), s.recall(),
        s.f1(), s.tp(), s.fp(), s.fn());
  }

  private static void list(String name, List<TripleKey> keys) {
    System.out.println(name + " (" + keys.size() + ")");
    keys.forEach(k -> System.out.println("  " + k.label()));
  }
}
