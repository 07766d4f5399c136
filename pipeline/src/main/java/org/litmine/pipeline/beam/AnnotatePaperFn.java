package org.litmine.pipeline.beam;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.BioNlp;
import org.litmine.annotators.relation.TripleMention;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.TripleAggregator;
import org.litmine.pipeline.output.TripleRecord;
import org.litmine.pipeline.trial.TrialExtractor;
import org.litmine.pipeline.trial.TrialRecord;

/**
 * Runs CoreNLP with litmine's annotators over each paragraph of a paper and emits the document line, its
 * triples and its trial records, or a failure line. The CoreNLP pipeline is built once per DoFn instance in
 * {@code @Setup}.
 */
public class AnnotatePaperFn extends DoFn<String, String> {

  static final String STAGE = "annotate";

  private final Counter millis = Metrics.counter(AnnotatePaperFn.class, "annotate_ms");
  private final Counter tokens = Metrics.counter(AnnotatePaperFn.class, "tokens");
  private final Counter sentences = Metrics.counter(AnnotatePaperFn.class, "sentences");
  private transient BioNlp nlp;
  private transient TrialExtractor trialExtractor;

  @Setup
  public void setup() {
    nlp = new BioNlp();
    trialExtractor = new TrialExtractor();
  }

  @ProcessElement
  public void process(@Element String paperJson, MultiOutputReceiver out) {
    Paper paper = Json.parse(paperJson, Paper.class);
    long start = System.nanoTime();
    try {
      TripleAggregator triples = new TripleAggregator(paper.doc());
      List<Section> sectionOf = new ArrayList<>();
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Section section : paper.sections()) {
        for (Paragraph paragraph : section.paragraphs()) {
          sectionOf.add(section);
          paragraphs.add(paragraph);
        }
      }
      List<Annotation> annotations = nlp.annotateDocument(paragraphs.stream().map(Paragraph::text).toList());
      Map<Paragraph, List<CoreMap>> sentencesByParagraph = new LinkedHashMap<>();
      for (int i = 0; i < paragraphs.size(); i++) {
        sentencesByParagraph.put(paragraphs.get(i), collect(sectionOf.get(i), paragraphs.get(i), annotations.get(i),
            triples));
      }
      List<TrialRecord> trials = trialExtractor.extract(paper, sentencesByParagraph);
      out.get(Tags.DOCUMENTS).output(paperJson);
      for (TripleRecord triple : triples.triples()) {
        out.get(Tags.TRIPLES).output(Json.line(triple));
      }
      for (TrialRecord trial : trials) {
        out.get(Tags.TRIALS).output(Json.line(trial));
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      out.get(Tags.FAILURES).output(Json.line(FailureRecord.of(paper.path(), STAGE,
          "annotation failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e)));
    } finally {
      millis.inc((System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Adds the triples of one annotated paragraph and returns its sentences. */
  private List<CoreMap> collect(Section section, Paragraph paragraph, Annotation annotation,
      TripleAggregator triples) {
    List<CoreMap> sentenceMaps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    sentences.inc(sentenceMaps.size());
    for (CoreMap sentence : sentenceMaps) {
      tokens.inc(sentence.get(CoreAnnotations.TokensAnnotation.class).size());
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String text = paragraph.text().substring(begin, end);
      for (TripleMention mention : sentence.get(BioAnnotations.TriplesAnnotation.class)) {
        triples.add(mention, new Evidence(text, section.name(), paragraph.page(), paragraph.start() + begin,
            paragraph.start() + end, mention.geneText(), mention.drugText(), mention.rule(), mention.hedged()));
      }
    }
    return sentenceMaps;
  }
}
