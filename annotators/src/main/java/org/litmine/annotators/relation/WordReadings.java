package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.litmine.annotators.classify.CandidatePair;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.ner.BioMention;

/**
 * The pairs a sentence relates in its words rather than its parse, where the parser garbles the noun phrases that say
 * it: the drugs a class named after its target lists ({@link ClassMembers}, inhibits), the drugs that work in, or
 * are resisted by, carriers a gene marks ({@link CarrierResponse}, response and resistance) and the drugs a gene's
 * presence or loss is tied to resistance or sensitivity to ({@link GeneOutcome}, gene first; {@link OutcomeGene},
 * outcome first). A reading yields to what the Semgrex rules found for its pair: a class member to any effect, a
 * carrier's or a gene outcome's response, resistance or sensitizes to a rule's resistance, sensitizes or response.
 * A statement that a word of denial negates ("EGFR expression did not predict response to cetuximab") is read a
 * second time through that word; such a reading is {@code denied}, kept only as a negated triple.
 */
final class WordReadings {

  /**
   * One pair read from the words, with the rule name its triples give as evidence, its effect and confidence, and
   * whether it was read only through a word of denial.
   */
  record Reading(String rule, Effect effect, double confidence, CandidatePair pair, boolean denied) {}

  private static final Set<String> PREDICTIVE_EFFECTS =
      Set.of(Effect.RESISTANCE.label(), Effect.SENSITIZES.label(), Effect.RESPONSE.label());

  private final ClassMembers classMembers;
  private final CarrierResponse carrierResponse;
  private final GeneOutcome geneOutcome;
  private final OutcomeGene outcomeGene;
  private final OutcomeWords outcomes;
  private final CarrierResponse deniedCarriers;
  private final GeneOutcome deniedGeneOutcome;
  private final OutcomeGene deniedOutcomeGene;

  private WordReadings(ClassMembers classMembers, CarrierResponse carrierResponse, OutcomeWords outcomes) {
    this.classMembers = classMembers;
    this.carrierResponse = carrierResponse;
    this.geneOutcome = new GeneOutcome(outcomes);
    this.outcomeGene = new OutcomeGene(outcomes);
    this.outcomes = outcomes;
    this.deniedCarriers = carrierResponse.readingDenials();
    OutcomeWords throughDenials = outcomes.readingDenials();
    this.deniedGeneOutcome = new GeneOutcome(throughDenials);
    this.deniedOutcomeGene = new OutcomeGene(throughDenials);
  }

  static WordReadings load(Lexicon classTargets) {
    ClassMembers members = ClassMembers.load(classTargets);
    return new WordReadings(members, CarrierResponse.load(members), OutcomeWords.load(members));
  }

  /**
   * The readings of a sentence in order: class members first, then carriers' responses and resistance, then genes
   * tied to resistance or sensitivity (a later reading of a pair gives way to an earlier one's predictive effect);
   * then the denied readings, those found only through a word of denial.
   */
  List<Reading> of(List<BioMention> mentions, List<CoreLabel> tokens) {
    List<Reading> readings = new ArrayList<>();
    for (CandidatePair pair : classMembers.of(mentions, tokens)) {
      readings.add(new Reading(ClassMembers.RULE_NAME, Effect.INHIBITS, ClassMembers.CONFIDENCE, pair, false));
    }
    readings.addAll(predictive(carrierResponse, geneOutcome, outcomeGene, mentions, tokens, false));
    if (!carrierResponse.anyDenial(tokens) && !outcomes.anyDenial(tokens)) {
      return readings;  // read through no word of denial, the readers would read the same again
    }
    for (Reading denied : predictive(deniedCarriers, deniedGeneOutcome, deniedOutcomeGene, mentions, tokens, true)) {
      if (readings.stream().noneMatch(r -> r.pair().equals(denied.pair()) && r.effect() == denied.effect())) {
        readings.add(denied);
      }
    }
    return readings;
  }

  private static List<Reading> predictive(CarrierResponse carriersReader, GeneOutcome geneFirst,
      OutcomeGene outcomeFirst, List<BioMention> mentions, List<CoreLabel> tokens, boolean denied) {
    List<Reading> readings = new ArrayList<>();
    CarrierResponse.Carriers carriers = carriersReader.read(mentions, tokens);
    for (CandidatePair pair : carriers.responding()) {
      readings.add(new Reading(CarrierResponse.RULE_NAME, Effect.RESPONSE, CarrierResponse.CONFIDENCE, pair, denied));
    }
    for (CandidatePair pair : carriers.resisting()) {
      readings.add(new Reading(CarrierResponse.RESISTANCE_RULE_NAME, Effect.RESISTANCE, CarrierResponse.CONFIDENCE,
          pair, denied));
    }
    List<OutcomeWords.Tied> outcomes = new ArrayList<>(geneFirst.read(mentions, tokens));
    outcomes.addAll(outcomeFirst.read(mentions, tokens));
    for (OutcomeWords.Tied tied : outcomes) {
      tied.pairs().forEach(p -> readings.add(new Reading(tied.rule(), tied.effect(), GeneOutcome.CONFIDENCE, p,
          denied)));
    }
    return readings;
  }

  /** Whether a reading gives way to the effects already found for its pair. */
  static boolean yields(Reading reading, Set<String> effectsFound) {
    return reading.effect() == Effect.INHIBITS
        ? !effectsFound.isEmpty()
        : !Collections.disjoint(effectsFound, PREDICTIVE_EFFECTS);
  }
}
