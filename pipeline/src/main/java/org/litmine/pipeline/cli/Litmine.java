package org.litmine.pipeline.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.litmine.pipeline.index.IndexFields;

/**
 * The command line: {@code litmine run|eval|search|bench|fidelity ...}. See the README and {@code guides/CONTRACT.md}.
 * Exit codes: 0 done, 1 the run failed, 2 the command line is wrong.
 */
public final class Litmine {

  /** Every command but run: its usage and the options it takes. */
  private static final Map<String, CommandSpec> COMMANDS = commands();

  private static final String USAGE = usage();

  private static Map<String, CommandSpec> commands() {
    Map<String, CommandSpec> c = new LinkedHashMap<>();
    c.put("eval", new CommandSpec("eval --run DIR [--gold gold/] [--report reports/] [--baseline DIR]",
        Set.of("run", "gold", "report", "baseline")));
    Set<String> search = new java.util.HashSet<>(IndexFields.KEYS);
    search.addAll(Set.of("run", "limit", "json"));
    c.put("search", new CommandSpec("search --run DIR \"QUERY\" [--gene G] [--drug D] [--effect E] [--drugKind K] "
        + "[--doc D] [--section S] [--limit N] [--json]", search));
    c.put("bench", new CommandSpec("bench --corpus PATH[,PATH] [--copies N[,N]] [--workers N] "
        + "[--report reports/bench.md] [--cluster N[,N] [--rounds N]]",
        Set.of("corpus", "copies", "workers", "report", "cluster", "rounds")));
    c.put("fidelity", new CommandSpec("fidelity PAPER REFERENCE   (word-level fidelity of extracted text against a "
        + "reference text)", Set.of()));
    c.put("bench-drugprot", new CommandSpec("bench-drugprot RUN_DIR GOLD_TSV [--report reports/] [--lexicons DIR] "
        + "[--held-out-run RUN_DIR --held-out-gold GOLD_TSV]   (score a run on DrugProt abstracts)",
        Set.of("report", "lexicons", "held-out-run", "held-out-gold")));
    c.put("train", new CommandSpec(TrainCommand.USAGE, TrainCommand.OPTIONS));
    return c;
  }

  private static String usage() {
    StringBuilder u = new StringBuilder("usage:\n  litmine " + RunHelp.USAGE + "\n");
    COMMANDS.values().forEach(spec -> u.append("  litmine ").append(spec.usage()).append('\n'));
    u.append("  litmine CMD --help   (a command's options)");
    return u.toString();
  }

  private Litmine() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Prints a command's usage and options; exit 0, or 2 for an unknown command. */
  private static int help(String command) throws UsageException {
    if (command.equals("run")) {
      System.out.println(RunHelp.text());
      return 0;
    }
    CommandSpec spec = COMMANDS.get(command);
    if (spec == null) {
      throw new UsageException("unknown command '" + command + "'\n" + USAGE);
    }
    System.out.println("usage: litmine " + spec.usage());
    return 0;
  }

  static int execute(String[] args) {
    if (args.length == 0 || Arrays.asList("-h", "--help", "help").contains(args[0])) {
      System.out.println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    ArgList rest = ArgList.parse(args, 1);
    try {
      if (rest.options.containsKey("help") || rest.positional.contains("-h")) {
        return help(args[0]);
      }
      if (COMMANDS.containsKey(args[0])) {
        COMMANDS.get(args[0]).check(args[0], rest);
      }
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
