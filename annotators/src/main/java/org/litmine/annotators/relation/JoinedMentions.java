package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.litmine.annotators.classify.SlotKinds;
import org.litmine.annotators.ner.BioMention;

/**
 * Mentions a sentence lists one after another through commas, "and" and "or" ("erlotinib, gefitinib or afatinib",
 * "NTRK1, NTRK2, or NTRK3"), and the mention of a kind that starts or ends at a token, as the readings from the words
 * ({@link ClassMembers}, {@link CarrierResponse}, {@link MarkedGenes}, {@link GeneOutcome}, {@link OutcomeGene}) walk
 * them.
 */
final class JoinedMentions {

  /** The words that join the items of a list. */
  private static final Set<String> JOINERS = Set.of(",", "and", "or");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");

  private JoinedMentions() {}

  /**
   * Whether the token at {@code k} joins the items of a list; so does the hyphen a shared suffix leaves before "and" or
   * "or" ("BRCA1- and BRCA2-mutant").
   */
  static boolean joins(List<CoreLabel> tokens, int k) {
    String word = KindedWords.word(tokens, k);
    return JOINERS.contains(word) || "-".equals(word) && k + 1 < tokens.size()
        && CONJUNCTIONS.contains(KindedWords.word(tokens, k + 1));
  }

  /** {@code first} and the mentions listed right after it, each the one {@code startingAt} finds after the joiners. */
  static List<BioMention> from(BioMention first, IntFunction<BioMention> startingAt, List<CoreLabel> tokens) {
    List<BioMention> listed = new ArrayList<>(List.of(first));
    int k = first.tokenEnd();
    while (k < tokens.size() && joins(tokens, k)) {
      while (k < tokens.size() && joins(tokens, k)) {
        k++;
      }
      BioMention next = k < tokens.size() ? startingAt.apply(k) : null;
      if (next == null) {
        break;
      }
      listed.add(next);
      k = next.tokenEnd();
    }
    return listed;
  }

  /**
   * The mentions listed right before {@code last} (the walk starts at token {@code k}, the one before it or before
   * words that qualify it), each the one {@code endingAt} finds before the joiners, and {@code last}, in sentence
   * order.
   */
  static List<BioMention> upTo(BioMention last, int k, IntFunction<BioMention> endingAt, List<CoreLabel> tokens) {
    List<BioMention> listed = new ArrayList<>(List.of(last));
    while (k >= 0 && joins(tokens, k)) {
      while (k >= 0 && joins(tokens, k)) {
        k--;
      }
      BioMention before = k >= 0 ? endingAt.apply(k) : null;
      if (before == null) {
        break;
      }
      listed.add(0, before);
      k = before.tokenBegin() - 1;
    }
    return listed;
  }

  /** The first mention of a kind that starts at a token, or null. */
  static BioMention startingAt(int token, List<BioMention> mentions, Predicate<BioMention> kind) {
    return mentions.stream().filter(m -> kind.test(m) && m.tokenBegin() == token).findFirst().orElse(null);
  }

  /** The first mention of a kind that ends at a token (its last token), or null. */
  static BioMention endingAt(int token, List<BioMention> mentions, Predicate<BioMention> kind) {
    return mentions.stream().filter(m -> kind.test(m) && m.tokenEnd() == token + 1).findFirst().orElse(null);
  }

  /** The gene or family mention starting at a token, or null. */
  static BioMention geneAt(int token, List<BioMention> mentions) {
    return startingAt(token, mentions, SlotKinds::fillsGeneSlot);
  }

  /** The gene or family mention starting at a token, unless it lies inside a drug mention ("EGFR inhibitors"). */
  static BioMention geneOutsideDrugsAt(int token, List<BioMention> mentions) {
    BioMention gene = geneAt(token, mentions);
    return gene == null || insideDrug(gene, mentions) ? null : gene;
  }

  /** The drug, chemical or drug class mention starting at a token, or null. */
  static BioMention drugAt(int token, List<BioMention> mentions) {
    return startingAt(token, mentions, SlotKinds::fillsDrugSlot);
  }

  /** The drug, chemical or drug class mention ending at a token, or null. */
  static BioMention drugEndingAt(int token, List<BioMention> mentions) {
    return endingAt(token, mentions, SlotKinds::fillsDrugSlot);
  }

  /** Whether a gene mention lies inside a drug mention ("EGFR" in "EGFR inhibitors"). */
  static boolean insideDrug(BioMention gene, List<BioMention> mentions) {
    return mentions.stream().anyMatch(d -> SlotKinds.fillsDrugSlot(d) && gene.within(d));
  }
}
