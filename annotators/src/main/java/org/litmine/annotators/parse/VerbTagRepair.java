package org.litmine.annotators.parse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.ner.EntityType;

/**
 * Repairs two tagging errors that hide a whole statement from the parse, both in a sentence with no finite verb
 * (the verbs of {@code rules/cues/misread-verbs.tsv}, by kind):
 *
 * <ul>
 *   <li>a third-person verb after a name tagged as a plural noun ("Sunitinib/JJ targets/NNS KIT/NN ."), which the
 *       parser reads as one noun phrase: tagged {@code VBZ} when the token before it ends a gene, drug, chemical or
 *       class mention and the token after it opens a noun phrase (kind {@code verb});
 *   <li>a past tense after a noun phrase tagged as a participle ("X, a Y inhibitor, induced/VBN apoptosis"), which
 *       the parser reads as a modifier of the noun after it: tagged {@code VBD} when the token before it is a noun,
 *       a name, a comma or a closing bracket and the token after it opens a noun phrase (kind {@code past}).
 * </ul>
 *
 * Runs between the tagger and the parser; a sentence with a finite verb is left as it is ("Sunitinib targets were
 * identified", "cells were treated with X"), and only the first repairable word of a sentence is repaired.
 */
final class VerbTagRepair {

  static final String DEFAULT_VERBS = "org/litmine/annotators/rules/cues/misread-verbs.tsv";

  private static final Set<String> NOUN_TAGS = Set.of("NNS", "NN", "NNPS");
  /** What a past tense follows when it is the sentence's verb: the end of a noun phrase or of an apposition. */
  private static final Set<String> PHRASE_ENDING_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", ",", "-RRB-");
  private static final Set<String> FINITE_VERB_TAGS = Set.of("VBZ", "VBD", "VBP", "MD");
  private static final Set<String> PHRASE_OPENING_TAGS =
      Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$");
  /** The mentions a relation can hold (the NER tags {@code BioEntityAnnotator} gives their tokens). */
  private static final Set<String> NAME_TAGS = Set.of(EntityType.GENE.name(), EntityType.FAMILY.name(),
      EntityType.DRUG.name(), EntityType.DRUG_CLASS.name(), EntityType.CHEMICAL.name());

  private final Lexicon verbs;

  VerbTagRepair(Lexicon verbs) {
    this.verbs = verbs;
  }

  void repair(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens.stream().anyMatch(t -> FINITE_VERB_TAGS.contains(t.tag()))) {
      return;
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      if (!opensNounPhrase(tokens.get(i + 1)) || isMention(word)) {
        continue;
      }
      if (NOUN_TAGS.contains(word.tag()) && isMention(tokens.get(i - 1)) && hasKind(word, "verb")) {
        word.setTag("VBZ");
        return;
      }
      if ("VBN".equals(word.tag()) && PHRASE_ENDING_TAGS.contains(tokens.get(i - 1).tag()) && hasKind(word, "past")) {
        word.setTag("VBD");
        return;
      }
    }
  }

  private boolean hasKind(CoreLabel word, String kind) {
    return verbs.lookup(word.word().toLowerCase(Locale.ROOT)).map(k -> k.contains(kind)).orElse(false);
  }

  private static boolean isMention(CoreLabel token) {
    return token.ner() != null && NAME_TAGS.contains(token.ner());
  }

  private static boolean opensNounPhrase(CoreLabel token) {
    return PHRASE_OPENING_TAGS.contains(token.tag()) || isMention(token);
  }
}
