package org.litmine.annotators.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.relation.Effect;

class PairClassifierTest {

  private static final LinearModel PHARMACOLOGY = new LinearModel(List.of("none", "inhibits", "induces", "reduces"),
      Map.of("bias", new double[] {2, 0, 0, 0}, "triggerOnPath:inhibit", new double[] {0, 4, 0, 0}), 0.6);
  private static final LinearModel PREDICTIVE = new LinearModel(List.of("none", "predictive"),
      Map.of("bias", new double[] {2, 0}, "triggerOnPath:resist", new double[] {0, 5}), 0.6);
  private static final PairClassifier CLASSIFIER = new PairClassifier(List.of(PHARMACOLOGY, PREDICTIVE),
      new PredictiveDirection(Lexicon.load("org/litmine/annotators/rules/cues/predictive-direction.tsv")),
      BiomarkerStatus.load(BiomarkerStatus.DEFAULT_CUES));
  /** The gene mention of the test sentences: their third word. */
  private static final BioMention GENE = BiomarkerStatusTest.gene(2);

  private static CoreMap sentence(String text) {
    return PredictiveDirectionTest.sentence(text);
  }

  @Test
  void aLabelBelowItsModelsThresholdIsNotTaken() {
    assertTrue(CLASSIFIER.decide(sentence("A and B"), List.of("bias"), GENE).isEmpty());
  }

  @Test
  void theMoreProbableAcceptedLabelWins() {
    PairClassifier.Decision d = CLASSIFIER.decide(sentence("A inhibits B"), List.of("bias", "triggerOnPath:inhibit"),
        GENE).orElseThrow();
    assertEquals(Effect.INHIBITS, d.effect());
    assertTrue(d.probability() > 0.6 && d.probability() < 1);
  }

  @Test
  void aPredictivePairTakesItsEffectFromTheSentencesCues() {
    PairClassifier.Decision d = CLASSIFIER.decide(sentence("B mutations confer resistance to A"),
        List.of("bias", "triggerOnPath:resist", "triggerOnPath:inhibit"), BiomarkerStatusTest.gene(0)).orElseThrow();
    assertEquals(Effect.RESISTANCE, d.effect());
  }

  @Test
  void aGeneNamedAsAStatusTakesNoPharmacologyLabelButAPredictiveOne() {
    List<String> inhibits = List.of("bias", "triggerOnPath:inhibit");
    assertTrue(CLASSIFIER.decide(sentence("A in B mutation-positive cancer"), inhibits, GENE).isEmpty());
    PairClassifier.Decision d = CLASSIFIER.decide(sentence("A in B mutation-positive cancer"),
        List.of("bias", "triggerOnPath:resist"), GENE).orElseThrow();
    assertEquals(Effect.RESPONSE, d.effect());
  }
}
