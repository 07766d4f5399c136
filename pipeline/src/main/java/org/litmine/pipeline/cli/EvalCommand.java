package org.litmine.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.litmine.pipeline.eval.Evaluation;
import org.litmine.pipeline.eval.ReportWriter;
import org.litmine.pipeline.eval.Score;

/** {@code ./litmine eval --run DIR [--gold gold/] [--report reports/]}: scores a run and writes the report. */
final class EvalCommand {

  private EvalCommand() {}

  static int run(ArgList args) throws UsageException, IOException {
    if (!args.options.containsKey("run")) {
      throw new UsageException("eval needs --run DIR (the --out folder of a finished run)");
    }
    Path run = Path.of(args.get("run", "out"));
    Path gold = Path.of(args.get("gold", "gold"));
    Path report = Path.of(args.get("report", "reports"));
    if (!Files.isRegularFile(run.resolve("triples.jsonl"))) {
      throw new UsageException(run + " holds no triples.jsonl: is it the --out folder of a finished run?");
    }
    if (!Files.isRegularFile(gold.resolve("triples.jsonl"))) {
      throw new UsageException(gold + " holds no triples.jsonl gold set");
    }
    Evaluation evaluation = Evaluation.of(run, gold);
    ReportWriter.write(evaluation, report);
    print("all", evaluation.metrics().triples());
    print("named drugs", evaluation.metrics().drug());
    print("drug classes", evaluation.metrics().drugClass());
    System.out.println("report: " + report.resolve("report.md"));
    return 0;
  }

  private static void print(String name, Score s) {
    System.out.printf("%-13s P %.3f  R %.3f  F1 %.3f  (TP %d, FP %d, FN %d)%n", name, s.precision(), s.recall(),
        s.f1(), s.tp(), s.fp(), s.fn());
  }
}
