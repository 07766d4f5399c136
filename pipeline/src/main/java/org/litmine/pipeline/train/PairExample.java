package org.litmine.pipeline.train;

import java.util.List;
import org.litmine.annotators.classify.PairFeatures;

/** One candidate pair of a training text: its model, the label the corpus gives it, and its features. */
record PairExample(String corpus, String group, String model, String label, List<String> features) {

  PairExample {
    group = group.replace('\t', ' ').replace('\n', ' ');
    features = List.copyOf(features);
  }

  boolean positive() {
    return !label.equals(LabelMap.NONE);
  }

  /** The effects rules found for the pair, as its features say. */
  boolean ruleFired() {
    return !features.contains(PairFeatures.NO_RULE);
  }
}
