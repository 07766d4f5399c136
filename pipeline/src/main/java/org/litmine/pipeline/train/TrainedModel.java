package org.litmine.pipeline.train;

import java.util.List;
import java.util.Map;
import org.litmine.annotators.classify.LinearModel;

/**
 * A model trained on all its examples, with what the card reports: the cross-validated predictions of the prior
 * width chosen (and the mean log-likelihood of each width tried), the threshold chosen on them, and the positives the pipeline's mentions missed per corpus.
 */
record TrainedModel(ModelSpec spec, LinearModel model, List<PairExample> examples,
    List<CrossValidation.Scored> crossValidated, double sigma, Map<Double, Double> logLikelihoodBySigma,
    double threshold, Map<String, Integer> missedByCorpus) {}
