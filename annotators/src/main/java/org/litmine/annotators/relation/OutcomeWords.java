package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.litmine.annotators.classify.CandidatePair;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/**
 * The outcomes of drugs a sentence names, read from the words of {@code gene-outcome.tsv} for the readings that tie
 * them to a gene ({@link GeneOutcome}, gene first; {@link OutcomeGene}, outcome first): a resistance or sensitivity
 * word with its drugs after it ("resistance to the alkylating agents Y and Z", "sensitivity of cells to Y", "resistance
 * to drugs such as Y") or before it ("Y resistance", "Y-resistant"), a poor word before a sensitivity word ("a reduced
 * response to Y") or a lowering word making it resistance, a survival word counting only after a good or poor word.
 */
final class OutcomeWords {

  static final String WORDS = "org/litmine/annotators/rules/cues/gene-outcome.tsv";
  /** How far after the outcome its drug may stand ("resistance to certain drugs, such as Y"). */
  private static final int OUTCOME_TO_DRUG = 8;
  /** How close before the outcome a poor word must stand to make it one ("a reduced response"). */
  private static final int POOR_BEFORE_OUTCOME = 2;
  /** How many filler words ("rates of objective") may stand between a poor word and its outcome besides. */
  private static final int FILLERS_BEFORE_OUTCOME = 4;

  private final KindedWords words;
  /** Reads the drugs a generic class lists after it: "resistance to TKIs such as erlotinib" reads erlotinib. */
  private final ClassMembers classMembers;

  OutcomeWords(KindedWords words, ClassMembers classMembers) {
    this.words = words;
    this.classMembers = classMembers;
  }

  static OutcomeWords load(ClassMembers classMembers) {
    return new OutcomeWords(KindedWords.load(WORDS), classMembers);
  }

  /** The same words, reading through words of denial ({@link KindedWords#readingDenials}). */
  OutcomeWords readingDenials() {
    return new OutcomeWords(words.readingDenials(), classMembers);
  }

  /** Whether a token of the sentence is one of these words of denial. */
  boolean anyDenial(List<CoreLabel> tokens) {
    return words.anyDenial(tokens);
  }

  /** The (gene, drug) pairs a sentence ties to one effect by one rule, each pair once. */
  record Tied(String rule, Effect effect, List<CandidatePair> pairs) {}

  /** Adds the pairs of a gene and an outcome's drugs to the group of the outcome's rule, each pair once. */
  static void tie(Map<String, Tied> byRule, BioMention gene, Outcome outcome) {
    String rule = outcome.state().rule(outcome.effect());
    Tied into = byRule.computeIfAbsent(rule,
        r -> new Tied(r, outcome.state().effect(outcome.effect()), new ArrayList<>()));
    for (BioMention drug : outcome.drugs()) {
      CandidatePair pair = new CandidatePair(gene, drug);
      if (!into.pairs().contains(pair)) {
        into.pairs().add(pair);
      }
    }
  }

  /** An outcome a link ties the gene to: its effect read of the gene's presence, its drugs and the gene's state. */
  record Outcome(Effect effect, List<BioMention> drugs, GeneState state) {

    /** The same outcome of a gene in the state the words give it. */
    Outcome in(GeneState geneState) {
      return new Outcome(effect, drugs, geneState);
    }

    /** The token after the outcome's last drug. */
    int end() {
      return drugs.stream().mapToInt(BioMention::tokenEnd).max().orElse(0);
    }
  }

  /** Whether the token at {@code k} is a word of the kind. */
  boolean is(List<CoreLabel> tokens, int k, String kind) {
    return words.is(tokens, k, kind);
  }

  /** Whether a word of the kind stands right before a token, or before an "of" right before it. */
  boolean standsBefore(List<CoreLabel> tokens, int begin, String kind) {
    return words.standsBefore(tokens, begin, kind);
  }

  /** Whether the token at {@code k} is a word of the kind, or ends in one of {@code suffixKind}. */
  boolean isOrEndsWith(List<CoreLabel> tokens, int k, String kind, String suffixKind) {
    return words.is(tokens, k, kind) || endsWith(tokens, k, suffixKind);
  }

