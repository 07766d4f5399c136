package org.litmine.annotators.ner;

import java.util.List;

/**
 * One entity mention in a sentence: a token span, the text as written, and the identifiers it grounds to.
 *
 * <p>A mention may ground to several identifiers ("IGF-IR/InsR" names IGF1R and INSR; "Erk1/2" names MAPK3 and
 * MAPK1). {@code knownIds} are what the lexicon knows the name as, where that differs from what is emitted: a drug
 * code name is emitted as itself ("BYL719" → byl719, as ANNOTATION.md asks) while the lexicon knows its generic
 * name (alpelisib), which is used only where the paper itself equates the two. Offsets are character offsets into
 * the annotated text; token indices are 0-based, end exclusive.
 *
 * <p>A name a trained tagger proposes that no lexicon grounds is {@linkplain #grounded() ungrounded}: its only id is
 * its text as written and it has no known ids; its triples are kept apart from those of grounded names.
 */
public record BioMention(EntityType type, String text, List<String> ids, int tokenBegin, int tokenEnd,
    int charBegin, int charEnd, List<String> knownIds) {

  public BioMention {
    ids = List.copyOf(ids);
    knownIds = List.copyOf(knownIds);
  }

  /** A mention whose lexicon identifiers are the ones emitted. */
  public BioMention(EntityType type, String text, List<String> ids, int tokenBegin, int tokenEnd, int charBegin,
      int charEnd) {
    this(type, text, ids, tokenBegin, tokenEnd, charBegin, charEnd, ids);
  }

  /** The order of a sentence's mentions: by start token, then end token, then type. */
  public static final java.util.Comparator<BioMention> IN_ORDER = java.util.Comparator
      .comparingInt(BioMention::tokenBegin).thenComparingInt(BioMention::tokenEnd).thenComparing(BioMention::type);

  /** A name no lexicon grounds: its one id is its text as written (see {@link #grounded()}). */
  public static BioMention ungrounded(EntityType type, String text, int tokenBegin, int tokenEnd, int charBegin,
      int charEnd) {
    return new BioMention(type, text, List.of(text), tokenBegin, tokenEnd, charBegin, charEnd, List.of());
  }

  /** Whether a lexicon, or the paper's own definition, grounds this mention to identifiers. */
  public boolean grounded() {
    return !knownIds.isEmpty();
  }

  public boolean covers(int tokenIndex) {
    return tokenIndex >= tokenBegin && tokenIndex < tokenEnd;
  }

  /** Whether this mention's tokens all lie inside {@code outer}'s ("EGFR" inside "EGFR inhibitors"). */
  public boolean within(BioMention outer) {
    return tokenBegin >= outer.tokenBegin && tokenEnd <= outer.tokenEnd;
  }

  /** The same mention grounded to other identifiers. */
  public BioMention withIds(List<String> newIds) {
    return new BioMention(type, text, newIds, tokenBegin, tokenEnd, charBegin, charEnd, knownIds);
  }
}
