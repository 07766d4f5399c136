package org.litmine.pipeline.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The card written beside a mention tagger ({@code <name>.card.md}) and the report of both
 * ({@code reports/mentions.md}). The variants' devel figures come from the resource {@code <name>.variants.md} beside
 * this class: they were measured while choosing the flags ({@code ./litmine train mentions --devel} and CoreNLP's
 * own command line, the same scorer), not on each training. Training time and tagging speed are measured by the run
 * that wrote the card, on a shared machine, so they differ between runs; the model file does not.
 */
final class MentionCard {

  private MentionCard() {}

  static String card(MentionTaggers.Trained t) {
    TaggerSpec spec = t.spec();
    List<String> out = new ArrayList<>();
    out.add("# Mention tagger `" + spec.name() + "`");
    out.add("");
    out.add("Written by `./litmine train mentions` (`pipeline/.../train/MentionTaggers`) from the flags in "
        + "`pipeline/src/main/resources/org/litmine/pipeline/train/" + spec.name() + ".tagger.properties`; the same "
        + "inputs give the same model file byte for byte. A CoreNLP `CRFClassifier` (linear-chain CRF) with "
        + labelling(spec) + ". Load it with `CRFClassifier.getClassifier(new GZIPInputStream(in))`; it needs no "
        + "other file.");
    out.add("");
    out.add("Tokens are the training data's: maximal runs of letters and digits (`[\\p{L}\\p{N}]+`) and single "
        + "other non-space characters (\"S - 100\", \"Parkinson ' s\"). Split text the same way before tagging, and "
        + "tag with `classifySentence` (it adds the word shapes the features read); the features read the words "
        + "only, no part-of-speech tags or lemmas.");
    out.add("");
    out.add("## Data");
    out.add("");
    out.add(spec.source());
    out.add("");
    out.add("| split | sentences | mentions | used for |");
    out.add("|---|---|---|---|");
    String[] uses = {"training (features chosen on devel)", "choosing features; then training", "the figures below, "
        + "once"};
    for (int i = 0; i < MentionTaggers.SPLITS.size(); i++) {
      out.add("| " + MentionTaggers.SPLITS.get(i) + " | " + t.counts().sentences()[i] + " | "
          + t.counts().mentions()[i] + " | " + uses[i] + " |");
    }
    out.add("");
    out.add("## Features and training");
    out.add("");
    out.add("CoreNLP `CRFClassifier` flags (quasi-Newton, one thread; any flag not listed keeps CoreNLP's default):");
    out.add("");
    out.add("```");
    out.addAll(spec.flagLines());
    out.add("```");
    out.add("");
    spec.clusters().ifPresent(c -> {
      out.add("Word clusters `pipeline/src/main/resources/org/litmine/pipeline/train/" + c + "` (" + clusterCounts(c)
          + "), made by `./litmine train clusters` (`WordClusters`: the exchange algorithm, each word's class "
          + "predicted from the word before and the word after it) from unlabelled text: the train and devel "
          + "sentences of BC2GM and BC5CDR-chem (never test), the ChemProt and CIViCmine sentences, the DrugProt "
          + "`tune/` abstracts and the papers and abstracts of `../shared/corpus` (`ClusterText`). Words are looked "
          + "up in lower case with every digit a 9; the trainer hands the file to CoreNLP (`distSimLexicon`) and "
          + "the model keeps the classes, so tagging needs no file beside the model.");
      out.add("");
    });
    out.add("Variants tried, each trained on train and scored on devel (strict spans as below):");
    out.add("");
    out.add(variants(spec.name()).strip());
    out.add("");
    out.add("## Test figures");
    out.add("");
    out.add("Trained on train and devel, scored once on test. Strict: a predicted mention (" + (spec.bio()
        ? "a `B-" + spec.label() + "` token and the `I-" + spec.label() + "` tokens after it"
        : "a maximal run of `" + spec.label() + "` tokens") + ") is right when its "
        + "tokens are exactly those of a gold mention (gold spans from the IOB tags, so two adjacent gold mentions "
        + "the tagger runs together count as one wrong and two missed).");
    out.add("");
    out.add("| precision | recall | F1 | gold | predicted | right | target F1 |");
    out.add("|---|---|---|---|---|---|---|");
    out.add(row(t));
    out.add("");
    out.add("## Size and speed");
    out.add("");
    out.add(String.format(Locale.ROOT, "Model file %,d bytes (%.1f MB). Training took %.0f s; tagging the test "
        + "split ran at %,.0f words per second on one thread (both measured on a shared, busy 2-core machine; a "
        + "6 GB heap is enough).", t.model().length, t.model().length / 1e6, t.trainingSeconds(),
        t.wordsPerSecond()));
    out.add("");
    out.add("```");
    spec.clusters().ifPresent(c -> out.add("./litmine train clusters --shared ../shared   # remakes " + c
        + " (the same text gives the same file)"));
    out.add("JAVA_OPTS=-Xmx6g ./litmine train mentions --shared ../shared");
    out.add("```");
    out.add("");
    return String.join("\n", out);
  }

