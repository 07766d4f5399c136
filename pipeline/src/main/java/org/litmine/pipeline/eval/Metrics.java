package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.litmine.pipeline.eval.trial.TrialScorer;

/**
 * The figures of {@code metrics.json}. {@code triples} is strict (gene, drug, effect) matching, {@code relaxed}
 * (gene, drug) matching; {@code drug} and {@code class} split the strict score by drug kind; {@code bySource} by what
 * found the triple ({@code rules}: a rule, on at least one sentence; {@code classifier}: the trained relation models;
 * recall over every core row, so {@code rules} is what the rules alone find). {@code comparison} is
 * null unless the evaluation had a baseline run.
 */
@JsonPropertyOrder({"run", "gold", "scoredDocuments", "unscoredDocuments", "triples", "relaxed", "drug", "class",
    "byEffect", "bySection", "bySource", "hedged", "negated", "confidence", "confusion", "errors", "entities", "trials",
    "comparison"})
public record Metrics(String run, String gold, List<String> scoredDocuments, List<String> unscoredDocuments,
    Score triples, Score relaxed, Score drug, @JsonProperty("class") Score drugClass, Map<String, Score> byEffect,
    Map<String, Score> bySection, Map<String, Score> bySource, Modality hedged, Modality negated, List<ConfidenceCurve.Point> confidence,
    EffectConfusion.Matrix confusion, ErrorAnalysis.Counts errors, EntityScorer.Metrics entities,
    TrialScorer.Metrics trials, Comparison comparison) {

  public Metrics withComparison(Comparison c) {
    return new Metrics(run, gold, scoredDocuments, unscoredDocuments, triples, relaxed, drug, drugClass, byEffect,
        bySection, bySource, hedged, negated, confidence, confusion, errors, entities, trials, c);
  }
}
