package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.litmine.annotators.classify.CandidatePair;
import org.litmine.annotators.classify.SlotKinds;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/**
 * A gene whose presence, expression or mutation a sentence ties to resistance or sensitivity to a drug, read from the
 * words, not the parse, as cancer biology writes it: "overexpression of X in two cell lines enhanced resistance to the
 * methylating agents Y and Z", "forced X expression enhanced the stem-cell phenotype and also Y resistance", "X
 * expression as a specific indicator of resistance to certain drugs, such as Y and Z", "A or B mutation is an
 * independent predictor of Y resistance", "increased X expression enhances the sensitivity of cells to Y". The parser
 * hangs these outcomes anywhere, so the Semgrex rules of {@code resistance.rules} and {@code response.rules} miss them.
 *
 * <p>Read within one clause, in this order: the gene (and the genes listed with it), words of its state ("expression",
 * "G12C mutation"), a link ("confers", "contributes to", "associated with", "predictor of"), then the outcome with its
 * drug after it ("resistance to Y", "sensitivity of cells to Y") or before it ("Y resistance", "Y-resistant"). A
 * resistance outcome gives {@code resistance}; a sensitivity outcome {@code response}, or {@code resistance} when a
 * poor word stands before it ("a reduced response to Y") or the link, or a word after it, lowers it ("X reduces the
 * sensitivity to Y", "X recruits fibroblasts, thereby hampering the efficacy of Y"). A
 * word of the gene's loss or inhibition beside it ("knockdown of X", "X-deficient", "X promoter methylation"), a
 * negation, a break, or another drug or gene before the outcome gives nothing. Words in {@code gene-outcome.tsv}.
 */
final class GeneOutcome {

  /** The rule names evidence gives this reading's triples, and their confidence. */
  static final String RESISTANCE_RULE_NAME = "resistance-gene-linked-to-resistance";
  static final String RESPONSE_RULE_NAME = "response-gene-linked-to-sensitivity";
  static final double CONFIDENCE = 0.65;
  static final String WORDS = "org/litmine/annotators/rules/cues/gene-outcome.tsv";
  /** How far after the gene the link may stand ("X expression in glioma cell lines and tumour samples correlated"). */
  private static final int GENE_TO_LINK = 12;
  /** How far after the link the outcome may stand ("enhanced the CSC phenotype and also Y resistance"). */
  private static final int LINK_TO_OUTCOME = 8;
  /** How far after a joiner a further outcome may stand ("and increased sensitivity to Z"). */
  private static final int JOINED_OUTCOME = 3;
  /** How far after the outcome its drug may stand ("resistance to certain drugs, such as Y"). */
  private static final int OUTCOME_TO_DRUG = 8;
  /** How close before the outcome a poor word must stand to make it one ("a reduced response"). */
  private static final int POOR_BEFORE_OUTCOME = 2;

  private final KindedWords words;
  /** Reads the drugs a generic class lists after it: "resistance to TKIs such as erlotinib" reads erlotinib. */
  private final ClassMembers classMembers;

  GeneOutcome(KindedWords words, ClassMembers classMembers) {
    this.words = words;
    this.classMembers = classMembers;
  }

  static GeneOutcome load(ClassMembers classMembers) {
    return new GeneOutcome(KindedWords.load(WORDS), classMembers);
  }

  /** The (gene, drug) pairs a sentence ties to one effect, each pair once. */
  record Tied(Effect effect, List<CandidatePair> pairs) {}

  /** The pairs a sentence ties to resistance, then those it ties to sensitivity. */
  List<Tied> read(List<BioMention> mentions, List<CoreLabel> tokens) {
    Tied resisting = new Tied(Effect.RESISTANCE, new ArrayList<>());
    Tied responding = new Tied(Effect.RESPONSE, new ArrayList<>());
    for (BioMention gene : mentions) {
      if (!SlotKinds.fillsGeneSlot(gene) || JoinedMentions.insideDrug(gene, mentions)
          || lost(firstListedWith(gene, mentions, tokens), tokens)) {
        continue;
      }
      List<BioMention> listed = JoinedMentions.from(gene, t -> JoinedMentions.geneAt(t, mentions), tokens);
      for (Outcome outcome : outcomesAfter(listed.get(listed.size() - 1), mentions, tokens)) {
        Tied into = outcome.effect() == Effect.RESISTANCE ? resisting : responding;
        for (BioMention drug : outcome.drugs()) {
          CandidatePair pair = new CandidatePair(gene, drug);
          if (!into.pairs().contains(pair)) {
            into.pairs().add(pair);
          }
        }
      }
    }
    return List.of(resisting, responding);
  }

  /** An outcome a link ties the gene to: its effect and its drugs. */
  private record Outcome(Effect effect, List<BioMention> drugs) {}

  /** The first of the genes listed before and with a gene ("lack of A and B mutations" gives A for B). */
  private static BioMention firstListedWith(BioMention gene, List<BioMention> mentions, List<CoreLabel> tokens) {
    return JoinedMentions.upTo(gene, gene.tokenBegin() - 1,
        t -> JoinedMentions.endingAt(t, mentions, SlotKinds::fillsGeneSlot), tokens).get(0);
  }

  /** Whether a word beside the gene says the statement is about its loss or inhibition. */
  private boolean lost(BioMention gene, List<CoreLabel> tokens) {
    int before = gene.tokenBegin() - 1;
    if (before >= 0 && words.is(tokens, before, "loss")) {
      return true;
    }
    if (before >= 1 && "of".equals(KindedWords.word(tokens, before)) && words.is(tokens, before - 1, "loss")) {
      return true;
    }
    return words.endsWith(KindedWords.word(tokens, gene.tokenEnd() - 1), "loss-suffix");
  }

