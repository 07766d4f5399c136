package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.eval.trial.TrialScorer;
import org.litmine.pipeline.output.TripleRecord;
import org.litmine.pipeline.read.DocIds;
import org.litmine.pipeline.trial.TrialRecord;

/**
 * A finished run scored against the gold set. A run document is matched to gold by its {@code doc} or, failing
 * that, by its file name without extension; run documents with no gold are listed as unscored.
 */
public final class Evaluation {

  /** The figures of {@code metrics.json}. */
  @JsonPropertyOrder({"run", "gold", "scoredDocuments", "unscoredDocuments", "triples", "drug", "class",
      "byEffect", "trials"})
  public record Metrics(String run, String gold, List<String> scoredDocuments, List<String> unscoredDocuments,
      Score triples, Score drug, @com.fasterxml.jackson.annotation.JsonProperty("class") Score drugClass,
      Map<String, Score> byEffect, TrialScorer.Metrics trials) {}

  private final TripleScorer scorer;
  private final TrialScorer trialScorer;
  private final Metrics metrics;

  private Evaluation(TripleScorer scorer, TrialScorer trialScorer, Metrics metrics) {
    this.scorer = scorer;
    this.trialScorer = trialScorer;
    this.metrics = metrics;
  }

  public static Evaluation of(Path run, Path gold) throws IOException {
    List<Paper> papers = RunOutput.readLines(run.resolve("documents.jsonl"), Paper.class);
    List<TripleRecord> triples = RunOutput.readLines(run.resolve("triples.jsonl"), TripleRecord.class);
    List<GoldTriple> goldRows = RunOutput.readLines(gold.resolve("triples.jsonl"), GoldTriple.class);
    Set<String> goldDocs = new TreeSet<>();
    goldRows.forEach(g -> goldDocs.add(g.doc()));
    Map<String, String> docToGold = new TreeMap<>();
    Set<String> unscored = new TreeSet<>();
    for (Paper paper : papers) {
      String stem = DocIds.fileStem(Path.of(paper.path()));
      if (goldDocs.contains(paper.doc())) {
        docToGold.put(paper.doc(), paper.doc());
      } else if (goldDocs.contains(stem)) {
        docToGold.put(paper.doc(), stem);
      } else {
        unscored.add(paper.doc());
      }
    }
    TripleScorer scorer = new TripleScorer(goldRows, triples, docToGold);
    Map<String, Score> byEffect = new LinkedHashMap<>();
    for (String effect : scorer.effects()) {
      byEffect.put(effect, scorer.byEffect(effect).score());
    }
    TrialScorer trialScorer = trials(run, gold, docToGold);
    Metrics metrics = new Metrics(run.toString(), gold.toString(), List.copyOf(new TreeSet<>(docToGold.values())),
        List.copyOf(unscored), scorer.all().score(), scorer.byKind("drug").score(), scorer.byKind("class").score(),
        byEffect, trialScorer == null ? null : trialScorer.metrics());
    if (!Files.isDirectory(run)) {
      throw new IOException("not a run folder: " + run);
    }
    return new Evaluation(scorer, trialScorer, metrics);
  }

  /** The trial scores, if the gold set has trials ({@code trials.jsonl}); a run without that file predicted none. */
  private static TrialScorer trials(Path run, Path gold, Map<String, String> docToGold) throws IOException {
    Path goldTrials = gold.resolve("trials.jsonl");
    if (!Files.isRegularFile(goldTrials)) {
      return null;
    }
    Path runTrials = run.resolve("trials.jsonl");
    List<TrialRecord> predicted = Files.isRegularFile(runTrials)
        ? RunOutput.readLines(runTrials, TrialRecord.class) : List.of();
    return new TrialScorer(RunOutput.readLines(goldTrials, TrialRecord.class), predicted, docToGold);
  }

  public Metrics metrics() {
    return metrics;
  }

  public TripleScorer scorer() {
    return scorer;
  }

  /** The trial scorer, or null when the gold set has no trials. */
  public TrialScorer trialScorer() {
    return trialScorer;
  }
}
