package org.litmine.pipeline.cli;

import java.io.IOException;
import java.util.Arrays;

/**
 * The command line: {@code litmine run|eval|search|bench|fidelity ...}. See the README and {@code guides/CONTRACT.md}.
 * Exit codes: 0 done, 1 the run failed, 2 the command line is wrong.
 */
public final class Litmine {

  private static final String USAGE = String.join("\n",
      "usage:",
      "  litmine run    --corpus PATH [--out DIR] [--runner DirectRunner|FlinkRunner] [--flinkMaster=host:port]",
      "                 [--relationModels=false]   (the rules alone, without the trained relation models)",
      "  litmine eval   --run DIR [--gold gold/] [--report reports/] [--baseline DIR]",
      "  litmine search --run DIR \"QUERY\" [--gene G] [--drug D] [--effect E] [--limit N]",
      "  litmine bench  --corpus DIR [--workers N] [--copies N] [--report reports/bench.md]",
      "  litmine fidelity PAPER REFERENCE   (word-level fidelity of extracted text against a reference text)",
      "  litmine bench-drugprot RUN_DIR GOLD_TSV [--report reports/]   (score a run on DrugProt abstracts)",
      "  litmine train  [--shared ../shared] [--models DIR] [--examples FILE] [--folds 5] [--threads N]",
      "                 (train the relation models and write their cards)");

  private Litmine() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String[] args) {
    if (args.length == 0 || Arrays.asList("-h", "--help", "help").contains(args[0])) {
      System.out.println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    ArgList rest = ArgList.parse(args, 1);
    try {
      return switch (args[0]) {
        case "run" -> RunCommand.run(rest);
        case "eval" -> EvalCommand.run(rest);
        case "fidelity" -> FidelityCommand.run(rest);
        case "search" -> SearchCommand.run(rest, System.out);
        case "bench" -> BenchCommand.run(rest);
        case "bench-drugprot" -> DrugProtCommand.run(rest);
        case "train" -> TrainCommand.run(rest);
        default -> throw new UsageException("unknown command '" + args[0] + "'\n" + USAGE);
      };
    } catch (UsageException e) {
      System.err.println("litmine " + args[0] + ": " + e.getMessage());
      return 2;
    } catch (IOException | RuntimeException e) {
      System.err.println("litmine " + args[0] + ": failed: " + e);
      return 1;
    }
  }
}
