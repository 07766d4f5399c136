package org.litmine.pipeline.train;

import java.util.HashMap;
import java.util.Map;
import org.litmine.annotators.lexicon.TsvResource;

/** What each corpus's labels become in which relation model ({@code labels.tsv} beside this class). */
final class LabelMap {

  static final String NONE = "none";
  static final String NEUTRAL = "neutral";
  private static final String RESOURCE = "org/litmine/pipeline/train/labels.tsv";

  private final Map<String, String> modelOfCorpus = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();

  static LabelMap load() {
    LabelMap map = new LabelMap();
    TsvResource.read(RESOURCE, cols -> {
      map.modelOfCorpus.put(cols[0], cols[2]);
      map.labels.put(cols[0] + "\t" + cols[1], cols[3]);
    });
    return map;
  }

  /** The model a corpus trains. */
  String modelOf(String corpus) {
    String model = modelOfCorpus.get(corpus);
    if (model == null) {
      throw new IllegalArgumentException("no model for corpus " + corpus + " in " + RESOURCE);
    }
    return model;
  }

  /** The model label of a corpus label; a label the file does not list is an error, not a silent "none". */
  String modelLabel(String corpus, String corpusLabel) {
    String label = labels.get(corpus + "\t" + corpusLabel);
    if (label == null) {
      throw new IllegalArgumentException("label " + corpusLabel + " of " + corpus + " is not in " + RESOURCE);
    }
    return label;
  }
}
