package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.ListIterator;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * A drug written with its salt after it ("thioperamide maleate", "losartan potassium") or its radiolabel before it
 * ("[3H]dexamethasone", "[(125)I]iodocyanopindolol") is still that drug: its mention is widened to take them in, with
 * the same identifiers, so that the mention is the name as written.
 *
 * <p>Salt words are the {@code salt} rows of the token affix lexicon, one token each, at most
 * {@value #MAX_SALT_WORDS} ("hydrochloride monohydrate"). A radiolabel is an isotope in square brackets right before
 * the name, with no space: a mass number (bracketed or not) and an element symbol ("[3H]", "[(3)H]", "[125I]",
 * "[14C]").
 */
final class SaltAndLabelForms {

  private static final String SALT = "salt";
  private static final int MAX_SALT_WORDS = 2;
  private static final int MAX_LABEL_TOKENS = 6;
  private static final Pattern LABEL = Pattern.compile("\\[\\(?\\d{1,3}\\)?[A-Z][a-z]?\\]");

  private final Lexicon affixes;

  SaltAndLabelForms(Lexicon affixes) {
    this.affixes = affixes;
  }

  /** Widens the drug-like mentions of a sentence over the salt words after them and the label before them. */
  void widen(List<CoreLabel> tokens, List<BioMention> mentions) {
    for (ListIterator<BioMention> it = mentions.listIterator(); it.hasNext(); ) {
      BioMention m = it.next();
      if (!m.type().isDrugLike()) {
        continue;
      }
      int begin = labelStart(tokens, m.tokenBegin());
      int end = m.tokenEnd();
      while (end < tokens.size() && end - m.tokenEnd() < MAX_SALT_WORDS && isSalt(tokens.get(end))
          && covering(mentions, end) == null) {
        end++;
      }
      if (begin < m.tokenBegin() || end > m.tokenEnd()) {
        it.set(new BioMention(m.type(), EntityMatcher.surface(tokens, begin, end), m.ids(), begin, end,
            tokens.get(begin).beginPosition(), tokens.get(end - 1).endPosition(), m.knownIds()));
      }
    }
  }

  /** The first token of a radiolabel written right before token {@code begin}, or {@code begin}. */
  private static int labelStart(List<CoreLabel> tokens, int begin) {
    StringBuilder text = new StringBuilder();
    for (int j = begin - 1; j >= 0 && begin - j <= MAX_LABEL_TOKENS; j--) {
      if (tokens.get(j).endPosition() != tokens.get(j + 1).beginPosition()) {
        return begin;
      }
      text.insert(0, tokens.get(j).originalText());
      if (LABEL.matcher(text).matches()) {
        return j;
      }
    }
    return begin;
  }

  private boolean isSalt(CoreLabel token) {
    return affixes.lookup(token.originalText()).map(ids -> ids.contains(SALT)).orElse(false);
  }

  private static BioMention covering(List<BioMention> mentions, int token) {
    return mentions.stream().filter(m -> m.covers(token)).findFirst().orElse(null);
  }
}
