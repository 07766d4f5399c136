package org.litmine.pipeline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.function.Function;
import org.litmine.annotators.BioNlp;

/**
 * The baseline: plain CoreNLP (tokenize, ssplit, pos, lemma, depparse, with litmine's tokenizer and sentence
 * settings from {@link BioNlp#defaults}) over the same paragraph texts, one thread, timed after its models are
 * loaded and warmed up on one paragraph. The same pass with litmine's own pipeline ({@link #litmine}) tells the cost
 * of litmine's annotators apart from the cost of Beam and of reading.
 */
final class PlainCoreNlp {

  /** What one pass measured. */
  record Result(long tokens, long sentences, long nanos) {}

  private final Function<String, Annotation> pipeline;

  private PlainCoreNlp(Function<String, Annotation> pipeline) {
    this.pipeline = pipeline;
  }

  /** Plain CoreNLP: the baseline. */
  static PlainCoreNlp plain() {
    StanfordCoreNLP nlp = new StanfordCoreNLP(BioNlp.defaults(BioNlp.PLAIN_ANNOTATORS));
    return new PlainCoreNlp(text -> {
      Annotation annotation = new Annotation(text);
      nlp.annotate(annotation);
      return annotation;
    });
  }

  /** litmine's full CoreNLP pipeline ({@link BioNlp}) outside Beam: what the annotators add to the baseline. */
  static PlainCoreNlp litmine() {
    BioNlp nlp = new BioNlp();
    return new PlainCoreNlp(nlp::annotate);
  }

  Result annotate(List<String> paragraphs) {
    if (!paragraphs.isEmpty()) {
      pipeline.apply(paragraphs.get(0));
    }
    long tokens = 0;
    long sentences = 0;
    long start = System.nanoTime();
    for (String text : paragraphs) {
      Annotation annotation = pipeline.apply(text);
      for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences++;
        tokens += sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      }
    }
    return new Result(tokens, sentences, System.nanoTime() - start);
  }
}
