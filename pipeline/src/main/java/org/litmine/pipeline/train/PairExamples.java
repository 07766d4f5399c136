package org.litmine.pipeline.train;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.litmine.annotators.BioNlp;
import org.litmine.annotators.classify.CandidatePair;
import org.litmine.annotators.relation.RelationAnnotator;

/**
 * Turns labelled texts into training examples: each text runs through litmine's own pipeline (entities, the paper's
 * definitions, the parse, the rules), and every candidate pair of its mentions becomes an example labelled from the
 * corpus. A labelled pair whose mentions litmine does not both recognize yields no example and is counted as missed:
 * the model only ever sees the pairs the pipeline will give it.
 */
final class PairExamples {

  /** The examples, and per corpus the labelled positive pairs no candidate matched. */
  record Result(List<PairExample> examples, Map<String, Integer> missedPositives) {}

  private final LabelMap labels;
  private final int threads;

  PairExamples(LabelMap labels, int threads) {
    this.labels = labels;
    this.threads = threads;
  }

  Result of(List<LabelledText> texts) throws InterruptedException {
    Properties props = new Properties();
    props.setProperty("biorelation.classifier.models", "");
    ThreadLocal<BioNlp> nlp = ThreadLocal.withInitial(() -> new BioNlp(props));
    ThreadLocal<RelationAnnotator> relations =
        ThreadLocal.withInitial(() -> new RelationAnnotator("biorelation", props));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<TextExamples>> futures = new ArrayList<>();
      for (LabelledText text : texts) {
        futures.add(pool.submit(() -> examplesOf(text, nlp.get(), relations.get())));
      }
      List<PairExample> examples = new ArrayList<>();
      Map<String, Integer> missed = new java.util.TreeMap<>();
      for (Future<TextExamples> f : futures) {
        TextExamples te = org.litmine.annotators.ThreadFailures.await(f, "interrupted while reading training texts");
        examples.addAll(te.examples());
        if (te.missed() > 0) {
          missed.merge(te.corpus(), te.missed(), Integer::sum);
        }
      }
      return new Result(examples, missed);
    } finally {
      pool.shutdownNow();
    }
  }

  private record TextExamples(String corpus, List<PairExample> examples, int missed) {}

  private TextExamples examplesOf(LabelledText text, BioNlp nlp, RelationAnnotator relations) {
    String model = labels.modelOf(text.corpus());
    Annotation annotation = nlp.annotate(text.text());
    List<PairExample> examples = new ArrayList<>();
    boolean[] matched = new boolean[text.pairs().size()];
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (Map.Entry<CandidatePair, List<String>> e : relations.pairFeatures(sentence).entrySet()) {
        CandidatePair pair = e.getKey();
        String label = labelOf(text, pair, matched);
        if (!label.equals(LabelMap.NEUTRAL)) {
          examples.add(new PairExample(text.corpus(), text.group(), model, label, e.getValue()));
        }
      }
    }
    int missed = 0;
    for (int i = 0; i < matched.length; i++) {
      String label = labels.modelLabel(text.corpus(), text.pairs().get(i).label());
      if (!matched[i] && !label.equals(LabelMap.NONE) && !label.equals(LabelMap.NEUTRAL)) {
        missed++;
      }
    }
    return new TextExamples(text.corpus(), examples, missed);
  }

  /** A positive label of a labelled pair the candidate matches, else neutral if one is neutral, else none. */
  private String labelOf(LabelledText text, CandidatePair pair, boolean[] matched) {
    String found = LabelMap.NONE;
    for (int i = 0; i < text.pairs().size(); i++) {
      LabelledPair labelled = text.pairs().get(i);
      if (!labelled.matches(pair.gene().charBegin(), pair.gene().charEnd(), pair.drug().charBegin(),
          pair.drug().charEnd())) {
        continue;
      }
      matched[i] = true;
      String label = labels.modelLabel(text.corpus(), labelled.label());
      if (!label.equals(LabelMap.NONE) && !label.equals(LabelMap.NEUTRAL)) {
        if (found.equals(LabelMap.NONE) || found.equals(LabelMap.NEUTRAL) || label.compareTo(found) < 0) {
          found = label;
        }
      } else if (label.equals(LabelMap.NEUTRAL) && found.equals(LabelMap.NONE)) {
        found = label;
      }
    }
    return found;
  }
}
