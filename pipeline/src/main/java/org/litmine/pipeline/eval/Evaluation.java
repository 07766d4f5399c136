package org.litmine.pipeline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * <p>Reads the run's {@code documents.jsonl} and {@code triples.jsonl}, and its {@code trials.jsonl} and
 * {@code entities.jsonl} when present; reads the gold set's {@code triples.jsonl}, and its {@code trials.jsonl} and
 * {@code entities.jsonl} when present. A gold set of trials alone (a {@code trials.jsonl} and no
 * {@code triples.jsonl}, as {@code gold/trials-abstracts/}) is scored for its trials; its documents have no gold
 * triples. A gold set's documents are those its rows name and those its {@code docs.txt} lists (one per line,
 * {@code #} comments): a listed document without a row was read and asserts nothing, so every prediction there is
 * a false positive.
 */
public final class Evaluation {

  /** The note in the report and in {@code metrics.json} when the run wrote no entity list. */
  public static final String NO_ENTITIES = "the run wrote no entities.jsonl: entity lists not scored";

  private final TripleScorer scorer;
  private final TrialScorer trialScorer;
  private final EntityScorer entityScorer;
  private final ErrorAnalysis errors;
  private final Metrics metrics;
  private final Evaluation baseline;

  private Evaluation(TripleScorer scorer, TrialScorer trialScorer, EntityScorer entityScorer, ErrorAnalysis errors,
      Metrics metrics, Evaluation baseline) {
    this.scorer = scorer;
    this.trialScorer = trialScorer;
    this.entityScorer = entityScorer;
    this.errors = errors;
    this.metrics = metrics;
    this.baseline = baseline;
  }

  public static Evaluation of(Path run, Path gold) throws IOException {
    if (!Files.isDirectory(run)) {
      throw new IOException("not a run folder: " + run);
    }
    List<Paper> papers = RunOutput.readLines(run.resolve("documents.jsonl"), Paper.class);
    List<TripleRecord> triples = RunOutput.readLines(run.resolve("triples.jsonl"), TripleRecord.class);
    Path goldTriples = gold.resolve("triples.jsonl");
    List<GoldTriple> goldRows = Files.isRegularFile(goldTriples) || !Files.isRegularFile(gold.resolve("trials.jsonl"))
        ? RunOutput.readLines(goldTriples, GoldTriple.class) : List.of();
    Set<String> goldDocs = new TreeSet<>();
    goldRows.forEach(g -> goldDocs.add(g.doc()));
    goldDocs.addAll(goldTrialDocs(gold));
    goldDocs.addAll(listedDocs(gold));
    Map<String, String> docToGold = new TreeMap<>();
    Set<String> unscored = new TreeSet<>();
    Map<String, List<Paper>> papersByGold = new HashMap<>();
    for (Paper paper : papers) {
      String stem = paper.path() == null ? null : DocIds.fileStem(Path.of(paper.path()));
      String goldDoc = goldDocs.contains(paper.doc()) ? paper.doc() : goldDocs.contains(stem) ? stem : null;
      if (goldDoc == null) {
        unscored.add(paper.doc());
      } else {
        docToGold.put(paper.doc(), goldDoc);
        papersByGold.computeIfAbsent(goldDoc, d -> new ArrayList<>()).add(paper);
      }
    }
    TripleScorer scorer = new TripleScorer(goldRows, triples, docToGold);
    Map<String, Score> byEffect = new LinkedHashMap<>();
    scorer.effects().forEach(effect -> byEffect.put(effect, scorer.byEffect(effect).score()));
    Map<String, Score> bySection = new LinkedHashMap<>();
    scorer.sections().forEach(section -> bySection.put(section, scorer.bySection(section).score()));

    List<EntityRow> goldEntities = readIfPresent(gold.resolve("entities.jsonl"));
    Path runEntitiesFile = run.resolve("entities.jsonl");
    boolean runHasEntities = Files.isRegularFile(runEntitiesFile);
    List<EntityRow> runEntities = readIfPresent(runEntitiesFile);
    EntityScorer entityScorer = runHasEntities && !goldEntities.isEmpty()
        ? new EntityScorer(goldEntities, runEntities, docToGold) : null;
    EntityScorer.Metrics entityMetrics = entityScorer != null ? entityScorer.metrics()
        : EntityScorer.Metrics.absent(runHasEntities ? "the gold set has no entities.jsonl" : NO_ENTITIES);

    Map<String, NearestSentence> sentences = new HashMap<>();
    papersByGold.forEach((doc, list) -> sentences.put(doc, new NearestSentence(list)));
    ErrorAnalysis errors = new ErrorAnalysis(scorer, sentences, runEntities, runHasEntities, goldEntities,
        docToGold);
    TrialScorer trialScorer = trials(run, gold, docToGold);
    Metrics metrics = new Metrics(run.toString(), gold.toString(),
        List.copyOf(new TreeSet<>(docToGold.values())), List.copyOf(unscored), scorer.all().score(),
        scorer.relaxed().score(), scorer.byKind("drug").score(), scorer.byKind("class").score(), byEffect,
        bySection, bySource(scorer), Modality.of(scorer, Modality.hedged(scorer)), Modality.of(scorer, scorer.negated()),
        ConfidenceCurve.of(scorer), EffectConfusion.of(scorer), errors.counts(), entityMetrics,
        trialScorer == null ? null : trialScorer.metrics(), null);
    return new Evaluation(scorer, trialScorer, entityScorer, errors, metrics, null);
  }

  private static Map<String, Score> bySource(TripleScorer scorer) {
    Map<String, Score> bySource = new LinkedHashMap<>();
    for (String source : TripleScorer.SOURCES) {
      bySource.put(source, scorer.bySource(source).score());
    }
    bySource.put("both", scorer.all().score());
    return bySource;
  }

  /** This evaluation compared with one of a baseline run: gained and lost triples, score changes. */
  public Evaluation comparedWith(Evaluation base) {
    Comparison c = Comparison.of(metrics, scorer, base.metrics, base.scorer);
    return new Evaluation(scorer, trialScorer, entityScorer, errors, metrics.withComparison(c), base);
  }

  private static List<EntityRow> readIfPresent(Path file) throws IOException {
    return Files.isRegularFile(file) ? RunOutput.readLines(file, EntityRow.class) : List.of();
  }

  /** The documents the gold set's {@code docs.txt} lists, if it has one. */
  static Set<String> listedDocs(Path gold) throws IOException {
    Path list = gold.resolve("docs.txt");
    Set<String> docs = new TreeSet<>();
    if (Files.isRegularFile(list)) {
      for (String line : Files.readAllLines(list, java.nio.charset.StandardCharsets.UTF_8)) {
        String doc = line.strip();
        if (!doc.isEmpty() && !doc.startsWith("#")) {
          docs.add(doc);
        }
      }
    }
    return docs;
  }

  /** The documents of the gold set's trial records, if it has any. */
  private static Set<String> goldTrialDocs(Path gold) throws IOException {
    Path goldTrials = gold.resolve("trials.jsonl");
    Set<String> docs = new TreeSet<>();
    if (Files.isRegularFile(goldTrials)) {
      RunOutput.readLines(goldTrials, TrialRecord.class).forEach(t -> docs.add(t.doc()));
    }
    return docs;
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

  /** The entity scorer, or null when the run wrote no entity list or the gold set has none. */
  public EntityScorer entityScorer() {
    return entityScorer;
  }

  public ErrorAnalysis errors() {
    return errors;
  }

  /** The baseline this evaluation was compared with, or null. */
  public Evaluation baseline() {
    return baseline;
  }
}
