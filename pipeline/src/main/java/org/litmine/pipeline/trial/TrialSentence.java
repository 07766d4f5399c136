package org.litmine.pipeline.trial;

import java.util.List;
import java.util.Optional;
import org.litmine.annotators.trial.TrialFact;

/**
 * A sentence of the body as the trial extractors read it: its text, the section it is in, the paragraph it belongs
 * to (an index), the drugs and cancers the entity annotator found in it, in order, and the trial facts (registry ids,
 * phases, participant counts, CI levels) the trial annotator read in it, their character offsets of {@code text}.
 * {@code drugs} holds normalized drug identifiers and {@code drugTexts} the same mentions as written.
 */
public record TrialSentence(String text, String section, int paragraph, List<String> drugs, List<String> drugTexts,
    List<String> cancers, List<TrialFact> facts) {

  public TrialSentence {
    drugs = List.copyOf(drugs);
    drugTexts = List.copyOf(drugTexts);
    cancers = List.copyOf(cancers);
    facts = List.copyOf(facts);
  }

  /** The registry ids the sentence gives, each once, in order. */
  public List<String> registryIds() {
    return TrialFacts.registryIds(facts);
  }

  /** The first trial phase the sentence names. */
  public Optional<String> phase() {
    return TrialFacts.phase(facts);
  }

  /** The first count of people the sentence gives ("311 Ewing sarcoma patients"). */
  public Optional<Integer> participants() {
    return TrialFacts.participants(facts);
  }
}
