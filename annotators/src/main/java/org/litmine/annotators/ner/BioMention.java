package org.litmine.annotators.ner;

import java.util.List;

/**
 * One entity mention in a sentence: a token span, the text as written, and the identifiers it grounds to.
 *
 * <p>A mention may ground to several identifiers ("IGF-IR/InsR" names IGF1R and INSR; "Erk1/2" names MAPK3 and
 * MAPK1). Offsets are character offsets into the annotated text; token indices are 0-based, end exclusive.
 */
public record BioMention(
    EntityType type, String text, List<String> ids, int tokenBegin, int tokenEnd, int charBegin, int charEnd) {

  public BioMention {
    ids = List.copyOf(ids);
  }

  public boolean covers(int tokenIndex) {
    return tokenIndex >= tokenBegin && tokenIndex < tokenEnd;
  }
}