  /**
   * The outcomes the words after a gene (the last of a list) tie it to: the first after its link, and those joined
   * to that one, each with its own poor word ("a reduced response to Y and increased sensitivity to Z"); none if
   * there is none.
   */
  private List<Outcome> outcomesAfter(BioMention gene, List<BioMention> mentions, List<CoreLabel> tokens) {
    for (int k = gene.tokenEnd(); k < tokens.size() && k < gene.tokenEnd() + GENE_TO_LINK; k++) {
      boolean down = words.is(tokens, k, "link-down");
      if (down || words.is(tokens, k, "link")) {
        List<Outcome> outcomes = new ArrayList<>();
        Outcome outcome = outcomeAfter(k, LINK_TO_OUTCOME, down, gene, mentions, tokens);
        while (outcome != null) {
          outcomes.add(outcome);
          int end = outcome.drugs().get(outcome.drugs().size() - 1).tokenEnd();
          outcome = end < tokens.size() && JoinedMentions.joins(tokens, end)
              ? outcomeAfter(end, JOINED_OUTCOME, false, gene, mentions, tokens) : null;
        }
        return outcomes;
      }
      if (stops(tokens, k) || words.is(tokens, k, "loss") || JoinedMentions.drugAt(k, mentions) != null
          || otherGeneAt(k, gene, mentions) || joinsClauses(tokens, k)) {
        return List.of();
      }
    }
    return List.of();
  }

  /** The outcome within {@code reach} tokens after a link (or a joiner), or null. */
  private Outcome outcomeAfter(int from, int reach, boolean down, BioMention gene, List<BioMention> mentions,
      List<CoreLabel> tokens) {
    int poor = -1;
    for (int k = from + 1; k < tokens.size() && k <= from + reach; k++) {
      if (stops(tokens, k) || otherGeneAt(k, gene, mentions)) {
        return null;
      }
      BioMention drug = JoinedMentions.drugAt(k, mentions);
      if (drug != null) {
        return drug.type() == EntityType.CHEMICAL ? null : outcomeNamedAfter(drug, down, mentions, tokens);
      }
      if (words.is(tokens, k, "poor")) {
        poor = k;
      } else if (words.is(tokens, k, "link-down")) {
        down = true;
      }
      boolean resistance = words.is(tokens, k, "resistance");
      if (resistance || words.is(tokens, k, "sensitivity")) {
        List<BioMention> drugs = drugsAfter(k, mentions, tokens);
        boolean lowered = down ^ (!resistance && poor >= 0 && k - poor <= POOR_BEFORE_OUTCOME);
        return drugs.isEmpty() ? null : new Outcome(effect(resistance, lowered), drugs);
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
      return new Outcome(effect(true, down), drugs);
    }
    int after = last.tokenEnd();
    if (after >= tokens.size() || !namedDrug(drugs, mentions)) {
      return null;
    }
    boolean resistance = words.is(tokens, after, "resistance");
    return resistance || words.is(tokens, after, "sensitivity") ? new Outcome(effect(resistance, down), drugs) : null;
  }

  private static Effect effect(boolean resistance, boolean lowered) {
    return resistance != lowered ? Effect.RESISTANCE : Effect.RESPONSE;
  }

  /** The drugs an outcome names after it and a word that leads to them ("to", "of", "against"); none if none. */
  private List<BioMention> drugsAfter(int outcome, List<BioMention> mentions, List<CoreLabel> tokens) {
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
    List<BioMention> listed = JoinedMentions.from(drug, t -> JoinedMentions.drugAt(t, mentions), tokens);
    List<BioMention> drugs = new ArrayList<>(listed.subList(0, 1));
    listed.subList(1, listed.size()).stream().filter(d -> d.type() != EntityType.CHEMICAL).forEach(drugs::add);
    return drugs;
  }

  /**
   * Whether the first drug of a list is a named drug or a class that names its target ("EGFR TKIs"), not a chemical
   * ("resistance to hydrogen peroxide" is no drug's).
   */
  private static boolean namedDrug(List<BioMention> drugs, List<BioMention> mentions) {
    BioMention first = drugs.get(0);
    return first.type() == EntityType.DRUG
        || first.type() == EntityType.DRUG_CLASS && ClassMembers.namesATarget(first, mentions);
  }

  /** Whether a gene other than the statement's own starts at a token (a repeat of it, "X (X)", does not count). */
  private static boolean otherGeneAt(int token, BioMention gene, List<BioMention> mentions) {
    BioMention other = JoinedMentions.geneAt(token, mentions);
    return other != null && !other.ids().equals(gene.ids()) && !JoinedMentions.insideDrug(other, mentions);
  }

  /** Whether a comma and a conjunction start another clause at a token: "A and B mutations, and may be ...". */
  private static boolean joinsClauses(List<CoreLabel> tokens, int k) {
    return ",".equals(KindedWords.word(tokens, k)) && k + 1 < tokens.size()
        && JoinedMentions.joins(tokens, k + 1) && !",".equals(KindedWords.word(tokens, k + 1));
  }

  /** Whether a token ends the clause or negates the statement. */
  private boolean stops(List<CoreLabel> tokens, int k) {
    return words.is(tokens, k, "break") || words.is(tokens, k, "negation");
  }
}
