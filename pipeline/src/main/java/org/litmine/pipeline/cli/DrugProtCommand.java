package org.litmine.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litmine.pipeline.drugprot.DrugProtReport;
import org.litmine.pipeline.drugprot.DrugProtScorer;
import org.litmine.pipeline.drugprot.GoldRow;
import org.litmine.pipeline.drugprot.Lexicons;
import org.litmine.pipeline.drugprot.RelationGroup;
import org.litmine.pipeline.drugprot.RunMention;
import org.litmine.pipeline.drugprot.SourceScores;

/**
 * {@code ./litmine bench-drugprot RUN_DIR GOLD_TSV [--report DIR] [--lexicons DIR] [--held-out-run RUN_DIR
 * --held-out-gold GOLD_TSV]}: scores a run over DrugProt abstracts against the DrugProt gold pairs, and optionally a
 * second run against a held-out split, and writes {@code drugprot.md} and {@code drugprot.json}
 * ({@link DrugProtReport}).
 */
final class DrugProtCommand {

  private DrugProtCommand() {}

  private static final String USAGE = "usage: litmine bench-drugprot RUN_DIR GOLD_TSV [--report DIR] [--lexicons DIR]"
      + " [--held-out-run RUN_DIR --held-out-gold GOLD_TSV]";

  static int run(ArgList args) throws UsageException, IOException {
    if (args.positional.size() != 2
        || args.options.containsKey("held-out-run") != args.options.containsKey("held-out-gold")) {
      throw new UsageException(USAGE);
    }
    Path report = Path.of(args.get("report", "reports"));
    Lexicons lexicons = args.options.containsKey("lexicons") ? Lexicons.fromDir(Path.of(args.get("lexicons", "")))
        : Lexicons.fromClasspath();
    DrugProtReport.Split developed = score(Path.of(args.positional.get(0)), Path.of(args.positional.get(1)),
        lexicons);
    DrugProtReport.Split heldOut = args.options.containsKey("held-out-run")
        ? score(Path.of(args.get("held-out-run", "")), Path.of(args.get("held-out-gold", "")), lexicons) : null;
    DrugProtReport.write(report, developed, heldOut);
    print(developed);
    if (heldOut != null) {
      print(heldOut);
    }
    System.out.println("report: " + report.resolve("drugprot.md"));
    return 0;
  }

  /** Scores one run against one split's gold pairs, per effect group. */
  private static DrugProtReport.Split score(Path run, Path goldTsv, Lexicons lexicons)
      throws UsageException, IOException {
    if (!Files.isRegularFile(run.resolve("triples.jsonl"))) {
      throw new UsageException(run + " holds no triples.jsonl: is it the --out folder of a finished run?");
    }
    if (!Files.isRegularFile(goldTsv)) {
      throw new UsageException(goldTsv + " is not a file (a DrugProt gold TSV such as tune.gold.tsv)");
    }
    List<GoldRow> gold = GoldRow.read(goldTsv);
    List<RunMention> mentions = RunMention.read(run);
    Set<String> runDocs = new HashSet<>(RunMention.documents(run));
    Set<String> goldPmids = new HashSet<>();
    gold.forEach(g -> goldPmids.add(g.pmid()));
    if (!runDocs.isEmpty()) {
      long shared = goldPmids.stream().filter(runDocs::contains).count();
      if (shared < goldPmids.size()) {
        System.err.printf("litmine bench-drugprot: warning: %d of %d gold abstracts of %s are not among the run's "
            + "documents (their gold pairs count as missed)%n", goldPmids.size() - shared, goldPmids.size(), goldTsv);
      }
    }
    DrugProtScorer scorer = new DrugProtScorer(gold, mentions, RunMention.entitySurfaces(run), lexicons);
    List<DrugProtScorer.GroupResult> results = new ArrayList<>();
    for (RelationGroup g : RelationGroup.values()) {
      results.add(scorer.score(g));
    }
    Set<String> abstracts = new HashSet<>(scorer.pmids());
    abstracts.addAll(runDocs);
    System.out.printf("DrugProt %s: %d abstracts, %d gold rows%n", splitName(goldTsv), abstracts.size(),
        gold.size());
    return new DrugProtReport.Split(splitName(goldTsv), run, goldTsv, abstracts.size(), results,
        SourceScores.of(scorer));
  }

  private static void print(DrugProtReport.Split split) {
    System.out.println(split.name() + ":");
    for (DrugProtScorer.GroupResult r : split.results()) {
      DrugProtScorer.Score s = r.score();
      System.out.printf("%-9s P %.3f  R %.3f  F1 %.3f  (TP %d, FP %d, FN %d, ignored %d)  vs %s%n", r.group(),
          s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn(), s.ignored(), String.join("/", r.goldRelations()));
    }
    System.out.println("most common inhibits error kinds:");
    int i = 0;
    for (Map.Entry<String, Integer> e : split.results().get(0).errorKinds().entrySet()) {
      if (++i > 10) {
        break;
      }
      System.out.printf("  %4d  %s%n", e.getValue(), e.getKey());
    }
  }

  /** "tune" for tune.gold.tsv, else the file name without extensions. */
  private static String splitName(Path gold) {
    String name = gold.getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
