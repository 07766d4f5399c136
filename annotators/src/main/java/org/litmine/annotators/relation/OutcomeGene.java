package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.relation.OutcomeWords.Outcome;

/**
 * A drug's outcome a sentence ties, after it, to a gene's state, read from the words, not the parse: "resistance to
 * cetuximab was associated with KRAS mutations", "sensitivity to olaparib correlated with BRCA2 loss", "Y resistance
 * is mediated by overexpression of X". The mirror order of {@link GeneOutcome}, with the same outcomes
 * ({@link OutcomeWords}) and states ({@link GeneState}).
 *
 * <p>Read within one clause: the outcome with its drugs, a link back to its cause ({@code link-back}: "associated
 * with", "mediated by", "due to"), then the gene with the words of its state before it ("loss of X", "high X") or
 * after it ("X mutations", "X loss"). A break, a negation, a drug or a gene between the outcome and the link, or a
 * detour before the gene ("associated with poor survival in X-mutant patients"), gives nothing. Words in
 * {@code gene-outcome.tsv}.
 */
final class OutcomeGene {

  /** How far after the outcome and its drugs the link may stand ("resistance to Y in these cells was linked"). */
  private static final int OUTCOME_TO_LINK = 6;
  /** How far after the link the gene may stand ("associated with increased expression of X"). */
  private static final int LINK_TO_GENE = 5;
  /** How many words of its state may follow the gene ("X copy number gain"). */
  private static final int STATE_AFTER_GENE = 3;

  private final OutcomeWords words;

  OutcomeGene(OutcomeWords words) {
    this.words = words;
  }

  /** The pairs a sentence ties to an outcome, grouped by rule in the order first found. */
  List<OutcomeWords.Tied> read(List<BioMention> mentions, List<CoreLabel> tokens) {
    Map<String, OutcomeWords.Tied> byRule = new LinkedHashMap<>();
    for (int k = 0; k < tokens.size(); k++) {
      Outcome outcome = words.outcomeAt(k, mentions, tokens);
      int link = outcome == null ? -1 : linkAfter(Math.max(k + 1, outcome.end()), mentions, tokens);
      Genes genes = link < 0 ? null : genesAfter(link, mentions, tokens);
      if (genes != null) {
        genes.listed().forEach(gene -> OutcomeWords.tie(byRule, gene, outcome.in(genes.state())));
      }
    }
    return List.copyOf(byRule.values());
  }

  /** The link back to the outcome's cause within reach of a token, or -1. */
  private int linkAfter(int from, List<BioMention> mentions, List<CoreLabel> tokens) {
    for (int j = from; j < tokens.size() && j < from + OUTCOME_TO_LINK; j++) {
      if (words.is(tokens, j, "link-back")) {
        return j;
      }
      if (words.stops(tokens, j) || JoinedMentions.drugAt(j, mentions) != null
          || JoinedMentions.geneOutsideDrugsAt(j, mentions) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** The genes a link names as the cause, listed together, and the state the words beside them give. */
  private record Genes(List<BioMention> listed, GeneState state) {}

  private Genes genesAfter(int link, List<BioMention> mentions, List<CoreLabel> tokens) {
    boolean lossBefore = false;
    for (int g = link + 1; g < tokens.size() && g <= link + LINK_TO_GENE; g++) {
      BioMention gene = JoinedMentions.geneOutsideDrugsAt(g, mentions);
      if (gene != null) {
        List<BioMention> listed =
            JoinedMentions.from(gene, t -> JoinedMentions.geneOutsideDrugsAt(t, mentions), tokens);
        GeneState state = stateAfter(listed.get(listed.size() - 1), lossBefore, tokens);
        return state == GeneState.UNTOLD ? null : new Genes(listed, state);
      }
      if (words.stops(tokens, g) || words.is(tokens, g, "detour") || JoinedMentions.drugAt(g, mentions) != null
          || words.isOrEndsWith(tokens, g, "untold", "untold-suffix")) {
        return null;
      }
      lossBefore |= words.is(tokens, g, "loss");
    }
    return null;
  }

  /** The state of the genes from the words before them and the state words right after the last ("X loss"). */
  private GeneState stateAfter(BioMention last, boolean lossBefore, List<CoreLabel> tokens) {
    int own = last.tokenEnd() - 1;
    if (words.endsWith(tokens, own, "untold-suffix")) {
      return GeneState.UNTOLD;
    }
    boolean lossAfter = words.endsWith(tokens, own, "loss-suffix");
    boolean mutated = false;
    for (int a = last.tokenEnd(); a < tokens.size() && a < last.tokenEnd() + STATE_AFTER_GENE; a++) {
      if (words.is(tokens, a, "untold")) {
        return GeneState.UNTOLD;
      }
      boolean state = words.is(tokens, a, "state");
      boolean loss = words.is(tokens, a, "loss");
      if (!state && !loss) {
        break;
      }
      lossAfter |= loss;
      mutated |= words.is(tokens, a, "mutation-state");
    }
    return GeneState.of(lossBefore ? GeneState.LOST : GeneState.PRESENT, lossAfter, mutated);
  }
}
