package org.litmine.annotators.relation;

import java.util.List;
import org.litmine.annotators.Parentheses;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/** Whether another named drug stands between a drug and the cue word that a rule reads as describing it. */
final class DrugsBetween {

  private DrugsBetween() {}

  /**
   * Whether another named drug lies wholly between {@code drug} and the token {@code cue}. Neither the same drug
   * under another name ("selumetinib (AZD6244) is a MEK inhibitor") nor a word inside a class name ("tyrosine" in
   * "an EGFR tyrosine kinase inhibitor") counts.
   */
  static boolean namedDrugBetween(List<BioMention> mentions, BioMention drug, int cue) {
    return namedDrugBetween(mentions, drug, cue, i -> null);
  }

  /**
   * The same, where {@code wordAt} gives the word of a token (0-based; null beyond the sentence): a drug inside the
   * parenthesis right after the drug, before the cue, is the drug's own aside (its chemical name, a dose, a brand:
   * "X (a 2-methoxyphenyl derivative; 10 nM), a selective Y antagonist") and does not count.
   */
  static boolean namedDrugBetween(List<BioMention> mentions, BioMention drug, int cue,
      java.util.function.IntFunction<String> wordAt) {
    int from = cue < drug.tokenBegin() ? cue + 1 : drug.tokenEnd();
    int to = cue < drug.tokenBegin() ? drug.tokenBegin() : cue;
    int asideEnd = cue < drug.tokenBegin() ? -1 : asideEnd(drug.tokenEnd(), cue, wordAt);
    return mentions.stream().anyMatch(m -> m.type().isDrugLike()
        && m.tokenBegin() >= from && m.tokenEnd() <= to && java.util.Collections.disjoint(m.ids(), drug.ids())
        && !(m.tokenEnd() <= asideEnd)
        && mentions.stream().noneMatch(c -> c.type() == EntityType.DRUG_CLASS && m.within(c)));
  }

  /** The index of the token closing a parenthesis that opens at {@code open} and closes before {@code cue}, or -1. */
  private static int asideEnd(int open, int cue, java.util.function.IntFunction<String> wordAt) {
    if (!Parentheses.opens(wordAt.apply(open))) {
      return -1;
    }
    int depth = 0;
    for (int i = open; i < cue; i++) {
      String w = wordAt.apply(i);
      if (w == null) {
        return -1;
      }
      if (Parentheses.opens(w)) {
        depth++;
      } else if (Parentheses.closes(w)) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

}
