package org.litmine.pipeline.trial;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litmine.annotators.BioNlp;
import org.litmine.annotators.trial.TrialFact;

/**
 * The trial annotator's facts of texts, for tests that load no models: the texts are tokenized and split as the run
 * does ({@code tokenize,ssplit}) and read by {@code biotrial} alone.
 */
final class TokenFacts {

  private static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(BioNlp.defaults("tokenize,ssplit,biotrial"));

  private TokenFacts() {}

  /** The facts of a text, all its sentences'. */
  static synchronized List<TrialFact> of(String text) {
    Annotation annotation = new Annotation(text);
    PIPELINE.annotate(annotation);
    return TrialFacts.of(annotation.get(CoreAnnotations.SentencesAnnotation.class));
  }

  /** The facts of each of the passages, by text. */
  static TrialFacts of(List<String> passages) {
    Map<String, List<TrialFact>> byText = new LinkedHashMap<>();
    passages.forEach(p -> byText.computeIfAbsent(p, TokenFacts::of));
    return new TrialFacts(byText);
  }
}
