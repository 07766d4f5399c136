package org.litmine.annotators.parse;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.PaperThreads;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * Tags, lemmatizes and parses only the sentences that can hold a relation: those the given test accepts (in
 * litmine, a sentence naming a gene and a drug or drug class once the paper's definitions are applied). The other
 * sentences keep their tokens and entity mentions and get no part-of-speech tags, lemmas or dependency graph.
 *
 * <p>Each sentence is tagged and parsed on its own, so a candidate sentence gets the parse it would get in a
 * pipeline that parses everything, but for the repairs below; only the work on sentences no rule could use is saved.
 * Between the tagger and the parser, {@link VerbTagRepair} mends tagging errors that hide a verb: a verb after a name
 * read as a noun, a past tense read as a participle; {@link ClauseListParser} parses each clause of a list of clauses
 * with their own drug subjects on its own ({@link ClauseList}); after it, {@link IndirectObjectRepair} makes a verb's
 * only object, read as indirect, direct, {@link InterruptedSubjectRepair} gives a main verb the parser lost inside a
 * relative clause between commas its subject, and {@link PronounSubjectRepair} gives "it" the drug that is the
 * subject of the clause joined to its own.
 *
 * <p>Properties: the CoreNLP properties of {@code pos}, {@code lemma} and {@code depparse} (models, options);
 * {@code <name>.misreadVerbs}, the verbs {@link VerbTagRepair} mends (default {@code rules/cues/misread-verbs.tsv}). The
 * candidate sentences of a long paper are tagged and parsed in batches on the paper's threads ({@link PaperThreads}),
 * sharing one set of models; each sentence still gets the same parse.
 */
public final class CandidateParseAnnotator implements Annotator {

  /** The annotators run on each candidate sentence: the tagger, then (after {@link VerbTagRepair}) the rest. */
  /** The annotator's name when litmine builds it ({@code <name>.misreadVerbs} names the verb lexicon). */
  public static final String NAME = "candidateparse";
  private static final String TAGGER = "pos";
  private static final String AFTER_TAGGER = "lemma,depparse";
  /** Fewer candidate sentences than this per thread are not worth a thread of their own. */
  private static final int MIN_BATCH = 8;

  private final StanfordCoreNLP tagger;
  private final ClauseListParser parser;
  private final VerbTagRepair tagRepair;
  private final IndirectObjectRepair objectRepair = new IndirectObjectRepair();
  private final InterruptedSubjectRepair subjectRepair = new InterruptedSubjectRepair();
  private final PronounSubjectRepair pronounRepair = new PronounSubjectRepair();
  private final Predicate<CoreMap> candidate;
  private final PaperThreads threads;

  /**
   * For CoreNLP's {@code customAnnotatorClass}: parses, on one thread, the sentences a relation could come from
   * ({@link org.litmine.annotators.relation.RelationAnnotator#mayRelate}).
   */
  public CandidateParseAnnotator(String name, Properties props) {
    this(name, props, org.litmine.annotators.relation.RelationAnnotator::mayRelate, new PaperThreads(1));
  }

  /** As litmine runs it: {@code candidate} picks the sentences, {@code threads} parses them. */
  public CandidateParseAnnotator(Properties props, Predicate<CoreMap> candidate, PaperThreads threads) {
    this(NAME, props, candidate, threads);
  }

  private CandidateParseAnnotator(String name, Properties props, Predicate<CoreMap> candidate, PaperThreads threads) {
    this.tagger = pipeline(props, TAGGER);
    this.parser = new ClauseListParser(pipeline(props, AFTER_TAGGER));
    this.tagRepair = new VerbTagRepair(Lexicon.load(
        props.getProperty(name + ".misreadVerbs", VerbTagRepair.DEFAULT_VERBS)));
    this.candidate = candidate;
    this.threads = threads;
  }

  private static StanfordCoreNLP pipeline(Properties props, String annotators) {
    Properties own = new Properties();
    own.putAll(props);
    own.setProperty("annotators", annotators);
    // The tokens and sentences come from the paragraph stage (and the tags from the tagger), not from this pipeline.
    own.setProperty("enforceRequirements", "false");
    return new StanfordCoreNLP(own);
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> chosen = annotation.get(CoreAnnotations.SentencesAnnotation.class).stream()
        .filter(candidate)
        .toList();
    if (chosen.isEmpty()) {
      return;
    }
    // One model set serves every thread: the tagger and the parser are safe to share.
    List<Runnable> work = new ArrayList<>();
    for (List<CoreMap> batch : threads.batches(chosen, MIN_BATCH)) {
      Annotation part = ClauseListParser.subset(batch);
      work.add(() -> {
        tagger.annotate(part);
        batch.forEach(tagRepair::repair);
        parser.parse(batch);
        batch.forEach(objectRepair::repair);
        batch.forEach(subjectRepair::repair);
        batch.forEach(pronounRepair::repair);
      });
    }
    threads.runAll(work);
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
