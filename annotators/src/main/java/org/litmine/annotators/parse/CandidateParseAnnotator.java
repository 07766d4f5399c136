package org.litmine.annotators.parse;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.litmine.annotators.BioAnnotations;

/**
 * Tags, lemmatizes and parses only the sentences that can hold a relation: those the given test accepts (in
 * litmine, a sentence naming a gene and a drug or drug class once the paper's definitions are applied). The other
 * sentences keep their tokens and entity mentions and get no part-of-speech tags, lemmas or dependency graph.
 *
 * <p>Each sentence is tagged and parsed on its own, so a candidate sentence gets exactly the parse it would get in
 * a pipeline that parses everything; only the work on sentences no rule could use is saved.
 *
 * <p>Properties: the CoreNLP properties of {@code pos}, {@code lemma} and {@code depparse} (models, options), and
 * {@code bioparse.threads}: how many of a paper's candidate sentences are tagged and parsed at once (default 1). More
 * than one spreads a long paper over the cores; each sentence still gets the same parse.
 */
public final class CandidateParseAnnotator implements Annotator {

  /** The annotators run on each candidate sentence. */
  public static final String ANNOTATORS = "pos,lemma,depparse";
  /** The property giving the number of sentences tagged and parsed at once. */
  public static final String THREADS = "bioparse.threads";

  private final StanfordCoreNLP parser;
  private final Predicate<CoreMap> candidate;

  public CandidateParseAnnotator(Properties props, Predicate<CoreMap> candidate) {
    Properties own = new Properties();
    own.putAll(props);
    own.setProperty("annotators", ANNOTATORS);
    // The tokens and sentences come from the paragraph stage, not from this pipeline.
    own.setProperty("enforceRequirements", "false");
    String threads = props.getProperty(THREADS, "1");
    own.setProperty("pos.nthreads", threads);
    own.setProperty("depparse.nthreads", threads);
    this.parser = new StanfordCoreNLP(own);
    this.candidate = candidate;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> chosen = annotation.get(CoreAnnotations.SentencesAnnotation.class).stream()
        .filter(candidate)
        .toList();
    if (chosen.isEmpty()) {
      return;
    }
    Annotation subset = new Annotation("");
    subset.set(CoreAnnotations.SentencesAnnotation.class, chosen);
    subset.set(CoreAnnotations.TokensAnnotation.class,
        chosen.stream().flatMap(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream()).toList());
    parser.annotate(subset);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        BioAnnotations.BioMentionsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }
}
