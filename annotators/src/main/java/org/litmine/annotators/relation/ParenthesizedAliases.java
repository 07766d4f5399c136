package org.litmine.annotators.relation;

import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.litmine.annotators.Parentheses;
import org.litmine.annotators.ner.BioMention;

/**
 * The other name a sentence gives a mention in parentheses, right beside it: "trimethoprim (TMP)", "Bruton's
 * tyrosine kinase (BTK)", "orvepitant (GW823296)", and the long form before a short one ("TMP" in "trimethoprim
 * (TMP)" has the alias "trimethoprim"). Both must be mentions of the same kind that share an identifier, so an
 * aside naming something else ("gefitinib (EGFR inhibitor)", "cetirizine (10 mg)") is no alias.
 */
final class ParenthesizedAliases {

  private ParenthesizedAliases() {}

  /**
   * The alias of {@code m} among {@code mentions}, or null. {@code wordAt} gives the word of a token (0-based; null
   * beyond the sentence).
   */
  static BioMention of(BioMention m, List<BioMention> mentions, IntFunction<String> wordAt) {
    for (BioMention other : mentions) {
      if (other == m || !sameEntity(m, other)) {
        continue;
      }
      boolean after = other.tokenBegin() == m.tokenEnd() + 1 && Parentheses.opens(wordAt.apply(m.tokenEnd()))
          && Parentheses.endsFirstItem(wordAt.apply(other.tokenEnd()));
      boolean before = m.tokenBegin() == other.tokenEnd() + 1 && Parentheses.opens(wordAt.apply(other.tokenEnd()))
          && Parentheses.endsFirstItem(wordAt.apply(m.tokenEnd()));
      if (after || before) {
        return other;
      }
    }
    return null;
  }

  private static boolean sameEntity(BioMention a, BioMention b) {
    boolean sameKind = a.type() == b.type() || (a.type().isDrugLike() && b.type().isDrugLike());
    return sameKind && !a.text().equals(b.text())
        && (!Collections.disjoint(a.ids(), b.ids()) || !Collections.disjoint(a.knownIds(), b.knownIds()));
  }
}
