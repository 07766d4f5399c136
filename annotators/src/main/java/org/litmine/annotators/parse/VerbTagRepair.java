package org.litmine.annotators.parse;

import static org.litmine.annotators.parse.ClauseWords.isDrugSubject;
import static org.litmine.annotators.parse.ClauseWords.isFiniteVerb;
import static org.litmine.annotators.parse.ClauseWords.isListWord;
import static org.litmine.annotators.parse.ClauseWords.isName;
import static org.litmine.annotators.parse.ClauseWords.lower;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * Repairs tagging errors that hide a statement from the parse. A gene, drug or class name tagged as an adverb or a
 * bare verb ("cells, dabrafenib/RB reduced", "but not to lapatinib/VB"), or opening the sentence as an adjective
 * before a comma or bracket ("Basimglurant/JJ, a ..."), is tagged as a noun. Then two errors of a sentence with no
 * finite verb of its own clause (a finite verb after "that", "which" or "who", after "and", "but" or "or", or in a
 * clause after "whereas", "while", "although", "because", "when" or "if" does not count), by the verbs of
 * {@code rules/cues/misread-verbs.tsv} and their kind:
 *
 * <ul>
 *   <li>a third-person verb after a name tagged as a plural noun ("Sunitinib/JJ targets/NNS KIT/NN ."), which the
 *       parser reads as one noun phrase: tagged {@code VBZ} when the token before it ends a gene, drug, chemical or
 *       class mention and the token after it opens a noun phrase (kind {@code verb});
 *   <li>a past tense after a noun phrase tagged as a participle or an adjective ("X, a Y inhibitor, induced/VBN
 *       apoptosis", "X strongly inhibited/JJ Y"), which the parser reads as a modifier of the noun after it: tagged
 *       {@code VBD} when the token before it (past any adverbs: "X paradoxically activated Y") is a noun, a name, a
 *       comma or a closing bracket and the token after it opens a noun phrase (kind {@code past});
 *   <li>a plural present read as a comparative adjective in the same place ("X and Y, antibodies against Z, lower/JJR
 *       LDL cholesterol"): tagged {@code VBP} (kind {@code comparative}).
 * </ul>
 *
 * <p>In any sentence, "acquired" before "resistance" is an adjective ("In melanoma, acquired/VBN resistance to X
 * arises ...", which the parser roots at "acquired"), and a verb read as a noun right after the drug subject of a
 * clause that a comma opens ("..., whereas X and Y block/NN the receptor") is tagged a verb (kinds {@code verb} and
 * {@code plural}; see {@link #repairClauseVerbs}).
 *
 * <p>Runs between the tagger and the parser; for the two errors above, a sentence with a finite verb of its own is
 * left as it is ("Sunitinib targets were identified", "cells were treated with X"), and only the first repairable
 * word of a sentence is repaired. After the sentence's verb (found or repaired), a past tense of kind {@code past}
 * right after "and", "but" or "or" and before a noun phrase is its coordinated verb and tagged {@code VBD} ("X
 * downregulated Y and upregulated/VBN the protein Z").
 */
final class VerbTagRepair {

  static final String DEFAULT_VERBS = "org/litmine/annotators/rules/cues/misread-verbs.tsv";

  private static final Set<String> NOUN_TAGS = Set.of("NNS", "NN", "NNPS");
  /** What a past tense follows when it is the sentence's verb: the end of a noun phrase or of an apposition. */
  private static final Set<String> PHRASE_ENDING_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", ",", "-RRB-");
  private static final Set<String> RELATIVE_PRONOUN_TAGS = Set.of("WDT", "WP");
  /** Tags no gene, drug or class name takes, though the tagger gives them to names: adverb, bare verb. */
  private static final Set<String> BARE_TAGS = Set.of("RB", "VB", "VBP");
  /** Words that open a subordinate clause after the main one: "X induced Y, whereas Z did not". */
  private static final Set<String> SUBORDINATORS =
      Set.of("whereas", "while", "although", "though", "because", "when", "if", "unless");
  /** What follows a sentence's first name when it is the subject: a comma or a bracket ("Basimglurant, a ..."). */
  private static final Set<String> OPENING_NAME_FOLLOWERS = Set.of(",", "-LRB-");
  private static final Set<String> PHRASE_OPENING_TAGS =
      Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$");
  private static final Set<String> CLAUSE_PUNCTUATION = Set.of(",", ";");
  /** What the tagger reads a past tense as: a participle, or an adjective ("X strongly inhibited/JJ Y"). */
  private static final Set<String> PARTICIPLE_TAGS = Set.of("VBN", "JJ");
  /** The tags of the words a subject that opens the sentence may start with: "The/DT CDK4/NN //HYPH 6/CD ...". */
  private static final java.util.regex.Pattern OPENING_WORDS =
      java.util.regex.Pattern.compile("DT|JJ|NN|NNS|NNP|NNPS|CD|HYPH|SYM|:");
  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but");
  /** Quantifiers that float after a plural subject, before its verb: "X and Y each/both inhibited Z". */
  private static final Set<String> FLOATING_QUANTIFIERS = Set.of("each", "both", "all");
  /** A gene symbol as written: capitals and digits, perhaps joined by a hyphen ("MAO-B", "PD-L1"). */
  private static final java.util.regex.Pattern CAPITALS = java.util.regex.Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

  private final Lexicon verbs;

  VerbTagRepair(Lexicon verbs) {
    this.verbs = verbs;
  }

  void repair(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    repairClauseVerbs(tokens);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if ("acquired".equalsIgnoreCase(tokens.get(i).word()) && tokens.get(i).tag().startsWith("VB")
          && "resistance".equalsIgnoreCase(tokens.get(i + 1).word())) {
        tokens.get(i).setTag("JJ");  // "In melanoma, acquired/VBN resistance to X arises ...": the term, not a verb
      }
    }
    for (CoreLabel token : tokens) {
      if (isName(token) && (BARE_TAGS.contains(token.tag()) || isCapitalsReadAsPast(token))) {
        token.setTag("NN");  // a name read as an adverb or a verb: "dabrafenib/RB reduced", "not COX-1/VB", "MET/VBD"
      }
    }
    if (tokens.size() > 2 && isName(tokens.get(0)) && "JJ".equals(tokens.get(0).tag())
        && !tokens.get(0).word().contains("-") && (OPENING_NAME_FOLLOWERS.contains(tokens.get(1).tag())
            || PARTICIPLE_TAGS.contains(tokens.get(1).tag()) && hasKind(tokens.get(1), "past")
                && opensNounPhrase(tokens.get(2)))) {
      // a name opening the sentence read as an adjective: "Basimglurant/JJ, a ...", "Fulvestrant/JJ lowered/VBN Y"
      tokens.get(0).setTag("NN");
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel name = tokens.get(i);
      if (isName(name) && "JJ".equals(name.tag()) && CAPITALS.matcher(name.word()).matches()
          && !opensNounPhrase(tokens.get(i + 1))) {
        name.setTag("NN");  // a symbol read as an adjective before no noun: "which inhibit MAO-B/JJ irreversibly"
      }
    }
    int clauseEnd = subordinateClauseStart(tokens);
    for (int i = 1; i < clauseEnd; i++) {
      if (isMainFiniteVerb(tokens, i)) {
        repairCoordinatedPast(tokens, i + 1);
        return;
      }
    }
    for (int i = 1; i + 1 < clauseEnd; i++) {
      CoreLabel word = tokens.get(i);
      if (!opensNounPhrase(tokens.get(i + 1)) || isName(word)) {
        continue;
      }
      boolean verbAfterName = NOUN_TAGS.contains(word.tag()) && isName(tokens.get(i - 1)) && hasKind(word, "verb");
      boolean afterPhrase = PHRASE_ENDING_TAGS.contains(tokens.get(beforeAdverbs(tokens, i)).tag());
      boolean pastAfterPhrase = PARTICIPLE_TAGS.contains(word.tag()) && afterPhrase && hasKind(word, "past");
      boolean presentAfterPhrase = "JJR".equals(word.tag()) && afterPhrase && hasKind(word, "comparative");
      if (verbAfterName || pastAfterPhrase || presentAfterPhrase) {
        word.setTag(verbAfterName ? "VBZ" : presentAfterPhrase ? "VBP" : "VBD");
        floatingQuantifiersBefore(tokens, i);
        repairCoordinatedPast(tokens, i + 1);
        return;
      }
    }
  }

  /**
   * A verb read as a noun (or, without -s, as a bare verb) right after the drug subject (and adverbs) of a clause
   * that a comma or semicolon opens, before a noun phrase ("..., whereas tocilizumab and sarilumab block/NN the IL-6
   * receptor", "..., and X and Y also neutralize/VB IL-17A"; not "X targets such as Y"), or after drugs joined by
   * "and" or "or" and before a determiner ("the SSRIs sertraline and paroxetine block/NN the serotonin
   * transporter"): tagged {@code VBZ} (kind {@code verb}) or {@code VBP} (kind {@code plural}). The subject is one or
   * more drug, chemical or class mentions joined by commas, "and" or "or"; before it, a comma or semicolon, a
   * subordinating word, "and" or "but" after a comma, or only the words of a noun phrase that opens the sentence
   * ("CDK4/6 inhibitors block/NN the phosphorylation of RB1").
   */
  private void repairClauseVerbs(List<CoreLabel> tokens) {
    for (int i = 2; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      boolean third = hasKind(word, "verb");
      boolean plural = hasKind(word, "plural");
      boolean misread = NOUN_TAGS.contains(word.tag()) || plural && "VB".equals(word.tag());
      int j = beforeAdverbs(tokens, i);
      if (!misread || !(third || plural) || isName(word)
          || !opensNounPhrase(tokens.get(i + 1)) || "such".equals(lower(tokens.get(i + 1)))
          || !isDrugSubject(tokens.get(j))) {
        continue;
      }
      while (j > 0 && (isDrugSubject(tokens.get(j))
          || isListWord(tokens.get(j)) && isDrugSubject(tokens.get(j - 1)))) {
        j--;
      }
      // The subject may open the sentence itself: "Nivolumab and pembrolizumab block/NN PD-1, whereas ...".
      boolean subjectOpens = j == 0 && isDrugSubject(tokens.get(0));
      int subject = subjectOpens ? 0 : j + 1;
      String before = lower(tokens.get(j));
      boolean opened = CLAUSE_PUNCTUATION.contains(before) || SUBORDINATORS.contains(before)
          || CLAUSE_JOINERS.contains(before) && j > 0 && CLAUSE_PUNCTUATION.contains(tokens.get(j - 1).word());
      boolean coordinated = plural && "DT".equals(tokens.get(i + 1).tag()) && tokens.subList(subject, i).stream()
          .anyMatch(t -> CLAUSE_JOINERS.contains(lower(t)) || "or".equals(lower(t)));
      boolean opening = subjectOpens
          || tokens.subList(0, j + 1).stream().allMatch(t -> OPENING_WORDS.matcher(t.tag()).matches());
      if ((opened || coordinated || opening) && isDrugSubject(tokens.get(subject))) {
        word.setTag(third ? "VBZ" : "VBP");
      }
    }
  }

  /**
   * A quantifier floating between the subject and the verb at {@code verb} ("X and Y each/DT inhibited"), tagged an
   * adverb so that the parser does not read it as the determiner of the noun after the verb.
   */
  private static void floatingQuantifiersBefore(List<CoreLabel> tokens, int verb) {
    for (int k = beforeAdverbs(tokens, verb) + 1; k < verb; k++) {
      if (FLOATING_QUANTIFIERS.contains(lower(tokens.get(k)))) {
        tokens.get(k).setTag("RB");
      }
    }
  }

  /** A name in capitals read as a past tense: "MET/VBD amplification" ("met"), "SET/VBD". */
  private static boolean isCapitalsReadAsPast(CoreLabel token) {
    return "VBD".equals(token.tag()) && token.word().chars().noneMatch(Character::isLowerCase);
  }

  /**
   * After the main clause's verb, a past tense of the list right after "and", "but" or "or" and before a noun phrase
   * is its coordinated verb, not a participle ("X downregulated Y and upregulated/VBN the protein Z").
   */
  private void repairCoordinatedPast(List<CoreLabel> tokens, int from) {
    for (int i = Math.max(from, 1); i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      if ("VBN".equals(word.tag()) && "CC".equals(tokens.get(i - 1).tag()) && opensNounPhrase(tokens.get(i + 1))
          && hasKind(word, "past")) {
        word.setTag("VBD");
      }
    }
  }

  /**
   * A finite verb of the sentence's own clause: not one opening a relative clause ("an inhibitor that targets/VBZ Y")
   * nor one coordinated after "and", "but" or "or" (the partner of a verb the tagger may have missed).
   */
  private static boolean isMainFiniteVerb(List<CoreLabel> tokens, int i) {
    String before = tokens.get(i - 1).tag();
    return isFiniteVerb(tokens.get(i)) && !RELATIVE_PRONOUN_TAGS.contains(before)
        && !"CC".equals(before);
  }

  /**
   * Where the sentence's first subordinate clause after its main clause opens ("X induced/VBN Y, whereas Z did not"):
   * the first subordinating word ({@code SUBORDINATORS}) after the sentence's second token, else the sentence's end.
   * A finite verb of that clause is not the main clause's.
   */
  private static int subordinateClauseStart(List<CoreLabel> tokens) {
    for (int i = 2; i < tokens.size(); i++) {
      if (SUBORDINATORS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return tokens.size();
  }

  /**
   * The token before {@code i}, passing over adverbs and a quantifier that floats after the subject ("dabrafenib
   * paradoxically activated", "X, Y and Z each inhibited", "X and Y both block").
   */
  private static int beforeAdverbs(List<CoreLabel> tokens, int i) {
    int j = i - 1;
    while (j > 0 && ("RB".equals(tokens.get(j).tag()) || FLOATING_QUANTIFIERS.contains(lower(tokens.get(j))))) {
      j--;
    }
    return j;
  }

  private boolean hasKind(CoreLabel word, String kind) {
    return verbs.lookup(word.word().toLowerCase(Locale.ROOT)).map(k -> k.contains(kind)).orElse(false);
  }

  private static boolean opensNounPhrase(CoreLabel token) {
    return PHRASE_OPENING_TAGS.contains(token.tag()) || isName(token);
  }
}
