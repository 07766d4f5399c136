package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litmine.annotators.Parentheses;
import org.litmine.annotators.classify.CandidatePair;
import org.litmine.annotators.classify.SlotKinds;
import org.litmine.annotators.lexicon.TsvResource;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/**
 * The named drugs a sentence lists right after a drug class named after its target, read from the words, not the
 * parse: "the epidermal growth factor receptor (EGFR) tyrosine kinase inhibitors (TKIs) erlotinib and gefitinib",
 * "EGFR inhibitors such as gefitinib or erlotinib". Each listed drug inhibits the class's target: the gene or family
 * mention inside the class's words. Between the class and the first drug may stand a bracket of no drug ("(TKIs)")
 * and an opener ({@code class-member-openers.tsv}); the list goes on through commas, "and" and "or" between drugs.
 */
final class ClassMembers {

  /** The rule name evidence gives a class member's triple, and the confidence it has. */
  static final String RULE_NAME = "inhibits-class-members";
  static final double CONFIDENCE = 0.85;
  /** The default openers. */
  static final String OPENERS = "org/litmine/annotators/rules/cues/class-member-openers.tsv";
  private static final List<String> JOINERS = List.of(",", "and", "or");

  private final List<List<String>> openers;

  ClassMembers(List<List<String>> openers) {
    this.openers = List.copyOf(openers);
  }

  static ClassMembers load(String location) {
    List<List<String>> openers = new ArrayList<>();
    for (String line : TsvResource.firstColumn(location)) {
      openers.add(List.of(line.toLowerCase(Locale.ROOT).split(" ")));
    }
    return new ClassMembers(openers);
  }

  /** The (target, drug) pairs of a sentence's classes and the drugs listed after them. */
  List<CandidatePair> of(List<BioMention> mentions, List<CoreLabel> tokens) {
    List<CandidatePair> pairs = new ArrayList<>();
    for (BioMention c : mentions) {
      if (c.type() != EntityType.DRUG_CLASS) {
        continue;
      }
      List<BioMention> targets = mentions.stream().filter(m -> SlotKinds.fillsGeneSlot(m)
          && m.tokenBegin() >= c.tokenBegin() && m.tokenEnd() <= c.tokenEnd()).toList();
      if (targets.isEmpty()) {
        continue;
      }
      for (BioMention drug : listedAfter(c.tokenEnd(), mentions, tokens)) {
        targets.forEach(t -> pairs.add(new CandidatePair(t, drug)));
      }
    }
    return pairs;
  }

  private List<BioMention> listedAfter(int from, List<BioMention> mentions, List<CoreLabel> tokens) {
    int i = skipBracketOfNoDrug(from, mentions, tokens);
    i = skipOpener(i, tokens);
    List<BioMention> drugs = new ArrayList<>();
    BioMention drug = namedDrugAt(i, mentions);
    while (drug != null) {
      drugs.add(drug);
      i = drug.tokenEnd();
      int next = i;
      while (next < tokens.size() && JOINERS.contains(word(tokens, next))) {
        next++;
      }
      drug = next > i ? namedDrugAt(next, mentions) : null;
    }
    return drugs;
  }

  private static int skipBracketOfNoDrug(int i, List<BioMention> mentions, List<CoreLabel> tokens) {
    if (i >= tokens.size() || !Parentheses.opens(tokens.get(i).word())) {
      return i;
    }
    for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
      if (Parentheses.closes(tokens.get(j).word())) {
        int close = j;
        boolean drugInside = mentions.stream()
            .anyMatch(m -> m.type().isDrugLike() && m.tokenBegin() > i && m.tokenEnd() <= close);
        return drugInside ? i : close + 1;
      }
    }
    return i;
  }

  private int skipOpener(int i, List<CoreLabel> tokens) {
    for (List<String> opener : openers) {
      int n = opener.size();
      if (i + n <= tokens.size()) {
        boolean match = true;
        for (int k = 0; k < n && match; k++) {
          match = word(tokens, i + k).equals(opener.get(k));
        }
        if (match) {
          return i + n;
        }
      }
    }
    return i;
  }

  private static BioMention namedDrugAt(int token, List<BioMention> mentions) {
    return mentions.stream().filter(m -> m.type().isDrugLike() && m.tokenBegin() == token).findFirst()
        .orElse(null);
  }

  private static String word(List<CoreLabel> tokens, int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }
}
