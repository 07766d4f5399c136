package org.litmine.pipeline.drugprot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litmine.pipeline.output.Json;

/** Writes {@code drugprot.md} and {@code drugprot.json} for one scored split. */
public final class DrugProtReport {

  public static final String MATCHING_RULE = String.join("\n",
      "- Per abstract (pmid = the input file name without extension, via the run's `documents.jsonl`), each non-negated",
      "  triple of an effect contributes the (drugText, geneText) pair of every evidence sentence; pairs are distinct per",
      "  abstract and effect. Gold pairs are the distinct (chemical_mention, gene_mention) pairs of the abstract, each",
      "  with all the relations DrugProt gives it. A gene family's triple (`family_triples.jsonl`) counts like a gene's,",
      "  since DrugProt's gene mentions include families (\"COX\", \"5-HT3 receptor\"), and so does the triple of a",
      "  name the trained taggers found and no lexicon grounds (`ungrounded_triples.jsonl`); a mention's alias in",
      "  parentheses (the evidence's `geneAlias`/`drugAlias`: \"trimethoprim (TMP)\") is a mention of the pair too.",
      "- Mentions match as written, up to trivial differences: Unicode NFKC, any dash or minus = '-', whitespace",
      "  collapsed, quotes/brackets at the ends trimmed, letter case ignored, hyphens ignored (\"COX-2\" = \"COX2\"),",
      "  and a plural 's' after a lower-case letter dropped (\"statins\" = \"statin\"; \"HRAS\", \"class\" unchanged).",
      "  Nothing else: \"5-HT1A receptor\" ≠ \"5-HT1A\", \"checkpoint kinase ATM\" ≠ \"ATM\".",
      "- `inhibits` hits INHIBITOR or ANTAGONIST; `reduces` hits INDIRECT-DOWNREGULATOR; `induces` hits",
      "  INDIRECT-UPREGULATOR, ACTIVATOR, AGONIST (or AGONIST-ACTIVATOR). A prediction whose pair DrugProt marks only",
      "  DIRECT-REGULATOR (or AGONIST-INHIBITOR) counts neither way (\"ignored\"); a pair with any other relation, or",
      "  none, is a false positive. Every gold pair of a hit relation not predicted is a false negative.",
      "- Error kinds. FP: \"other relation in gold\"; \"mention boundary differs from gold\" (both mentions equal or",
      "  nested as whole words in a gold pair's); else \"pair not in gold\". FN, first that applies: \"pair predicted",
      "  with another effect\"; \"pair predicted but negated\"; \"mention boundary differs from prediction\"; \"both",
      "  recognized, no rule paired them\" (each gold mention equals, or nests as whole words with, a spelling the run",
      "  recognized in that abstract: its `entities.jsonl` (drug/class, gene/family) or its evidence mentions); else the",
      "  mentions not recognized are looked up in the lexicons (chemicals: drugs.tsv + drug_classes.tsv + chemicals.tsv;",
      "  genes: genes.tsv + families.tsv; same matching, case-sensitive where marked cs): \"chemical/gene not in lexicon\", \"... only",
      "  partly in lexicon\" (a run of its words is), \"neither mention in lexicon\", \"... in lexicon but not",
      "  recognized\" (or, for a run without `entities.jsonl`, \"both in lexicon but no rule\").");

  private DrugProtReport() {}

  /**
   * One split scored: its name ("tune"), the run and gold it came from, its abstracts, the scores per effect and the
   * scores by what found the predictions ({@link SourceScores}).
   */
  public record Split(String name, Path runDir, Path goldTsv, int abstracts,
      List<DrugProtScorer.GroupResult> results, List<SourceScores.Row> bySource) {

    public Split {
      results = List.copyOf(results);
      bySource = List.copyOf(bySource);
    }
  }

