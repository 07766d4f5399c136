package org.litmine.annotators.parse;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;
import java.util.Set;
import org.litmine.annotators.ner.EntityType;

/**
 * The words a clause's reading turns on, shared by {@link VerbTagRepair}, {@link ClauseList} and
 * {@link RelativeClauses}: a finite verb, a name (a gene, drug or class mention, by its NER tag), a drug subject (a
 * drug, chemical or class mention) and the words that join the names of a subject ("X, Y and Z").
 */
final class ClauseWords {

  private static final Set<String> FINITE_VERB_TAGS = Set.of("VBZ", "VBD", "VBP", "MD");
  private static final Set<String> DRUG_SUBJECT_TAGS =
      Set.of(EntityType.DRUG.name(), EntityType.CHEMICAL.name(), EntityType.DRUG_CLASS.name());
  private static final Set<String> LIST_WORDS = Set.of(",", "and", "or");
  /** The mentions a relation can hold (the NER tags {@code BioEntityAnnotator} gives their tokens). */
  private static final Set<String> NAME_TAGS = Set.of(EntityType.GENE.name(), EntityType.FAMILY.name(),
      EntityType.DRUG.name(), EntityType.DRUG_CLASS.name(), EntityType.CHEMICAL.name());

  private ClauseWords() {}

  /** Whether the token is tagged a finite verb or a modal. */
  static boolean isFiniteVerb(CoreLabel token) {
    return FINITE_VERB_TAGS.contains(token.tag());
  }

  /** Whether the token is part of a drug, chemical or class mention that can be a clause's subject. */
  static boolean isDrugSubject(CoreLabel token) {
    return token.ner() != null && DRUG_SUBJECT_TAGS.contains(token.ner());
  }

  /** Whether the token is part of a gene, family, drug, chemical or class mention. */
  static boolean isName(CoreLabel token) {
    return token.ner() != null && NAME_TAGS.contains(token.ner());
  }

  /** Whether the token joins the names of a list: a comma, "and" or "or". */
  static boolean isListWord(CoreLabel token) {
    return LIST_WORDS.contains(lower(token));
  }

  static String lower(CoreLabel token) {
    return token.word().toLowerCase(Locale.ROOT);
  }
}
