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
 * Repairs one tagging error that hides a whole statement from the parse: a third-person verb after a name, in a
 * sentence with no finite verb, tagged as a plural noun ("Sunitinib/JJ targets/NNS KIT/NN ."), which the parser then
 * reads as one noun phrase. Such a word (a lexicon of verbs, {@code rules/cues/verbs-read-as-nouns.tsv}) is tagged
 * {@code VBZ} when the token before it ends a gene, drug, chemical or class mention and the token after it opens a
 * noun phrase. Runs between the tagger and the parser; a sentence with a finite verb is left as it is ("Sunitinib
 * targets were identified").
 */
final class VerbTagRepair {

  static final String DEFAULT_VERBS = "org/litmine/annotators/rules/cues/verbs-read-as-nouns.tsv";

  private static final Set<String> NOUN_TAGS = Set.of("NNS", "NN", "NNPS");
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
      if (NOUN_TAGS.contains(word.tag()) && isMention(tokens.get(i - 1)) && !isMention(word)
          && opensNounPhrase(tokens.get(i + 1))
          && verbs.lookup(word.word().toLowerCase(Locale.ROOT)).isPresent()) {
        word.setTag("VBZ");
        return;
      }
    }
  }

  private static boolean isMention(CoreLabel token) {
    return token.ner() != null && NAME_TAGS.contains(token.ner());
  }

  private static boolean opensNounPhrase(CoreLabel token) {
    return PHRASE_OPENING_TAGS.contains(token.tag()) || isMention(token);
  }
}
