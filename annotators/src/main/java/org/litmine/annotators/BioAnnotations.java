package org.litmine.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.ErasureUtils;
import java.util.List;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.relation.TripleMention;
import org.litmine.annotators.trial.TrialFact;

/**
 * Typed annotation keys written by litmine's annotators, in the manner of CoreNLP's {@code CoreAnnotations}.
 *
 * <p>Entity tokens also carry their entity type in CoreNLP's {@code NamedEntityTagAnnotation} ({@code GENE},
 * {@code DRUG}, {@code DRUG_CLASS}, {@code CANCER}), so that Semgrex and TokensRegex rules can name them as
 * {@code {ner:GENE}}.
 */
public final class BioAnnotations {

  private BioAnnotations() {}

  /** On a sentence: the biomedical entity mentions found in it, in token order. */
  public static final class BioMentionsAnnotation implements CoreAnnotation<List<BioMention>> {
    @Override
    public Class<List<BioMention>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** On a sentence: the gene–drug–effect triples it asserts (or negates). */
  public static final class TriplesAnnotation implements CoreAnnotation<List<TripleMention>> {
    @Override
    public Class<List<TripleMention>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** On a text: how many of its sentences were split because they were too long (see {@code SentenceCapAnnotator}). */
  public static final class SplitSentencesAnnotation implements CoreAnnotation<Integer> {
    @Override
    public Class<Integer> getType() {
      return Integer.class;
    }
  }

  /** On a sentence: the clinical-trial facts it states (registry ids, phases, participant counts), in token order. */
  public static final class TrialFactsAnnotation implements CoreAnnotation<List<TrialFact>> {
    @Override
    public Class<List<TrialFact>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }
}
