package org.litmine.pipeline.train;

import java.util.List;

/**
 * One candidate pair of a training text: its model, the label the corpus gives it, its features, and whether one of
 * its mentions was added from the corpus's labels ({@link LabelledMentions}): such a pair is learned from, but it is
 * not one litmine would find, so cross-validated figures count it as missed.
 */
record PairExample(String corpus, String group, String model, String label, boolean fromLabels,
    List<String> features) {

  PairExample {
    group = group.replace('\t', ' ').replace('\n', ' ');
    features = List.copyOf(features);
  }

  boolean positive() {
    return !label.equals(LabelMap.NONE);
  }

  /** The effects rules found for the pair, as its features say. */
  boolean ruleFired() {
    return !features.contains("rule:none");
  }
}
