package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The confidence of this reading's triples (their rule names: {@link GeneState#rule}). */
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

  /** The (gene, drug) pairs a sentence ties to one effect by one rule, each pair once. */
  record Tied(String rule, Effect effect, List<CandidatePair> pairs) {}

  /** The pairs a sentence ties to an outcome, grouped by rule in the order first found. */
  List<Tied> read(List<BioMention> mentions, List<CoreLabel> tokens) {
    Map<String, Tied> byRule = new LinkedHashMap<>();
    for (BioMention gene : mentions) {
      if (!SlotKinds.fillsGeneSlot(gene) || JoinedMentions.insideDrug(gene, mentions)) {
        continue;
      }
      GeneState before = stateBefore(firstListedWith(gene, mentions, tokens), tokens);
      List<BioMention> listed = JoinedMentions.from(gene, t -> JoinedMentions.geneAt(t, mentions), tokens);
      for (Outcome outcome : outcomesAfter(listed.get(listed.size() - 1), before, mentions, tokens)) {
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
    }
    return List.copyOf(byRule.values());
  }

  /** An outcome a link ties the gene to: its effect read of the gene's presence, its drugs and the gene's state. */
  private record Outcome(Effect effect, List<BioMention> drugs, GeneState state) {

    Outcome in(GeneState geneState) {
      return new Outcome(effect, drugs, geneState);
    }
  }

  /** The first of the genes listed before and with a gene ("lack of A and B mutations" gives A for B). */
  private static BioMention firstListedWith(BioMention gene, List<BioMention> mentions, List<CoreLabel> tokens) {
    return JoinedMentions.upTo(gene, gene.tokenBegin() - 1,
        t -> JoinedMentions.endingAt(t, mentions, SlotKinds::fillsGeneSlot), tokens).get(0);
  }

  /**
   * What the words before a gene (the first of a list) say of it: lost ("knockdown of X", "low X", "X-deficient"),
   * untold ("X wild-type" written before it, "X-negative"), else present.
   */
  private GeneState stateBefore(BioMention gene, List<CoreLabel> tokens) {
    int before = gene.tokenBegin() - 1;
    String own = KindedWords.word(tokens, gene.tokenEnd() - 1);
    if (before >= 0 && words.is(tokens, before, "untold") || words.endsWith(own, "untold-suffix")) {
      return GeneState.UNTOLD;
    }
    boolean lost = before >= 0 && words.is(tokens, before, "loss")
        || before >= 1 && "of".equals(KindedWords.word(tokens, before)) && words.is(tokens, before - 1, "loss");
    return lost || words.endsWith(own, "loss-suffix") ? GeneState.LOST : GeneState.PRESENT;
  }

  /**
   * The outcomes the words after a gene (the last of a list) tie it to: the first after its link, and those joined
   * to that one, each with its own poor word ("a reduced response to Y and increased sensitivity to Z"); none if
   * there is none. The words between the gene and the link may say it is lost ("X knockdown") or mutated.
   */
  private List<Outcome> outcomesAfter(BioMention gene, GeneState before, List<BioMention> mentions,
      List<CoreLabel> tokens) {
    boolean lossAfter = false;
    boolean mutated = false;
    boolean exon = false;
    for (int k = gene.tokenEnd(); k < tokens.size() && k < gene.tokenEnd() + GENE_TO_LINK; k++) {
      boolean down = words.is(tokens, k, "link-down");
      boolean sensitizing = words.is(tokens, k, "sensitizing");
      if (down || sensitizing || words.is(tokens, k, "link")) {
        GeneState state = GeneState.of(before, lossAfter, mutated);
        if (state == GeneState.UNTOLD) {
          return List.of();
        }
        List<Outcome> outcomes = new ArrayList<>();
        Outcome outcome = sensitizing ? sensitivityAt(k, mentions, tokens)
            : outcomeAfter(k, LINK_TO_OUTCOME, down, gene, mentions, tokens);
        while (outcome != null) {
          outcomes.add(outcome.in(state));
          int end = outcome.drugs().get(outcome.drugs().size() - 1).tokenEnd();
          outcome = end < tokens.size() && JoinedMentions.joins(tokens, end)
              ? outcomeAfter(end, JOINED_OUTCOME, false, gene, mentions, tokens) : null;
        }
        return outcomes;
      }
      if (words.is(tokens, k, "untold") || words.endsWith(KindedWords.word(tokens, k), "untold-suffix")
          || stops(tokens, k) || JoinedMentions.drugAt(k, mentions) != null || otherGeneAt(k, gene, mentions)
          || repeatedAt(k, gene, mentions, tokens) || joinsClauses(tokens, k)) {
        return List.of();
      }
      boolean exonState = exon && words.is(tokens, k, "exon-state");
      lossAfter |= !exonState && words.is(tokens, k, "loss");
      mutated |= exonState || words.is(tokens, k, "mutation-state");
      exon |= "exon".equals(KindedWords.word(tokens, k));
    }
    return List.of();
  }

  /** A word that names the link and the outcome at once ("X knockdown sensitized cells to Y"), with its drugs. */
  private Outcome sensitivityAt(int k, List<BioMention> mentions, List<CoreLabel> tokens) {
    List<BioMention> drugs = drugsAfter(k, mentions, tokens);
    return drugs.isEmpty() ? null : new Outcome(Effect.RESPONSE, drugs, GeneState.PRESENT);
  }

  /** The outcome within {@code reach} tokens after a link (or a joiner), or null. */
  private Outcome outcomeAfter(int from, int reach, boolean down, BioMention gene, List<BioMention> mentions,
      List<CoreLabel> tokens) {
    int poor = -1;
    int good = -1;
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
      } else if (words.is(tokens, k, "good")) {
        good = k;
      } else if (words.is(tokens, k, "link-down")) {
        down = true;
      }
      boolean resistance = words.is(tokens, k, "resistance");
      boolean qualified = near(poor, k) || near(good, k);
      if (resistance || words.is(tokens, k, "sensitivity") || qualified && words.is(tokens, k, "survival")) {
        List<BioMention> drugs = drugsAfter(k, mentions, tokens);
        boolean lowered = down ^ (!resistance && near(poor, k));
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

  /** Whether a qualifying word at {@code word} (-1: none) stands close enough before an outcome at {@code k}. */
  private static boolean near(int word, int k) {
    return word >= 0 && k - word <= POOR_BEFORE_OUTCOME;
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

  /**
   * Whether the gene is named again at a token, not as its short form in brackets ("X (X) expression"): the words
   * from there on are that mention's ("EGFR inhibition, activation of the EGFR pathway contributes to ...").
   */
  private static boolean repeatedAt(int token, BioMention gene, List<BioMention> mentions, List<CoreLabel> tokens) {
    BioMention again = JoinedMentions.geneAt(token, mentions);
    return again != null && again.ids().equals(gene.ids()) && token > 0
        && !"(".equals(KindedWords.word(tokens, token - 1)) && !"[".equals(KindedWords.word(tokens, token - 1));
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
