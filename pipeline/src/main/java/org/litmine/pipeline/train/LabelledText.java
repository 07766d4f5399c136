package org.litmine.pipeline.train;

import java.util.List;

/**
 * A text of a training corpus with its labelled pairs. {@code group} keeps the texts that must stay in one
 * cross-validation fold together (a sentence, or an abstract).
 */
record LabelledText(String corpus, String group, String text, List<LabelledPair> pairs) {

  LabelledText {
    pairs = List.copyOf(pairs);
  }
}
