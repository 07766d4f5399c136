package org.litmine.annotators.relation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.litmine.annotators.BioNlp;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * Every {@code example:} of every bundled rule, read with the real models: the rule, applied alone to the example's
 * parse, yields a triple of its effect. A rule whose example it no longer reads fails here with its name.
 */
class RuleExamplesIT {

  private static final String DIR = "org/litmine/annotators/rules/semgrex/";
  private static final String CUES = "org/litmine/annotators/rules/cues/";
  private static BioNlp nlp;
  private static ModalityDetector modality;
  private static Lexicon dnaElements;

  @BeforeAll
  static void load() {
    Properties rulesAlone = new Properties();
    rulesAlone.setProperty("biorelation.classifier.models", "");
    nlp = new BioNlp(rulesAlone);
    modality = new ModalityDetector(Lexicon.load(CUES + "negation.tsv"), Lexicon.load(CUES + "hedging.tsv"),
        Lexicon.load(CUES + "statement-verbs.tsv"));
    dnaElements = Lexicon.load(CUES + "dna-elements.tsv");
  }

  @TestFactory
  Stream<DynamicTest> everyExampleOfEveryRuleYieldsItsEffect() {
    List<DynamicTest> tests = new ArrayList<>();
    for (RelationRule rule : RuleFile.readAll(DIR)) {
      Effect effect = rule.effect();
      RelationAnnotator alone = new RelationAnnotator(List.of(rule), modality, dnaElements);
      for (String example : rule.examples()) {
        tests.add(DynamicTest.dynamicTest(rule.name() + ": " + example, () -> {
          Annotation annotation = nlp.annotate(example);
          List<TripleMention> found = new ArrayList<>();
          for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            found.addAll(alone.triples(sentence));
          }
          assertTrue(found.stream().anyMatch(t -> t.effect() == effect && t.rule().equals(rule.name())),
              rule.name() + " reads nothing in its example \"" + example + "\"; found " + found);
        }));
      }
    }
    return tests.stream();
  }
}
