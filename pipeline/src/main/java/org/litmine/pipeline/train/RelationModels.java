package org.litmine.pipeline.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains each relation model from its examples: cross-validation for each prior width (the one with the highest
 * cross-validated log-likelihood is kept), the threshold on its cross-validated predictions, then the model on all
 * of them.
 */
final class RelationModels {

  private RelationModels() {}

  static List<TrainedModel> train(PairExamples.Result examples, int folds) {
    List<TrainedModel> models = new ArrayList<>();
    for (ModelSpec spec : ModelSpec.ALL) {
      List<PairExample> own = examples.examples().stream().filter(e -> e.model().equals(spec.name())).toList();
      if (own.isEmpty()) {
        continue;
      }
      List<CrossValidation.Scored> cv = null;
      double sigma = 0;
      Map<Double, Double> likelihoods = new TreeMap<>();
      for (double s : RelationTrainer.SIGMAS) {
        List<CrossValidation.Scored> tried = CrossValidation.run(own, spec.labels(), s, folds);
        double ll = CrossValidation.meanLogLikelihood(tried, spec.labels());
        likelihoods.put(s, ll);
        if (cv == null || ll > likelihoods.get(sigma)) {
          cv = tried;
          sigma = s;
        }
      }
      double threshold = ThresholdChoice.choose(cv, spec.labels());
      Map<String, Integer> missed = new TreeMap<>();
      own.stream().map(PairExample::corpus).distinct()
          .forEach(c -> missed.put(c, examples.missedPositives().getOrDefault(c, 0)));
      models.add(new TrainedModel(spec, RelationTrainer.train(own, spec.labels(), sigma, threshold), own, cv, sigma,
          likelihoods, threshold, missed));
    }
    return models;
  }
}
