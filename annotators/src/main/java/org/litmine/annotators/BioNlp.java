package org.litmine.annotators;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The CoreNLP pipeline litmine runs: tokenize, ssplit, pos, lemma, depparse, then the {@code bioentity} and
 * {@code biorelation} annotators.
 *
 * <p>CoreNLP's own {@code ner} is left out on purpose: it is the slowest stage, its PERSON/LOCATION labels do not
 * help ("Ewing" becomes a PERSON), and {@code bioentity} writes the NER tags the rules use. The tokenizer keeps
 * hyphenated names whole ("IGF-IR", "BMS-754807"). Building one takes a few seconds and about 0.5 GB: build it
 * once per JVM or per worker and share it; {@link #annotate} is safe to call from one thread at a time per instance.
 */
public final class BioNlp {

  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,depparse,bioentity,biorelation";
  public static final String PLAIN_ANNOTATORS = "tokenize,ssplit,pos,lemma,depparse";

  private final StanfordCoreNLP pipeline;

  public BioNlp() {
    this(new Properties());
  }

  /** Builds the pipeline; {@code overrides} may replace any default property (lexicon paths, rule folder). */
  public BioNlp(Properties overrides) {
    Properties props = defaults(ANNOTATORS);
    props.putAll(overrides);
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** The properties of the linguistic stages shared by litmine and by the plain CoreNLP baseline. */
  public static Properties defaults(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("customAnnotatorClass.bioentity", "org.litmine.annotators.ner.BioEntityAnnotator");
    props.setProperty("customAnnotatorClass.biorelation", "org.litmine.annotators.relation.RelationAnnotator");
    return props;
  }

  /** Annotates one piece of text (a paragraph or a section). */
  public Annotation annotate(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    return annotation;
  }
}
