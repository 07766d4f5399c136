package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.litmine.annotators.Parentheses;
import org.litmine.annotators.classify.SlotKinds;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.relation.OutcomeWords.Outcome;

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
 * sensitivity to Y", "X recruits fibroblasts, thereby hampering the efficacy of Y"). A word of the gene's loss or
 * inhibition beside it ("knockdown of X", "X-deficient", "X promoter methylation") mirrors the outcome
 * ({@link GeneState}); an untold state ("X status"), a negation, a break, or another drug or gene before the outcome
 * gives nothing. Words in {@code gene-outcome.tsv} ({@link OutcomeWords}).
 */
final class GeneOutcome {

  /** The confidence of the word readings' outcome triples (their rule names: {@link GeneState#rule}). */
  static final double CONFIDENCE = 0.65;
  /** How far after the gene the link may stand ("X expression in glioma cell lines and tumour samples correlated"). */
  private static final int GENE_TO_LINK = 12;
  /** How far after the link the outcome may stand ("enhanced the CSC phenotype and also Y resistance"). */
  private static final int LINK_TO_OUTCOME = 8;
  /** How far after a joiner a further outcome may stand ("and increased sensitivity to Z"). */
  private static final int JOINED_OUTCOME = 3;
  /** How many tokens may stand between a name and an alias of it in the brackets after it ("X (P-glycoprotein, MDR1)"). */
  private static final int ALIAS_GAP = 6;

  private final OutcomeWords words;

  GeneOutcome(OutcomeWords words) {
    this.words = words;
  }

  /** The pairs a sentence ties to an outcome, grouped by rule in the order first found. */
  List<OutcomeWords.Tied> read(List<BioMention> mentions, List<CoreLabel> tokens) {
    Map<String, OutcomeWords.Tied> byRule = new LinkedHashMap<>();
    for (BioMention gene : mentions) {
      if (!SlotKinds.fillsGeneSlot(gene) || JoinedMentions.insideDrug(gene, mentions)) {
        continue;
      }
      GeneState before = stateBefore(firstListedWith(namedBefore(gene, mentions, tokens), mentions, tokens), tokens);
      List<BioMention> listed = JoinedMentions.from(gene, t -> JoinedMentions.geneAt(t, mentions), tokens);
      for (Outcome outcome : outcomesAfter(listed.get(listed.size() - 1), before, mentions, tokens)) {
        OutcomeWords.tie(byRule, gene, outcome);
      }
    }
    return List.copyOf(byRule.values());
  }

  /**
   * The mention of the same gene whose brackets hold this one ("knockdown of X (P-glycoprotein, MDR1)": MDR1 is X as
   * the words before X say it is), else the gene itself: an alias in brackets takes the state of the name it glosses.
   */
  private static BioMention namedBefore(BioMention gene, List<BioMention> mentions, List<CoreLabel> tokens) {
    for (BioMention named : mentions) {
      if (named.tokenEnd() > gene.tokenBegin() || gene.tokenBegin() - named.tokenEnd() > ALIAS_GAP
          || !named.ids().equals(gene.ids()) || !Parentheses.opens(KindedWords.word(tokens, named.tokenEnd()))) {
        continue;
      }
      boolean closed = false;
      for (int k = named.tokenEnd() + 1; k < gene.tokenBegin(); k++) {
        closed |= Parentheses.closes(KindedWords.word(tokens, k));
      }
      if (!closed) {
        return named;
      }
    }
    return gene;
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
    if (before >= 0 && words.isOrEndsWith(tokens, before, "untold", "untold-suffix")) {
      return GeneState.UNTOLD;
    }
    boolean lost = words.standsBefore(tokens, gene.tokenBegin(), "loss")
        || words.endsWith(tokens, gene.tokenEnd() - 1, "loss-suffix");
    return lost ? GeneState.LOST : GeneState.PRESENT;
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
        IntPredicate other = t -> otherGeneAt(t, gene, mentions);
        Outcome outcome = sensitizing ? words.sensitivityAt(k, mentions, tokens)
            : words.outcomeAfter(k, LINK_TO_OUTCOME, down, other, mentions, tokens);
        while (outcome != null) {
          outcomes.add(outcome.in(state));
          int end = outcome.end();
          outcome = end < tokens.size() && JoinedMentions.joins(tokens, end)
              ? words.outcomeAfter(end, JOINED_OUTCOME, false, other, mentions, tokens) : null;
        }
        return outcomes;
      }
      if (words.isOrEndsWith(tokens, k, "untold", "untold-suffix") || words.stops(tokens, k)
          || JoinedMentions.drugAt(k, mentions) != null || otherGeneAt(k, gene, mentions)
          || repeatedAt(k, gene, mentions, tokens) || OutcomeWords.joinsClauses(tokens, k)) {
        return List.of();
      }
      boolean exonState = exon && words.is(tokens, k, "exon-state");
      lossAfter |= !exonState && words.is(tokens, k, "loss");
      mutated |= exonState || words.is(tokens, k, "mutation-state");
      exon |= "exon".equals(KindedWords.word(tokens, k));
    }
    return List.of();
  }

  /** Whether a gene other than the statement's own starts at a token (a repeat of it, "X (X)", does not count). */
  private static boolean otherGeneAt(int token, BioMention gene, List<BioMention> mentions) {
    BioMention other = JoinedMentions.geneOutsideDrugsAt(token, mentions);
    return other != null && !other.ids().equals(gene.ids());
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

}
