package org.litmine.pipeline.trial;

import java.util.List;

/**
 * The drugs the entity annotators recognized in a text of the paper (a sentence, a table cell, the title, or a
 * piece of one), with offsets into that text: how the trial extractors learn which drugs a text names. They never
 * look names up in a lexicon of their own; {@link AnnotatedMentions} is the implementation a run uses.
 */
@FunctionalInterface
public interface DrugMentions {

  /** A drug or treatment named in a text: its span, the text as written and its normalized identifier. */
  record Found(int start, int end, String text, String id) {}

  /** The drugs named in text, left to right, not overlapping. */
  List<Found> find(String text);
}
