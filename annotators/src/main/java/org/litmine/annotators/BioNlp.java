package org.litmine.annotators;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.litmine.annotators.ner.DefinitionAnnotator;
import org.litmine.annotators.ner.DrugSetAnnotator;
import org.litmine.annotators.parse.CandidateParseAnnotator;
import org.litmine.annotators.relation.RelationAnnotator;
import org.litmine.annotators.trial.TrialFactAnnotator;

/**
 * The CoreNLP pipeline litmine runs, in two stages.
 *
 * <ol>
 *   <li>Per paragraph: tokenize, ssplit, then {@code bioentity} (genes, drugs, classes, chemicals, cancers) and
 *       {@code biotrial} (registry ids, phases and participant counts of trials: {@link TrialFactAnnotator}).
 *   <li>Over the whole paper: {@code biodefinitions} (abbreviations and code names the paper defines, applied
 *       everywhere in it); {@code biodrugsets} ("both drugs", "all three agents" as mentions of the drugs named
 *       before them: {@link DrugSetAnnotator}); then pos, lemma and depparse on the sentences that name a gene and
 *       a drug or drug class ({@link CandidateParseAnnotator}, {@link RelationAnnotator#mayRelate}); then
 *       {@code biorelation} (the triples). A sentence no relation rule could use is not parsed: that is most of the
 *       text of most papers.
 * </ol>
 *
 * <p>CoreNLP's own {@code ner} is left out on purpose: it is the slowest stage, its PERSON/LOCATION labels do not
 * help ("Ewing" becomes a PERSON), and {@code bioentity} writes the NER tags the rules use. The tokenizer keeps
 * hyphenated names whole ("IGF-IR", "BMS-754807"). Building one takes a few seconds and about 0.5 GB: build it
 * once per JVM or per worker and share it; one instance serves one thread at a time. With
 * {@value #PAPER_THREADS} above 1 it spreads the paragraphs of one paper, then its candidate sentences, over up to
 * that many threads, as many as cores are spare while it runs ({@link SpareCores}); the annotations do not depend
 * on it.
 */
public final class BioNlp {

  public static final String PARAGRAPH_ANNOTATORS = "tokenize,ssplit,bioentity,biotrial";
  public static final String PLAIN_ANNOTATORS = "tokenize,ssplit,pos,lemma,depparse";
  /** The property giving the number of threads that annotate one paper (default 1; see {@link PaperThreads}). */
  public static final String PAPER_THREADS = "litmine.paperThreads";
  /** Fewer paragraphs than this per thread are not worth a thread of their own. */
  private static final int MIN_PARAGRAPHS = 4;

  private final StanfordCoreNLP paragraphStage;
  private final List<Annotator> paperStage;
  private final PaperThreads threads;

  public BioNlp() {
    this(new Properties());
  }

  /** Builds the pipeline; {@code overrides} may replace any default property (lexicon paths, rule folder). */
  public BioNlp(Properties overrides) {
    Properties props = defaults(PARAGRAPH_ANNOTATORS);
    props.putAll(overrides);
    this.paragraphStage = new StanfordCoreNLP(props);
    this.threads = new PaperThreads(Integer.parseInt(props.getProperty(PAPER_THREADS, "1").strip()));
    this.paperStage = List.of(new DefinitionAnnotator("biodefinitions", props),
        new DrugSetAnnotator("biodrugsets", props),
        new CandidateParseAnnotator(props, RelationAnnotator::mayRelate, threads),
        new RelationAnnotator("biorelation", props));
  }

  /** The properties of the linguistic stages shared by litmine and by the plain CoreNLP baseline. */
  public static Properties defaults(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("customAnnotatorClass.bioentity", "org.litmine.annotators.ner.BioEntityAnnotator");
    props.setProperty("customAnnotatorClass.biodefinitions", "org.litmine.annotators.ner.DefinitionAnnotator");
    props.setProperty("customAnnotatorClass.biodrugsets", "org.litmine.annotators.ner.DrugSetAnnotator");
    props.setProperty("customAnnotatorClass.biorelation", "org.litmine.annotators.relation.RelationAnnotator");
    props.setProperty("customAnnotatorClass.biotrial", "org.litmine.annotators.trial.TrialFactAnnotator");
    return props;
  }

  /** Annotates one piece of text as a whole paper of one paragraph. */
  public Annotation annotate(String text) {
    return annotateDocument(List.of(text)).get(0);
  }

  /**
   * Annotates the paragraphs of one paper: each on its own, then what spans the paper (definitions, relations)
   * over all of their sentences together. Returns one annotation per paragraph, offsets relative to it.
   */
  public List<Annotation> annotateDocument(List<String> paragraphs) {
    SpareCores.hold();
    try {
      List<Annotation> annotations = paragraphs.stream().map(Annotation::new).toList();
      List<Runnable> work = new ArrayList<>();
      for (List<Annotation> batch : threads.batches(annotations, MIN_PARAGRAPHS)) {
        work.add(() -> batch.forEach(paragraphStage::annotate));
      }
      threads.runAll(work);
      List<CoreMap> sentences = new ArrayList<>();
      for (Annotation annotation : annotations) {
        sentences.addAll(annotation.get(CoreAnnotations.SentencesAnnotation.class));
      }
      Annotation paper = new Annotation("");
      paper.set(CoreAnnotations.SentencesAnnotation.class, sentences);
      for (Annotator annotator : paperStage) {
        annotator.annotate(paper);
      }
      return annotations;
    } finally {
      SpareCores.release();
    }
  }
}
