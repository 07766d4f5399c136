package org.litmine.annotators.parse;

import static org.litmine.annotators.parse.ClauseWords.isDrugSubject;
import static org.litmine.annotators.parse.ClauseWords.isFiniteVerb;
import static org.litmine.annotators.parse.ClauseWords.isListWord;
import static org.litmine.annotators.parse.ClauseWords.lower;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litmine.annotators.ner.EntityType;

/**
 * Finds where a sentence lists clauses that each name their own subject, joined by commas or semicolons: "X
 * neutralizes A (GENE1), Y neutralizes B, and Z activates C", "X and Y inhibit A, whereas Z and W block B". The parser
 * reads such a list as one clause and hangs the later subjects and verbs anywhere; each clause parsed alone is read
 * right. A clause starts after a comma or semicolon (and an "and", "but", "whereas" or "while") with one or more drug,
 * chemical or class mentions (joined by commas, "and" or "or", each with an optional bracket of other names: "X (AMG
 * 162, Prolia)"), then adverbs, then a finite verb; or after a comma and one of those words with a noun phrase of at
 * most twelve words naming a gene, then adverbs and a finite verb ("X and Y block A, and loss of RB1 confers ...").
 * The words before it must hold a finite verb of their own, so a list of drugs that opens the sentence
 * ("Sitagliptin, saxagliptin and linagliptin inhibit ...") is not split.
 */
final class ClauseList {

  private static final Set<String> JOINERS = Set.of("and", "but", "whereas", "while");
  /** What a gene subject's noun phrase is made of: "loss of RB1 or amplification of CCNE1 (cyclin E1)". */
  private static final Set<String> NOMINAL_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
      "HYPH", "-LRB-", "-RRB-", "POS");
  private static final Set<String> NOMINAL_WORDS = Set.of("of", "or", "and");
  private static final int MAX_GENE_SUBJECT = 12;

  private ClauseList() {}

  /**
   * The token index where each clause after the first starts (the word after its joining comma, which ends the clause
   * before), empty for a single clause.
   */
  static List<Integer> clauseStarts(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Integer> starts = new ArrayList<>();
    int previous = 0;
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if ((",".equals(word) || ";".equals(word)) && opensClause(tokens, i + 1)
          && hasMainVerb(tokens, previous, i)) {
        starts.add(i + 1);
        previous = i + 1;
      }
    }
    return starts;
  }

  /**
   * Whether a drug subject and its finite verb start at {@code i} (past a joining word), or, past a joining word, a
   * noun phrase naming a gene and its finite verb ("..., and loss of RB1 or amplification of CCNE1 confers ...").
   */
  private static boolean opensClause(List<CoreLabel> tokens, int i) {
    boolean joined = i < tokens.size() && JOINERS.contains(lower(tokens.get(i)));
    if (joined) {
      i++;
    }
    if (joined && geneSubjectThenVerb(tokens, i)) {
      return true;
    }
    if (i >= tokens.size() || !isDrugSubject(tokens.get(i))) {
      return false;
    }
    while (i < tokens.size()) {
      CoreLabel t = tokens.get(i);
      if (isDrugSubject(t) || isListWord(t) && i + 1 < tokens.size()
          && isDrugSubject(tokens.get(i + 1))) {
        i++;
      } else if ("-LRB-".equals(t.tag()) && isDrugSubject(tokens.get(i - 1))) {
        i = closingBracket(tokens, i) + 1;
      } else {
        break;
      }
    }
    while (i < tokens.size() && "RB".equals(tokens.get(i).tag())) {
      i++;
    }
    return i < tokens.size() && isFiniteVerb(tokens.get(i));
  }

  /** Whether a noun phrase of a few words with a gene in it, then adverbs and a finite verb, start at {@code i}. */
  private static boolean geneSubjectThenVerb(List<CoreLabel> tokens, int i) {
    boolean gene = false;
    int end = Math.min(tokens.size(), i + MAX_GENE_SUBJECT);
    int j = i;
    while (j < end && (NOMINAL_TAGS.contains(tokens.get(j).tag()) || NOMINAL_WORDS.contains(lower(tokens.get(j))))) {
      gene |= EntityType.GENE.name().equals(tokens.get(j).ner());
      j++;
    }
    while (j < tokens.size() && "RB".equals(tokens.get(j).tag())) {
      j++;
    }
    return gene && j > i && j < tokens.size() && isFiniteVerb(tokens.get(j));
  }

  private static boolean hasMainVerb(List<CoreLabel> tokens, int from, int to) {
    for (int i = Math.max(from, 1); i < to; i++) {
      if (isFiniteVerb(tokens.get(i)) && !"WDT".equals(tokens.get(i - 1).tag())
          && !"CC".equals(tokens.get(i - 1).tag())) {
        return true;
      }
    }
    return false;
  }

  private static int closingBracket(List<CoreLabel> tokens, int open) {
    for (int i = open + 1; i < tokens.size(); i++) {
      if ("-RRB-".equals(tokens.get(i).tag())) {
        return i;
      }
    }
    return tokens.size();
  }
}