  /**
   * The report of the taggers just trained, keeping from {@code previous} (the report as it was) the rows of taggers
   * not trained this time, in their order; a tagger trained anew takes its old row's place.
   */
  static String report(List<MentionTaggers.Trained> trained, String previous) {
    List<String> out = new ArrayList<>();
    out.add("# Mention taggers: held-out figures");
    out.add("");
    out.add("Written by `./litmine train mentions`. Each tagger is trained on its corpus's train and devel splits and "
        + "scored once on test: strict mention spans (a predicted run of labelled tokens must equal a gold IOB "
        + "mention exactly). Features were chosen on devel; the cards beside the models "
        + "(`annotators/src/main/resources/org/litmine/annotators/models/<name>.card.md`) list them and the variants "
        + "tried.");
    out.add("");
    out.add("| tagger | corpus | precision | recall | F1 | gold | predicted | right | target F1 | reached | model "
        + "bytes | words/s |");
    out.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
    java.util.Map<String, String> rows = new java.util.LinkedHashMap<>(taggerRows(previous));
    for (MentionTaggers.Trained t : trained) {
      MentionScores s = t.scores();
      rows.put(t.spec().name(), String.format(Locale.ROOT,
          "| %s | %s | %.3f | %.3f | %.3f | %d | %d | %d | %.2f | %s | %,d | %,.0f |",
          t.spec().name(), t.spec().corpus(), s.precision(), s.recall(), s.f1(), s.gold(), s.predicted(),
          s.correct(), t.spec().targetF1(), s.f1() >= t.spec().targetF1() ? "yes" : "no", t.model().length,
          t.wordsPerSecond()));
    }
    out.addAll(rows.values());
    out.add("");
    return String.join("\n", out);
  }

  /** The rows of a report's table by tagger name (its first cell), in order; the header rows are not taggers. */
  static java.util.Map<String, String> taggerRows(String report) {
    java.util.Map<String, String> rows = new java.util.LinkedHashMap<>();
    for (String line : report.split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| tagger |")) {
        continue;
      }
      rows.put(line.substring(2, line.indexOf(" |", 2)).strip(), line);
    }
    return rows;
  }

  private static String row(MentionTaggers.Trained t) {
    MentionScores s = t.scores();
    return String.format(Locale.ROOT, "| %.3f | %.3f | %.3f | %d | %d | %d | %.2f |", s.precision(), s.recall(),
        s.f1(), s.gold(), s.predicted(), s.correct(), t.spec().targetF1());
  }

  private static String labelling(TaggerSpec spec) {
    return spec.bio()
        ? "BIO labels: `B-" + spec.label() + "` on the first token of a mention, `I-" + spec.label() + "` on the "
            + "others, `O` elsewhere (so touching mentions stay apart)"
        : "IO labels: `" + spec.label() + "` on every token of a mention, `O` elsewhere (adjacent mentions run "
            + "together)";
  }

  /** "N words in K classes" of a cluster file ({@code word<TAB>class} lines) beside {@link TaggerSpec}. */
  private static String clusterCounts(String resource) {
    try (InputStream in = TaggerSpec.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word clusters " + resource + " not on the classpath");
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank()).toList();
      long classes = lines.stream().map(l -> l.substring(l.indexOf('\t') + 1)).distinct().count();
      return String.format(Locale.ROOT, "%,d words in %d classes", lines.size(), classes);
    } catch (IOException e) {
      throw new IllegalStateException(resource + ": " + e.getMessage(), e);
    }
  }

  private static String variants(String name) {
    String resource = name + ".variants.md";
    try (InputStream in = MentionCard.class.getResourceAsStream(resource)) {
      return in == null ? "(none recorded: resource " + resource + " is missing)"
          : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(resource + ": " + e.getMessage(), e);
    }
  }
}
