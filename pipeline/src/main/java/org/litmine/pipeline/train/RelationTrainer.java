package org.litmine.pipeline.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.litmine.annotators.classify.LinearModel;

/**
 * Trains a multiclass logistic regression (CoreNLP's {@link LinearClassifierFactory}: Gaussian prior, quasi-Newton) over
 * examples' features and returns it as a {@link LinearModel}. Features seen in fewer than {@link #MIN_COUNT} examples
 * are dropped. The same examples in the same order give the same weights.
 */
final class RelationTrainer {

  static final int MIN_COUNT = 2;
  /** The Gaussian prior's widths tried; cross-validated log-likelihood picks one per model. */
  static final List<Double> SIGMAS = List.of(0.1, 0.2, 0.3, 0.5, 1.0);

  private RelationTrainer() {}

  /** {@code labels}: the model's labels, "none" first. */
  static LinearModel train(List<PairExample> examples, List<String> labels, double sigma, double threshold) {
    Dataset<String, String> data = new Dataset<>();
    for (String label : labels) {
      data.labelIndex().add(label);
    }
    for (PairExample e : examples) {
      data.add(new BasicDatum<>(e.features(), e.label()));
    }
    data.applyFeatureCountThreshold(MIN_COUNT);
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    LinearClassifier<String, String> classifier = factory.trainClassifier(data);
    Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
    Map<String, double[]> weights = new HashMap<>();
    for (int k = 0; k < labels.size(); k++) {
      Counter<String> w = byLabel.get(labels.get(k));
      if (w == null) {
        continue;
      }
      for (Map.Entry<String, Double> e : w.entrySet()) {
        weights.computeIfAbsent(e.getKey(), f -> new double[labels.size()])[k] = e.getValue();
      }
    }
    weights.values().removeIf(RelationTrainer::negligible);
    return new LinearModel(labels, weights, threshold);
  }

  private static boolean negligible(double[] w) {
    for (double x : w) {
      if (Math.abs(x) >= 5e-7) {
        return false;
      }
    }
    return true;
  }
}