  /**
   * Writes {@code drugprot.md} and {@code drugprot.json}: every figure, error kind, false positive and false
   * negative of the split developed on, and, for a held-out split (null when not scored), its figures and error
   * kinds only, so that its errors are not studied one by one.
   */
  public static void write(Path dir, Split developed, Split heldOut) throws IOException {
    Files.createDirectories(dir);
    Map<String, Object> json = json(developed, r -> r);
    if (heldOut != null) {
      json.put("heldOut", json(heldOut, r -> {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("score", r.score());
        summary.put("errorKinds", r.errorKinds());
        return summary;
      }));
    }
    Files.writeString(dir.resolve("drugprot.json"),
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("drugprot.md"), markdown(developed, heldOut), StandardCharsets.UTF_8);
  }

  /** A split's JSON: name, run, gold, abstracts and, per effect group, what {@code group} keeps of its result. */
  private static Map<String, Object> json(Split split,
      java.util.function.Function<DrugProtScorer.GroupResult, Object> group) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("split", split.name());
    json.put("run", split.runDir().toString());
    json.put("gold", split.goldTsv().toString());
    json.put("abstracts", split.abstracts());
    Map<String, Object> groups = new LinkedHashMap<>();
    split.results().forEach(r -> groups.put(r.group(), group.apply(r)));
    json.put("groups", groups);
    json.put("bySource", split.bySource());
    return json;
  }

  static String markdown(Split developed, Split heldOut) {
    StringBuilder md = new StringBuilder();
    md.append("# DrugProt: chemical–gene relations, end to end\n\n");
    md.append("Scored by `./litmine bench-drugprot ").append(developed.runDir()).append(' ')
        .append(developed.goldTsv());
    if (heldOut != null) {
      md.append(" --held-out-run ").append(heldOut.runDir()).append(" --held-out-gold ").append(heldOut.goldTsv());
    }
    md.append("` on the **").append(developed.name()).append("** split (").append(developed.abstracts())
        .append(" abstracts)");
    if (heldOut != null) {
      md.append(" and the held-out **").append(heldOut.name()).append("** split (").append(heldOut.abstracts())
          .append(" abstracts)");
    }
    md.append(", with litmine's own entity recognition (no gold entities).\n\n");
    md.append("## Figures\n\n");
    md.append("| split | effect | DrugProt relations | TP | FP | FN | ignored | P | R | F1 |\n");
    md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    figureRows(md, developed);
    if (heldOut != null) {
      figureRows(md, heldOut);
      md.append("\n_").append(heldOut.name()).append(": held out. Rules and lexicons are developed on ")
          .append(developed.name()).append(" only; this report gives the held-out split's figures and error kinds,")
          .append(" never its errors one by one. The trained relation models (rule `classifier`) learned from tune")
          .append(" too, so their tune figures are in-sample: their cross-validated ones are in the model card,")
          .append(" `annotators/src/main/resources/org/litmine/annotators/models/pharmacology.card.md`._\n");
    } else {
      md.append("\n_No held-out split scored (`--held-out-run RUN_DIR --held-out-gold test.gold.tsv`)._\n");
    }
    md.append("\nTarget (issue 16, on test): inhibits P ≥ 0.75 and F1 ≥ 0.45. ")
        .append("\"ignored\" = predictions matching a pair DrugProt marks only DIRECT-REGULATOR.\n\n");
    md.append("## Gold pairs with both mentions recognized\n\n")
        .append("A gold pair's mentions are recognized when the run found both (a hit, or a false negative whose ")
        .append("chemical and gene the run recognized: lexicon matches and the trained taggers' names alike); ")
        .append("no relation can be found without them. Target (issue 17, on test): inhibits ≥ 75 %.\n\n")
        .append("| split | effect | gold pairs | both recognized | share |\n|---|---|---:|---:|---:|\n");
    coverageRows(md, developed);
    if (heldOut != null) {
      coverageRows(md, heldOut);
    }
    md.append('\n');
    md.append("## Rules and classifier\n\n")
        .append("The predictions of the hand-written rules alone, of the trained relation models alone (rule ")
        .append("`classifier`, on pairs no rule matched), of both (what litmine emits), and of both with the ")
        .append("classifier's pairs kept only from a higher probability on (the run holds them from the model's ")
        .append("threshold on, `pharmacology.card.md`). Same matching as the figures above.\n\n")
        .append("| split | effect | found by | TP | FP | FN | P | R | F1 |\n|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    SourceScores.table(md, developed.name(), developed.bySource());
    if (heldOut != null) {
      SourceScores.table(md, heldOut.name(), heldOut.bySource());
    }
    md.append('\n');
    md.append("## How it is scored\n\n").append(MATCHING_RULE).append("\n\n");
    List<DrugProtScorer.GroupResult> results = developed.results();
    topErrorKinds(md, developed);
    if (heldOut != null) {
      topErrorKinds(md, heldOut);
    }
    md.append("All error kinds per effect on ").append(developed.name())
        .append(":\n\n| effect | kind | count |\n|---|---|---:|\n");
    for (DrugProtScorer.GroupResult r : results) {
      r.errorKinds().forEach((k, v) -> md.append("| ").append(r.group()).append(" | ").append(k).append(" | ")
          .append(v).append(" |\n"));
    }
    md.append("\n## Gold mentions the run did not recognize, most frequent\n\n")
        .append("Over the false negatives of all three effects, distinct per abstract; lexicon: whole / part / none.\n\n");
    md.append("| chemical mention | abstracts | lexicon | | gene mention | abstracts | lexicon |\n")
        .append("|---|---:|---|---|---|---:|---|\n");
    List<Map.Entry<String, int[]>> chems = unrecognized(results, true);
    List<Map.Entry<String, int[]>> genes = unrecognized(results, false);
    for (int k = 0; k < Math.min(40, Math.max(chems.size(), genes.size())); k++) {
      md.append("| ").append(k < chems.size() ? cell(chems.get(k).getKey()) + " | " + chems.get(k).getValue()[0]
          + " | " + LEX[chems.get(k).getValue()[1]] : " | | ").append(" | | ")
          .append(k < genes.size() ? cell(genes.get(k).getKey()) + " | " + genes.get(k).getValue()[0] + " | "
          + LEX[genes.get(k).getValue()[1]] : " | | ").append(" |\n");
    }
    md.append("\n## Rules\n\nDistinct predicted pairs per rule that fired (a pair can have several rules).\n\n");
    md.append("| effect | rule | TP | FP | ignored |\n|---|---|---:|---:|---:|\n");
    for (DrugProtScorer.GroupResult r : results) {
      r.rules().forEach((rule, c) -> md.append(String.format("| %s | %s | %d | %d | %d |%n", r.group(), cell(rule),
          c[0], c[1], c[2])));
    }
    for (DrugProtScorer.GroupResult r : results) {
      md.append("\n## ").append(r.group()).append(": false positives (").append(r.falsePositives().size())
          .append(")\n\n");
      md.append("| pmid | drug · gene (as written) | kind | detail | rule | evidence sentence |\n")
          .append("|---|---|---|---|---|---|\n");
      for (DrugProtScorer.FalsePositive fp : r.falsePositives()) {
        md.append("| ").append(fp.pmid()).append(" | ").append(cell(fp.drugText())).append(" · ")
            .append(cell(fp.geneText())).append(" | ").append(fp.kind()).append(" | ").append(cell(fp.detail()))
            .append(" | ").append(cell(fp.rules())).append(" | ").append(cell(fp.sentence())).append(" |\n");
      }
      md.append("\n## ").append(r.group()).append(": false negatives (").append(r.falseNegatives().size())
          .append(")\n\n");
      md.append("| pmid | chemical · gene (gold) | relation | kind | detail | chemical: recognized/lexicon "
          + "| gene: recognized/lexicon | gold sentence |\n|---|---|---|---|---|---|---|---|\n");
      for (DrugProtScorer.FalseNegative fn : r.falseNegatives()) {
        md.append("| ").append(fn.pmid()).append(" | ").append(cell(fn.chemical())).append(" · ")
            .append(cell(fn.gene())).append(" | ").append(fn.relations()).append(" | ").append(fn.kind())
            .append(" | ").append(cell(fn.detail())).append(" | ").append(fn.chemicalRecognized() ? "yes" : "no")
            .append('/').append(fn.chemicalLexicon()).append(" | ").append(fn.geneRecognized() ? "yes" : "no")
            .append('/').append(fn.geneLexicon()).append(" | ").append(cell(fn.sentence())).append(" |\n");
      }
      md.append("\n## ").append(r.group()).append(": true positives (").append(r.truePositives().size())
          .append(") and ignored (").append(r.ignored().size()).append(")\n\n");
      md.append("| pmid | chemical · gene | gold relation | rule | evidence sentence |\n|---|---|---|---|---|\n");
      for (DrugProtScorer.Hit h : r.truePositives()) {
        md.append(hitRow(h));
      }
      for (DrugProtScorer.Hit h : r.ignored()) {
        md.append(hitRow(h));
      }
    }
    return md.toString();
  }

  private static void coverageRows(StringBuilder md, Split split) {
    for (DrugProtScorer.GroupResult r : split.results()) {
      int gold = r.score().tp() + r.score().fn();
      int recognized = r.score().tp() + (int) r.falseNegatives().stream().filter(DrugProtScorer.FalseNegative::bothRecognized).count();
      md.append(String.format(java.util.Locale.ROOT, "| %s | %s | %d | %d | %.0f %% |%n", split.name(), r.group(),
          gold, recognized, gold == 0 ? 0.0 : 100.0 * recognized / gold));
    }
  }

  private static void figureRows(StringBuilder md, Split split) {
    for (DrugProtScorer.GroupResult r : split.results()) {
      DrugProtScorer.Score s = r.score();
      md.append(String.format("| %s | %s | %s | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n", split.name(), r.group(),
          String.join(", ", r.goldRelations()), s.tp(), s.fp(), s.fn(), s.ignored(), s.precision(), s.recall(),
          s.f1()));
    }
  }

  private static void topErrorKinds(StringBuilder md, Split split) {
    DrugProtScorer.GroupResult inhibits = split.results().get(0);
    md.append("## Ten most common error kinds on ").append(split.name()).append(" (").append(inhibits.group())
        .append(")\n\n");
    md.append("| # | kind | count |\n|---:|---|---:|\n");
    int i = 0;
    for (var e : inhibits.errorKinds().entrySet()) {
      if (++i > 10) {
        break;
      }
      md.append("| ").append(i).append(" | ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
    }
    md.append('\n');
  }

  private static final String[] LEX = {"whole", "part", "none"};

  /** Unrecognized gold mentions of the false negatives: mention → {abstracts, lexicon hit ordinal}, most first. */
  static List<Map.Entry<String, int[]>> unrecognized(List<DrugProtScorer.GroupResult> results, boolean chemical) {
    Map<String, java.util.Set<String>> pmidsByKey = new java.util.TreeMap<>();
    Map<String, String> shown = new java.util.HashMap<>();
    Map<String, Integer> lex = new java.util.HashMap<>();
    for (DrugProtScorer.GroupResult r : results) {
      for (DrugProtScorer.FalseNegative fn : r.falseNegatives()) {
        if (chemical ? fn.chemicalRecognized() : fn.geneRecognized()) {
          continue;
        }
        String mention = chemical ? fn.chemical() : fn.gene();
        String key = MentionKey.of(mention);
        pmidsByKey.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(fn.pmid());
        shown.putIfAbsent(key, mention);
        lex.putIfAbsent(key, java.util.Arrays.asList(LEX).indexOf(chemical ? fn.chemicalLexicon() : fn.geneLexicon()));
      }
    }
    Map<String, int[]> out = new LinkedHashMap<>();
    pmidsByKey.entrySet().stream()
        .sorted(java.util.Comparator.comparing((Map.Entry<String, java.util.Set<String>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> out.put(shown.get(e.getKey()), new int[] {e.getValue().size(), lex.get(e.getKey())}));
    return List.copyOf(out.entrySet());
  }

  private static String hitRow(DrugProtScorer.Hit h) {
    return "| " + h.pmid() + " | " + cell(h.chemical()) + " · " + cell(h.gene()) + " | " + h.relations() + " | "
        + cell(h.rules()) + " | " + cell(h.sentence()) + " |\n";
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }
}
