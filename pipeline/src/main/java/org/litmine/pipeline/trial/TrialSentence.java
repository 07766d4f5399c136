package org.litmine.pipeline.trial;

import java.util.List;

/**
 * A sentence of the body as the trial extractors read it: its text, the section it is in, the paragraph it belongs
 * to (an index), and the drugs and cancers the entity annotator found in it, in order. {@code drugs} holds normalized
 * drug identifiers and {@code drugTexts} the same mentions as written.
 */
public record TrialSentence(String text, String section, int paragraph, List<String> drugs, List<String> drugTexts,
    List<String> cancers) {

  public TrialSentence {
    drugs = List.copyOf(drugs);
    drugTexts = List.copyOf(drugTexts);
    cancers = List.copyOf(cancers);
  }
}
