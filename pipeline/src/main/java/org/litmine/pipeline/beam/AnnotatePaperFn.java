package org.litmine.pipeline.beam;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.BioNlp;
import org.litmine.annotators.relation.TripleMention;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.document.Table;
import org.litmine.pipeline.limits.DocumentNotes;
import org.litmine.pipeline.limits.Limits;
import org.litmine.pipeline.limits.SentenceCapAnnotator;
import org.litmine.pipeline.limits.TimeBudget;
import org.litmine.pipeline.output.EntityAggregator;
import org.litmine.pipeline.output.EntityRecord;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.TripleAggregator;
import org.litmine.pipeline.output.TripleRecord;
import org.litmine.pipeline.trial.TrialExtractor;
import org.litmine.pipeline.trial.TrialRecord;

/**
 * Runs CoreNLP with litmine's annotators over each paragraph of a paper and emits the document line, its
 * triples, its trial records and the entities it mentions, or a failure line. The CoreNLP pipeline is built once
 * per DoFn instance, on first use. Annotation runs under the run's time budget; sentences over the token cap are
 * split for the parser and noted on the document ({@link Limits}).
 */
public class AnnotatePaperFn extends DoFn<String, String> {

  static final String STAGE = "annotate";

  private final Counter millis = Metrics.counter(AnnotatePaperFn.class, "annotate_ms");
  private final Counter tokens = Metrics.counter(AnnotatePaperFn.class, "tokens");
  private final Counter sentences = Metrics.counter(AnnotatePaperFn.class, "sentences");
  private final Counter parsedSentences = Metrics.counter(AnnotatePaperFn.class, "parsed_sentences");
  private final Counter longSentences = Metrics.counter(AnnotatePaperFn.class, "long_sentences_split");
  private transient BioNlp nlp;
  private transient TrialExtractor trialExtractor;
  private transient Limits limits;
  private transient int paperThreads;

  @Setup
  public void setup() {
    trialExtractor = new TrialExtractor();
  }

  @StartBundle
  public void startBundle(StartBundleContext context) {
    if (limits == null) {
      LitmineOptions options = context.getPipelineOptions().as(LitmineOptions.class);
      limits = Limits.of(options);
      paperThreads = options.getPaperThreads();
    }
  }

  /**
   * The CoreNLP pipeline, with long sentences capped ({@link SentenceCapAnnotator}) and {@code --paperThreads}
   * threads per paper (fewer than one means one); built on first use and again after a time budget abandoned a run that had not stopped
   * (one pipeline serves one thread).
   */
  private BioNlp nlp() {
    if (nlp == null) {
      Properties props = SentenceCapAnnotator.properties(limits.maxSentenceTokens());
      props.setProperty(BioNlp.PAPER_THREADS, Integer.toString(paperThreads));
      nlp = new BioNlp(props);
    }
    return nlp;
  }

  @ProcessElement
  public void process(@Element String paperJson, MultiOutputReceiver out) {
    Paper paper = Json.parse(paperJson, Paper.class);
    long start = System.nanoTime();
    try {
      TripleAggregator triples = new TripleAggregator(paper.doc());
      EntityAggregator entities = new EntityAggregator(paper.doc());
      List<Passage> passages = passages(paper);
      BioNlp pipeline = nlp();
      List<Annotation> annotations = limits.timeBudget().run(STAGE,
          () -> pipeline.annotateDocument(passages.stream().map(Passage::text).toList()));
      List<String> notes = SentenceCapAnnotator.notes(annotations, limits.maxSentenceTokens());
      longSentences.inc(SentenceCapAnnotator.splitIn(annotations));
      Map<Paragraph, List<CoreMap>> sentencesByParagraph = new LinkedHashMap<>();
      for (int i = 0; i < passages.size(); i++) {
        List<CoreMap> annotated = collect(passages.get(i), annotations.get(i), triples, entities);
        if (passages.get(i).paragraph() != null) {
          sentencesByParagraph.put(passages.get(i).paragraph(), annotated);
        }
      }
      List<TrialRecord> trials = trialExtractor.extract(paper, sentencesByParagraph);
      out.get(Tags.DOCUMENTS).output(DocumentNotes.add(paperJson, notes));
      for (TripleRecord triple : triples.triples()) {
        out.get(Tags.TRIPLES).output(Json.line(triple));
      }
      for (TrialRecord trial : trials) {
        out.get(Tags.TRIALS).output(Json.line(trial));
      }
      for (EntityRecord entity : entities.entities()) {
        out.get(Tags.ENTITIES).output(Json.line(entity));
      }
    } catch (TimeBudget.Exceeded e) {
      nlp = e.workerStopped() ? nlp : null;
      out.get(Tags.FAILURES).output(Json.line(FailureRecord.of(paper.path(), STAGE, e.getMessage(), null)));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      out.get(Tags.FAILURES).output(Json.line(FailureRecord.of(paper.path(), STAGE,
          "annotation failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e)));
    } finally {
      millis.inc((System.nanoTime() - start) / 1_000_000);
    }
  }

  /**
   * What is read of a paper: each body paragraph, then each table cell (a cell's evidence offsets are within the
   * cell, its section the table's label).
   */
  record Passage(String section, int page, int start, String text, Paragraph paragraph) {}

  static List<Passage> passages(Paper paper) {
    List<Passage> passages = new ArrayList<>();
    for (Section section : paper.sections()) {
      for (Paragraph paragraph : section.paragraphs()) {
        passages.add(new Passage(section.name(), paragraph.page(), paragraph.start(), paragraph.text(), paragraph));
      }
    }
    for (Table table : paper.tables()) {
      for (List<String> row : table.rows()) {
        for (String cell : row) {
          if (cell != null && !cell.isBlank()) {
            passages.add(new Passage(table.label(), table.page(), 0, cell, null));
          }
        }
      }
    }
    return passages;
  }

  /** Adds the triples and entity mentions of one annotated passage and returns its sentences. */
  private List<CoreMap> collect(Passage passage, Annotation annotation, TripleAggregator triples,
      EntityAggregator entities) {
    List<CoreMap> sentenceMaps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    sentences.inc(sentenceMaps.size());
    for (CoreMap sentence : sentenceMaps) {
      tokens.inc(sentence.get(CoreAnnotations.TokensAnnotation.class).size());
      if (sentence.containsKey(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)) {
        parsedSentences.inc();
      }
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String text = passage.text().substring(begin, end);
      sentence.get(BioAnnotations.BioMentionsAnnotation.class).forEach(entities::add);
      for (TripleMention mention : sentence.get(BioAnnotations.TriplesAnnotation.class)) {
        triples.add(mention, new Evidence(text, passage.section(), passage.page(), passage.start() + begin,
            passage.start() + end, mention.geneText(), mention.drugText(), mention.rule(), mention.hedged()));
      }
    }
    return sentenceMaps;
  }
}
