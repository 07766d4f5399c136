package org.litmine.pipeline.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The model card written beside a model file: the data and its licence, counts, features, the training settings,
 * cross-validated precision and recall (rules alone, classifier alone, both) per corpus, the precision–recall curve,
 * calibration, and the threshold with the reason for it. Nothing in it depends on the time or the machine.
 */
final class ModelCard {

  private static final Map<String, String> SOURCES = Map.of(
      "chemprot", "ChemProt relation instances (BioCreative VI; Krallinger et al. 2017) as redistributed by "
          + "allenai/scibert, every sentence of DrugProt `tune/` and `test/` removed: `../shared/training/chemprot/` "
          + "(terms: `../shared/training/README.md`)",
      "drugprot", "DrugProt `tune/` (BioCreative VII development abstracts; CC BY 4.0): "
          + "`../shared/benchmarks/drugprot/tune` and `tune.gold.tsv`; never `test/`",
      "civicmine", "CIViCmine training sentences (Lever et al. 2019; CC0): "
          + "`../shared/benchmarks/civicmine/civicmine.train.jsonl`");

  private ModelCard() {}

  static String of(TrainedModel m, int folds, int featureCount) {
    List<String> out = new ArrayList<>();
    List<String> labels = m.spec().labels();
    out.add("# Relation model `" + m.spec().name() + "`");
    out.add("");
    out.add("Written by `./litmine train` (`pipeline/.../train/`); the same inputs give this card and the model "
        + "file byte for byte. Labels: " + String.join(", ", labels.stream().map(l -> "`" + l + "`").toList())
        + ". Used by `PairClassifier` (annotators) on candidate pairs no rule matched.");
    out.add("");
    out.add("## Data");
    out.add("");
    out.add("| corpus | source and licence | texts | candidate pairs | positives | labelled positives whose "
        + "mentions litmine did not both recognize |");
    out.add("|---|---|---|---|---|---|");
    Map<String, List<PairExample>> byCorpus = byCorpus(m.examples());
    for (Map.Entry<String, List<PairExample>> e : byCorpus.entrySet()) {
      List<PairExample> ex = e.getValue();
      Map<String, Integer> positives = new TreeMap<>();
      ex.stream().filter(PairExample::positive).forEach(p -> positives.merge(p.label(), 1, Integer::sum));
      out.add("| " + e.getKey() + " | " + SOURCES.getOrDefault(e.getKey(), "") + " | "
          + ex.stream().map(PairExample::group).distinct().count() + " | " + ex.size() + " | " + positives + " | "
          + m.missedByCorpus().getOrDefault(e.getKey(), 0) + " |");
    }
    out.add("");
    out.add("Corpus labels become model labels as `pipeline/src/main/resources/org/litmine/pipeline/train/labels.tsv`"
        + " says; a pair whose label does not give a direction (`neutral` there) is left out. Candidate pairs are "
        + "those litmine's own entity recognition gives (a gene or family with a drug, chemical or class of the "
        + "same sentence); a candidate is positive when both its mentions overlap a labelled pair's.");
    out.add("");
    out.add("## Features and training");
    out.add("");
    out.add("Sparse indicator features (`PairFeatures`): the kinds of the two mentions and their order; the token gap; "
        + "lemmas and lemma bigrams between them (other mentions read as their kind); two words either side of each; "
        + "the shortest path in the enhanced++ dependency graph (relations with direction, the lemmas on it, the "
        + "whole path, its top word, its length); each mention's governor and relation; coordination; the mentions "
        + "between; negation and hedge cues; which rule effects matched the pair. No entity name is a feature.");
    out.add("");
    out.add(String.format(Locale.ROOT, "Multiclass logistic regression (CoreNLP `LinearClassifierFactory`, "
        + "quasi-Newton, Gaussian prior sigma %.1f); features seen in fewer than %d examples dropped; %d features "
        + "kept in the model. The prior's width is the one of %s with the highest mean log-likelihood of the right "
        + "label on the cross-validated predictions: %s.", m.sigma(), RelationTrainer.MIN_COUNT, featureCount,
        RelationTrainer.SIGMAS, likelihoods(m.logLikelihoodBySigma())));
    out.add("");
    out.add("## Threshold");
    out.add("");
    out.add(String.format(Locale.ROOT, "**%.2f**: the lowest threshold (steps of 0.05) at which the pairs the "
        + "classifier adds to the rules' reach precision %.2f on the %d-fold cross-validated predictions of all "
        + "its corpora together (at least %d predictions). The highest-probability label other than `none` is "
        + "taken when its probability reaches it.", m.threshold(), ThresholdChoice.TARGET_PRECISION, folds,
        ThresholdChoice.MIN_PREDICTIONS));
    out.add("");
    out.add("## Cross-validated figures (" + folds + " folds by sentence or abstract)");
    out.add("");
    out.add("At the threshold. Recall counts every labelled positive pair, also those whose mentions were not both "
        + "recognized; a prediction is right when its label is the pair's.");
    out.add("");
    out.addAll(table(m, byCorpus.keySet(), List.of(m.threshold()), List.of(PrCurve.Mode.values())));
    out.add("");
    out.add("`additions` are the classifier's predictions on pairs no rule matched (the threshold's target); "
        + "`both` is what litmine emits.");
    out.add("");
    out.add("## Precision–recall curve");
    out.add("");
    out.addAll(table(m, byCorpus.keySet(), PrCurve.grid(), List.of(PrCurve.Mode.CLASSIFIER, PrCurve.Mode.BOTH)));
    out.add("");
    out.add("## Calibration");
    out.add("");
    out.add("Cross-validated pairs binned by the probability of their most probable label other than `none`: the "
        + "mean probability against the share whose label it is.");
    out.add("");
    out.add("| probability | pairs | mean probability | share right |");
    out.add("|---|---|---|---|");
    out.addAll(Calibration.rows(m.crossValidated(), labels));
    out.add("");
    return String.join("\n", out);
  }

  /** Precision and recall per corpus, threshold and mode, as table rows under their header. */
  private static List<String> table(TrainedModel m, java.util.Set<String> corpora, List<Double> thresholds,
      List<PrCurve.Mode> modes) {
    List<String> rows = new ArrayList<>();
    rows.add("| corpus · mode | threshold | predicted | right | positives | precision | recall | F1 |");
    rows.add("|---|---|---|---|---|---|---|---|");
    for (String corpus : corpora) {
      Predicate<PairExample> of = e -> e.corpus().equals(corpus);
      int missed = m.missedByCorpus().getOrDefault(corpus, 0);
      for (double t : thresholds) {
        for (PrCurve.Mode mode : modes) {
          rows.add(PrCurve.at(m.crossValidated(), m.spec().labels(), t, mode, missed, of)
              .row(corpus + " · " + mode.name().toLowerCase(Locale.ROOT)));
        }
      }
    }
    return rows;
  }

  private static String likelihoods(Map<Double, Double> bySigma) {
    List<String> parts = new ArrayList<>();
    bySigma.forEach((s, ll) -> parts.add(String.format(Locale.ROOT, "%.1f → %.4f", s, ll)));
    return String.join(", ", parts);
  }

  private static Map<String, List<PairExample>> byCorpus(List<PairExample> examples) {
    Map<String, List<PairExample>> by = new TreeMap<>();
    for (PairExample e : examples) {
      by.computeIfAbsent(e.corpus(), k -> new ArrayList<>()).add(e);
    }
    return by;
  }
}
