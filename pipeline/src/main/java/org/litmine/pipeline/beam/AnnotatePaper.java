package org.litmine.pipeline.beam;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.BioNlp;
import org.litmine.annotators.classify.PairClassifier;
import org.litmine.annotators.parse.SentenceCapAnnotator;
import org.litmine.annotators.relation.TripleMention;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.document.Table;
import org.litmine.pipeline.limits.Limits;
import org.litmine.pipeline.limits.TimeBudget;
import org.litmine.pipeline.options.LitmineOptions;
import org.litmine.pipeline.output.EntityAggregator;
import org.litmine.pipeline.output.EntityRecord;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.FamilyTripleRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.TripleAggregator;
import org.litmine.pipeline.output.TripleRecord;
import org.litmine.pipeline.output.UngroundedTripleRecord;
import org.litmine.pipeline.trial.TrialExtractor;
import org.litmine.pipeline.trial.TrialRecord;

/**
 * The annotate stage: runs CoreNLP with litmine's annotators over each paragraph of a paper the read stage gave and
 * gives the document line (the paper as JSON, written here once), its triples (of genes and of gene families), its
 * trial records and the entities it mentions, or a failure line. Papers annotated at once
 * ({@link PapersInFlightFn}) each have a CoreNLP pipeline of their own ({@link IdlePipelines}). Annotation
 * runs under the run's time budget; sentences over the token cap are split for the parser and noted on the document
 * ({@link Limits}).
 */
final class AnnotatePaper implements Serializable {

  static final String STAGE = "annotate";

  private final Counter millis = Metrics.counter(AnnotatePaper.class, "annotate_ms");
  private final Counter tokens = Metrics.counter(AnnotatePaper.class, "tokens");
  private final Counter sentences = Metrics.counter(AnnotatePaper.class, "sentences");
  private final Counter parsedSentences = Metrics.counter(AnnotatePaper.class, "parsed_sentences");
  private final Counter longSentences = Metrics.counter(AnnotatePaper.class, "long_sentences_split");
  private transient TrialExtractor trialExtractor;
  private transient Limits limits;
  private transient IdlePipelines.Settings pipelineSettings;

  /** Called once per DoFn instance, in its {@code @Setup}, with the run's options. */
  void prepare(LitmineOptions options) {
    trialExtractor = new TrialExtractor();
    limits = Limits.of(options);
    pipelineSettings = new IdlePipelines.Settings(limits.maxSentenceTokens(), options.getPaperThreads(),
        options.getRelationModels(), options.getTrainedMentions());
    // The first pipeline is built here, in the DoFn's @Setup: the models load before any paper's clock starts.
    IdlePipelines.giveBack(pipelineSettings, IdlePipelines.take(pipelineSettings));
  }

  /** Annotates one paper into its output lines, put in {@code out}. */
  void annotate(Paper paper, ElementOutput out) {
    long start = System.nanoTime();
    BioNlp pipeline = IdlePipelines.take(pipelineSettings);
    boolean reusable = true;
    try {
      TripleAggregator triples = new TripleAggregator(paper.doc());
      EntityAggregator entities = new EntityAggregator(paper.doc());
      List<Passage> passages = passages(paper);
      List<Annotation> annotations = limits.timeBudget().run(STAGE,
          () -> pipeline.annotateDocument(passages.stream().map(Passage::text).toList()));
      List<String> notes = SentenceCapAnnotator.notes(annotations, limits.maxSentenceTokens());
      out.count(longSentences, SentenceCapAnnotator.splitIn(annotations));
      Map<Paragraph, List<CoreMap>> sentencesByParagraph = new LinkedHashMap<>();
      Map<String, List<CoreMap>> cellsAndTitle = new LinkedHashMap<>();
      for (int i = 0; i < passages.size(); i++) {
        List<CoreMap> annotated = collect(passages.get(i), annotations.get(i), triples, entities, out);
        if (passages.get(i).paragraph() != null) {
          sentencesByParagraph.put(passages.get(i).paragraph(), annotated);
        } else {
          cellsAndTitle.putIfAbsent(passages.get(i).text(), annotated);
        }
      }
      cellsAndTitle.putIfAbsent(paper.title() == null ? "" : paper.title(), title(paper, pipeline));
      List<TrialRecord> trials = trialExtractor.extract(paper, sentencesByParagraph, cellsAndTitle);
      out.output(Tags.DOCUMENTS, Json.line(paper.withNotes(notes)));
      for (TripleRecord triple : triples.triples()) {
        out.output(Tags.TRIPLES, Json.line(triple));
      }
      for (FamilyTripleRecord triple : triples.familyTriples()) {
        out.output(Tags.FAMILY_TRIPLES, Json.line(triple));
      }
      for (UngroundedTripleRecord triple : triples.ungroundedTriples()) {
        out.output(Tags.UNGROUNDED_TRIPLES, Json.line(triple));
      }
      for (TrialRecord trial : trials) {
        out.output(Tags.TRIALS, Json.line(trial));
      }
      for (EntityRecord entity : entities.entities()) {
        out.output(Tags.ENTITIES, Json.line(entity));
      }
    } catch (TimeBudget.Exceeded e) {
      reusable = e.workerStopped();
      out.output(Tags.FAILURES, Json.line(FailureRecord.of(paper.path(), STAGE, e.getMessage(), null)));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      out.output(Tags.FAILURES, Json.line(FailureRecord.of(paper.path(), STAGE,
          "annotation failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e)));
    } finally {
      if (reusable) {
        IdlePipelines.giveBack(pipelineSettings, pipeline);
      }
      out.count(millis, (System.nanoTime() - start) / 1_000_000);
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

  /**
   * The title's sentences as the annotators read it, for the trial records alone (a trial report's cancer type and
   * arms are read from its title): annotated on its own, after the paper, so that its entities and triples, which are
   * not the paper's body, change nothing else.
   */
  private List<CoreMap> title(Paper paper, BioNlp pipeline) throws TimeBudget.Exceeded {
    if (paper.title() == null || paper.title().isBlank()) {
      return List.of();
    }
    return limits.timeBudget().run(STAGE, () -> pipeline.annotate(paper.title()))
        .get(CoreAnnotations.SentencesAnnotation.class);
  }

  /** The classifier's probability for a triple it found, to three decimals; null for a rule's. */
  private static Double probabilityOf(TripleMention mention) {
    return PairClassifier.RULE_NAME.equals(mention.rule())
        ? Math.round(mention.ruleConfidence() * 1000) / 1000.0 : null;
  }

  /** Adds the triples and entity mentions of one annotated passage and returns its sentences. */
  private List<CoreMap> collect(Passage passage, Annotation annotation, TripleAggregator triples,
      EntityAggregator entities, ElementOutput out) {
    List<CoreMap> sentenceMaps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    out.count(sentences, sentenceMaps.size());
    for (CoreMap sentence : sentenceMaps) {
      out.count(tokens, sentence.get(CoreAnnotations.TokensAnnotation.class).size());
      if (sentence.containsKey(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)) {
        out.count(parsedSentences, 1);
      }
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String text = passage.text().substring(begin, end);
      sentence.get(BioAnnotations.BioMentionsAnnotation.class).forEach(entities::add);
      for (TripleMention mention : sentence.get(BioAnnotations.TriplesAnnotation.class)) {
        triples.add(mention, new Evidence(text, passage.section(), passage.page(), passage.start() + begin,
            passage.start() + end, mention.geneText(), mention.drugText(), mention.geneAlias(), mention.drugAlias(),
            mention.rule(), probabilityOf(mention), mention.hedged()));
      }
    }
    return sentenceMaps;
  }
}
