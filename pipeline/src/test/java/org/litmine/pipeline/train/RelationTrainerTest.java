package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.classify.LinearModel;

class RelationTrainerTest {

  private static final List<String> LABELS = List.of("none", "inhibits", "induces");

  /** Synthetic examples: a trigger word decides the label, noise words do not; every tenth one is mislabelled. */
  static List<PairExample> examples(int n) {
    List<PairExample> examples = new ArrayList<>();
    String[] triggers = {"between:and", "between:inhibit", "between:increase"};
    for (int i = 0; i < n; i++) {
      int label = i % 3;
      int written = i % 10 == 9 ? (label + 1) % 3 : label;
      examples.add(new PairExample("synthetic", "s" + i, "pharmacology", LABELS.get(written),
          List.of("bias", triggers[label], "noise:" + (i % 7), i % 2 == 0 ? "rule:none" : "rule:" + LABELS.get(label))));
    }
    return examples;
  }

  @Test
  void theModelLearnsWhatTheTriggersSay() {
    LinearModel model = RelationTrainer.train(examples(300), LABELS, 1.0, 0.5);
    double[] p = model.probabilities(List.of("bias", "between:inhibit", "noise:3", "rule:none"));
    assertEquals(1, LinearModel.bestRelation(p));
    assertTrue(p[1] > 0.6, "inhibits probability " + p[1]);
    double[] none = model.probabilities(List.of("bias", "between:and", "noise:3", "rule:none"));
    assertTrue(none[0] > 0.6, "none probability " + none[0]);
  }

  @Test
  void theSameExamplesGiveTheSameModelFileByteForByte() throws Exception {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    RelationTrainer.train(examples(200), LABELS, 0.5, 0.7).write(a, List.of("m"));
    RelationTrainer.train(examples(200), LABELS, 0.5, 0.7).write(b, List.of("m"));
    assertEquals(a.toString(), b.toString());
  }

  @Test
  void crossValidationScoresEveryExampleOnceWithAModelThatDidNotSeeIt() {
    List<PairExample> examples = examples(150);
    List<CrossValidation.Scored> scored = CrossValidation.run(examples, LABELS, 1.0, 5);
    assertEquals(examples.size(), scored.size());
    assertEquals(examples.size(), scored.stream().map(s -> s.example().group()).distinct().count());
    assertTrue(CrossValidation.meanLogLikelihood(scored, LABELS) > Math.log(1 / 3.0),
        "better than chance on held-out folds");
  }

  @Test
  void foldsDependOnTheGroupAlone() {
    assertEquals(CrossValidation.foldOf("chemprot:A blocks B.", 5), CrossValidation.foldOf("chemprot:A blocks B.", 5));
    long used = examples(100).stream().map(e -> CrossValidation.foldOf(e.group(), 5)).distinct().count();
    assertEquals(5, used);
  }
}
