package org.litmine.pipeline.train;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.litmine.annotators.classify.LinearModel;

/**
 * K-fold cross-validation by group (a sentence or an abstract stays in one fold): each fold is scored by a model
 * trained on the others. Folds come from a checksum of the group name, so they do not depend on the order of the
 * data.
 */
final class CrossValidation {

  /** An example and the label probabilities a model that never saw its group gives it. */
  record Scored(PairExample example, double[] probabilities) {}

  private CrossValidation() {}

  /** The mean log-probability of the right label over cross-validated predictions. */
  static double meanLogLikelihood(List<Scored> scored, List<String> labels) {
    double sum = 0;
    for (Scored s : scored) {
      sum += Math.log(Math.max(1e-12, s.probabilities()[labels.indexOf(s.example().label())]));
    }
    return scored.isEmpty() ? 0 : sum / scored.size();
  }

  static int foldOf(String group, int folds) {
    CRC32 crc = new CRC32();
    crc.update(group.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % folds);
  }

  static List<Scored> run(List<PairExample> examples, List<String> labels, double sigma, int folds) {
    List<Scored> scored = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<PairExample> train = new ArrayList<>();
      List<PairExample> test = new ArrayList<>();
      for (PairExample e : examples) {
        (foldOf(e.group(), folds) == fold ? test : train).add(e);
      }
      if (test.isEmpty()) {
        continue;
      }
      LinearModel model = RelationTrainer.train(train, labels, sigma, 0.5);
      for (PairExample e : test) {
        scored.add(new Scored(e, model.probabilities(e.features())));
      }
    }
    return scored;
  }
}
