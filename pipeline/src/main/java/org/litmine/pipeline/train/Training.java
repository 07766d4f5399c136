package org.litmine.pipeline.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./litmine train}: reads the labelled corpora under {@code shared}, turns them into candidate-pair examples
 * with litmine's own pipeline (or reads them back from {@code examples} when that file exists), trains every relation
 * model with cross-validation, and writes {@code <name>.model.tsv} and {@code <name>.card.md} into {@code models}.
 */
public final class Training {

  /** Where the models live in the source tree, for the default {@code --models}. */
  public static final String MODELS_DIR = "annotators/src/main/resources/org/litmine/annotators/models";

  private Training() {}

  /** Trains and writes the models; returns the lines of a short summary. */
  public static List<String> run(Path shared, Path models, Path examplesFile, int folds, int threads)
      throws IOException, InterruptedException {
    PairExamples.Result examples;
    if (examplesFile != null && Files.isRegularFile(examplesFile)) {
      examples = ExampleFile.read(examplesFile);
    } else {
      examples = new PairExamples(LabelMap.load(), threads).of(texts(shared));
      if (examplesFile != null) {
        ExampleFile.write(examplesFile, examples);
      }
    }
    return write(examples, models, folds);
  }

  /** Trains every model from the examples and writes the models and cards into {@code models}. */
  static List<String> write(PairExamples.Result examples, Path models, int folds) throws IOException {
    Files.createDirectories(models);
    List<String> summary = new ArrayList<>();
    for (TrainedModel m : RelationModels.train(examples, folds)) {
      int features;
      try (Writer w = Files.newBufferedWriter(models.resolve(m.spec().name() + ".model.tsv"),
          StandardCharsets.UTF_8)) {
        features = m.model().write(w, List.of("litmine relation model " + m.spec().name()
            + " (see " + m.spec().name() + ".card.md)"));
      }
      Files.writeString(models.resolve(m.spec().name() + ".card.md"), ModelCard.of(m, folds, features),
          StandardCharsets.UTF_8);
      summary.add(m.spec().name() + ": " + m.examples().size() + " pairs, threshold " + m.threshold());
    }
    return summary;
  }

  static List<LabelledText> texts(Path shared) throws IOException {
    List<LabelledText> texts = new ArrayList<>();
    texts.addAll(TrainingCorpora.chemProt(shared.resolve("training/chemprot/chemprot.sentences.jsonl")));
    texts.addAll(TrainingCorpora.drugProt(shared.resolve("benchmarks/drugprot/tune"),
        shared.resolve("benchmarks/drugprot/tune.gold.tsv")));
    texts.addAll(TrainingCorpora.civicMine(shared.resolve("benchmarks/civicmine/civicmine.train.jsonl")));
    return texts;
  }
}
