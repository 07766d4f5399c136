package org.litmine.pipeline.trial;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.trial.TrialFact;
import org.litmine.annotators.trial.TrialFactAnnotator;

/**
 * The sentence-level trial facts (registry ids, phases, participant counts, CI levels) that
 * {@link TrialFactAnnotator} read in the passages of a paper (its title, paragraphs and table cells), looked up by
 * the passage's text, and the readings of a list of facts the trial extractors use. The trial extractors read no
 * registry id, phase or count of people in a sentence themselves.
 */
public final class TrialFacts {

  private final Map<String, List<TrialFact>> byText;

  /** The facts of each passage, by its text. */
  public TrialFacts(Map<String, List<TrialFact>> byText) {
    this.byText = new HashMap<>(byText);
  }

  /** The facts of annotated passages: each text with its sentences as the annotators gave them. */
  public static TrialFacts of(Map<String, List<CoreMap>> passages) {
    Map<String, List<TrialFact>> byText = new HashMap<>();
    passages.forEach((text, sentences) -> byText.putIfAbsent(text, of(sentences)));
    return new TrialFacts(byText);
  }

  /** The facts of annotated sentences, in order. */
  public static List<TrialFact> of(List<CoreMap> sentences) {
    List<TrialFact> facts = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<TrialFact> own = sentence.get(BioAnnotations.TrialFactsAnnotation.class);
      facts.addAll(own == null ? List.of() : own);
    }
    return facts;
  }

  /** The facts of one annotated sentence, their character offsets of the sentence's text (not its passage's). */
  public static List<TrialFact> ofSentence(CoreMap sentence) {
    Integer begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int shift = begin == null ? 0 : begin;
    return of(List.of(sentence)).stream().map(f -> f.shifted(-shift)).toList();
  }

  /** The facts of a passage; none for a text that is no passage of the paper. */
  public List<TrialFact> in(String text) {
    return byText.getOrDefault(text, List.of());
  }

  /** The distinct registry ids of the facts, in order. */
  public static List<String> registryIds(List<TrialFact> facts) {
    return TrialFact.values(facts, TrialFact.Kind.REGISTRY_ID);
  }

  /** The first phase of the facts. */
  public static Optional<String> phase(List<TrialFact> facts) {
    return TrialFact.values(facts, TrialFact.Kind.PHASE).stream().findFirst();
  }

  /** The first participant count of the facts. */
  public static Optional<Integer> participants(List<TrialFact> facts) {
    return facts.stream().filter(f -> f.kind() == TrialFact.Kind.PARTICIPANTS).map(TrialFact::count).findFirst();
  }
}