  /** Whether the token at {@code k} ends in a word of the kind and is longer than it ("x-deficient"). */
  boolean endsWith(List<CoreLabel> tokens, int k, String suffixKind) {
    return words.endsWith(KindedWords.word(tokens, k), suffixKind);
  }

  /** A word that names the link and the outcome at once ("X knockdown sensitized cells to Y"), with its drugs. */
  Outcome sensitivityAt(int k, List<BioMention> mentions, List<CoreLabel> tokens) {
    List<BioMention> drugs = drugsAfter(k, mentions, tokens);
    return drugs.isEmpty() ? null : new Outcome(Effect.RESPONSE, drugs, GeneState.PRESENT);
  }

  /**
   * The outcome a resistance or sensitivity word at {@code k} names with its drugs after it ("resistance to Y") or
   * right before it ("Y resistance"), a poor word just before it making a sensitivity one resistance ("a reduced
   * response to Y"); null if it names no drug.
   */
  Outcome outcomeAt(int k, List<BioMention> mentions, List<CoreLabel> tokens) {
    boolean resistance = words.is(tokens, k, "resistance");
    if (!resistance && !words.is(tokens, k, "sensitivity")) {
      return null;
    }
    boolean poor = false;
    for (int j = Math.max(0, k - POOR_BEFORE_OUTCOME - FILLERS_BEFORE_OUTCOME); j < k; j++) {
      poor |= words.is(tokens, j, "poor") && near(j, k, tokens);
    }
    List<BioMention> drugs = drugsAfter(k, mentions, tokens);
    BioMention before = k > 0 ? JoinedMentions.drugEndingAt(k - 1, mentions) : null;
    if (drugs.isEmpty() && before != null && before.type() != EntityType.CHEMICAL) {
      List<BioMention> listed = JoinedMentions.upTo(before, before.tokenBegin() - 1,
          t -> JoinedMentions.drugEndingAt(t, mentions), tokens);
      drugs = namedDrug(listed, mentions) ? withoutChemicals(listed) : List.of();
    }
    return drugs.isEmpty() ? null : new Outcome(effect(resistance, !resistance && poor), drugs, GeneState.PRESENT);
  }

  /**
   * The outcome within {@code reach} tokens after a link (or a joiner), or null; a gene {@code geneStops} accepts
   * ends the search.
   */
  Outcome outcomeAfter(int from, int reach, boolean down, IntPredicate geneStops, List<BioMention> mentions,
      List<CoreLabel> tokens) {
    int poor = -1;
    int good = -1;
    for (int k = from + 1; k < tokens.size() && k <= from + reach; k++) {
      if (stops(tokens, k) || geneStops.test(k)) {
        return null;
      }
      BioMention drug = JoinedMentions.drugAt(k, mentions);
      if (drug != null) {
        return drug.type() == EntityType.CHEMICAL ? null : outcomeNamedAfter(drug, down, mentions, tokens);
      }
      if (words.is(tokens, k, "poor")) {
        poor = k;
      } else if (words.is(tokens, k, "good")) {
        good = k;
      } else if (words.is(tokens, k, "link-down")) {
        down = true;
      }
      boolean resistance = words.is(tokens, k, "resistance");
      boolean qualified = near(poor, k, tokens) || near(good, k, tokens);
      if (resistance || words.is(tokens, k, "sensitivity") || qualified && words.is(tokens, k, "survival")) {
        List<BioMention> drugs = drugsAfter(k, mentions, tokens);
        boolean lowered = down ^ (!resistance && near(poor, k, tokens));
        return drugs.isEmpty() ? null : new Outcome(effect(resistance, lowered), drugs, GeneState.PRESENT);
      }
    }
    return null;
  }

  /** The outcome of drugs named before it: "Y resistance", "Y and Z resistance", "Y-resistant". */
  private Outcome outcomeNamedAfter(BioMention drug, boolean down, List<BioMention> mentions,
      List<CoreLabel> tokens) {
    List<BioMention> drugs = listedFrom(drug, mentions, tokens);
    BioMention last = drugs.get(drugs.size() - 1);
    String own = KindedWords.word(tokens, last.tokenEnd() - 1);
    if (words.endsWith(own, "resistance-suffix")) {
      return new Outcome(effect(true, down), drugs, GeneState.PRESENT);
    }
    int after = last.tokenEnd();
    if (after >= tokens.size() || !namedDrug(drugs, mentions)) {
      return null;
    }
    boolean resistance = words.is(tokens, after, "resistance");
    return resistance || words.is(tokens, after, "sensitivity")
        ? new Outcome(effect(resistance, down), drugs, GeneState.PRESENT) : null;
  }

