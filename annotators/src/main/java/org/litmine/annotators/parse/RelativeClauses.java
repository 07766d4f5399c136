package org.litmine.annotators.parse;

import static org.litmine.annotators.parse.ClauseWords.isFiniteVerb;
import static org.litmine.annotators.parse.ClauseWords.isName;
import static org.litmine.annotators.parse.ClauseWords.lower;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the relative clauses set off by a comma after a named noun phrase, read as clauses of their own: "Capivasertib
 * (AZD5363), which selectively inhibits AKT1, was approved ..." holds "Capivasertib (AZD5363) selectively inhibits
 * AKT1", and "the KIT D816V mutation, which confers resistance to X, ..." holds "the KIT D816V mutation confers
 * resistance to X". The parser often loses such a clause inside the sentence around it (the clause's verb read as an
 * auxiliary of the main verb, or hung by {@code dep}); {@link ClauseListParser} parses each one found here on its own
 * and adds its dependencies to the sentence's.
 *
 * <p>The noun phrase is the words before the comma back to the first word that is no part of one (at most
 * {@value #MAX_PHRASE} words, brackets included), and it must hold a gene, drug, chemical or class mention; the clause
 * opens with "which", "that" or "who", has a finite verb right after it (past adverbs), and ends at the next comma,
 * semicolon or the sentence's end outside brackets.
 */
final class RelativeClauses {

  private static final Set<String> PRONOUNS = Set.of("which", "that", "who");
  private static final Set<String> PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
      "HYPH", "POS", "FW", "SYM");
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ".");
  private static final int MAX_PHRASE = 10;

  private RelativeClauses() {}

  /**
   * For each such clause, the indices of the sentence's tokens that make it a clause of its own: the noun phrase,
   * then the clause's words after its pronoun.
   */
  static List<List<Integer>> of(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<List<Integer>> clauses = new ArrayList<>();
    for (int c = 1; c + 2 < tokens.size(); c++) {
      if (!",".equals(tokens.get(c).word()) || !PRONOUNS.contains(lower(tokens.get(c + 1)))) {
        continue;
      }
      int verb = c + 2;
      while (verb < tokens.size() && "RB".equals(tokens.get(verb).tag())) {
        verb++;
      }
      int start = phraseStart(tokens, c);
      if (start < 0 || verb >= tokens.size() || !isFiniteVerb(tokens.get(verb))) {
        continue;
      }
      List<Integer> clause = new ArrayList<>();
      for (int i = start; i < c; i++) {
        clause.add(i);
      }
      int depth = 0;
      for (int i = c + 2; i < tokens.size(); i++) {
        String tag = tokens.get(i).tag();
        depth += "-LRB-".equals(tag) ? 1 : "-RRB-".equals(tag) ? -1 : 0;
        if (depth <= 0 && CLAUSE_ENDS.contains(tokens.get(i).word())) {
          break;
        }
        clause.add(i);
      }
      clauses.add(clause);
    }
    return clauses;
  }

  /** Where the named noun phrase ending before the comma at {@code comma} starts, or -1 where none ends there. */
  private static int phraseStart(List<CoreLabel> tokens, int comma) {
    int i = comma - 1;
    boolean named = false;
    int words = 0;
    while (i >= 0 && words < MAX_PHRASE) {
      CoreLabel t = tokens.get(i);
      if ("-RRB-".equals(t.tag())) {
        int open = i;
        while (open > 0 && !"-LRB-".equals(tokens.get(open).tag())) {
          open--;
        }
        if (open == 0 || i == comma - 1 && open == i) {
          return -1;
        }
        i = open - 1;
        continue;
      }
      if (!PHRASE_TAGS.contains(t.tag())) {
        break;
      }
      named |= isName(t);
      words++;
      i--;
    }
    return named && i < comma - 1 ? i + 1 : -1;
  }
}
