package org.litmine.pipeline.train;

import java.util.List;

/** A relation model to train: its name (the model file is {@code <name>.model.tsv}) and labels, "none" first. */
record ModelSpec(String name, List<String> labels) {

  static final List<ModelSpec> ALL = List.of(
      new ModelSpec("pharmacology", List.of(LabelMap.NONE, "inhibits", "induces", "reduces")),
      new ModelSpec("predictive", List.of(LabelMap.NONE, "predictive")));
}