  /**
   * Whether a qualifying word at {@code word} (-1: none) stands close enough before an outcome at {@code k}, the filler
   * words between not counted ("lower rates of objective response").
   */
  private boolean near(int word, int k, List<CoreLabel> tokens) {
    if (word < 0 || word >= k || k - word > POOR_BEFORE_OUTCOME + FILLERS_BEFORE_OUTCOME) {
      return false;
    }
    int between = 0;
    for (int j = word + 1; j < k; j++) {
      between += words.is(tokens, j, "filler") ? 0 : 1;
    }
    return between < POOR_BEFORE_OUTCOME;
  }

  private static Effect effect(boolean resistance, boolean lowered) {
    return resistance != lowered ? Effect.RESISTANCE : Effect.RESPONSE;
  }

  /** The drugs an outcome names after it and a word that leads to them ("to", "of", "against"); none if none. */
  List<BioMention> drugsAfter(int outcome, List<BioMention> mentions, List<CoreLabel> tokens) {
    boolean led = false;
    for (int k = outcome + 1; k < tokens.size() && k <= outcome + OUTCOME_TO_DRUG; k++) {
      if (stops(tokens, k)
          || JoinedMentions.geneAt(k, mentions) != null && JoinedMentions.drugAt(k, mentions) == null) {
        return List.of();
      }
      BioMention drug = JoinedMentions.drugAt(k, mentions);
      if (drug != null) {
        if (!led) {
          return List.of();
        }
        List<BioMention> members = drug.type() == EntityType.DRUG_CLASS
            ? classMembers.membersOf(drug, mentions, tokens) : List.of();
        if (!members.isEmpty()) {
          return members;
        }
        List<BioMention> drugs = listedFrom(drug, mentions, tokens);
        return namedDrug(drugs, mentions) ? drugs : List.of();
      }
      led |= words.is(tokens, k, "drug-link");
    }
    return List.of();
  }

  /** A drug and the drugs listed after it, less the chemicals among them. */
  private static List<BioMention> listedFrom(BioMention drug, List<BioMention> mentions, List<CoreLabel> tokens) {
    return withoutChemicals(JoinedMentions.from(drug, t -> JoinedMentions.drugAt(t, mentions), tokens));
  }

  /** A list of drugs less the chemicals after its first. */
  private static List<BioMention> withoutChemicals(List<BioMention> listed) {
    List<BioMention> drugs = new ArrayList<>(listed.subList(0, 1));
    listed.subList(1, listed.size()).stream().filter(d -> d.type() != EntityType.CHEMICAL).forEach(drugs::add);
    return drugs;
  }

  /**
   * Whether the first drug of a list is a named drug or a class that stands for drugs ("EGFR TKIs", "taxanes"), not a
   * chemical ("resistance to hydrogen peroxide" is no drug's).
   */
  private boolean namedDrug(List<BioMention> drugs, List<BioMention> mentions) {
    BioMention first = drugs.get(0);
    return first.type() == EntityType.DRUG
        || first.type() == EntityType.DRUG_CLASS && classMembers.standsForDrugs(first, mentions);
  }

  /** Whether a comma and a conjunction start another clause at a token: "A and B mutations, and may be ...". */
  static boolean joinsClauses(List<CoreLabel> tokens, int k) {
    return ",".equals(KindedWords.word(tokens, k)) && k + 1 < tokens.size()
        && JoinedMentions.joins(tokens, k + 1) && !",".equals(KindedWords.word(tokens, k + 1));
  }

  /** Whether a token ends the clause or negates the statement. */
  boolean stops(List<CoreLabel> tokens, int k) {
    return words.is(tokens, k, "break") || words.is(tokens, k, KindedWords.NEGATION);
  }
}
