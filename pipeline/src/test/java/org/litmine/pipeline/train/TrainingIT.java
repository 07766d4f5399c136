package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.annotators.classify.LinearModel;

/**
 * Trains both relation models on a small slice of the real training corpora with the real pipeline: the examples
 * come from litmine's own entities and parses, the models and cards are written, and training again gives the same
 * bytes.
 */
class TrainingIT {

  private static final Path SHARED = Path.of("../../shared");

  @TempDir
  Path dir;

  @Test
  void aSliceOfTheCorporaTrainsBothModelsByteForByteTheSameTwice() throws Exception {
    List<LabelledText> texts = new ArrayList<>();
    texts.addAll(TrainingCorpora.chemProt(SHARED.resolve("training/chemprot/chemprot.sentences.jsonl"))
        .subList(0, 80));
    texts.addAll(TrainingCorpora.civicMine(SHARED.resolve("benchmarks/civicmine/civicmine.train.jsonl"))
        .subList(0, 120));
    PairExamples.Result examples = new PairExamples(LabelMap.load(), 1).of(texts);
    assertTrue(examples.examples().stream().anyMatch(e -> e.model().equals("pharmacology") && e.positive()));
    assertTrue(examples.examples().stream().anyMatch(e -> e.model().equals("predictive") && e.positive()));
    assertTrue(examples.examples().stream().allMatch(e -> e.features().contains("bias")));

    Path first = Files.createDirectories(dir.resolve("a"));
    Path second = Files.createDirectories(dir.resolve("b"));
    Training.write(examples, first, 3);
    Path file = dir.resolve("examples.tsv");
    ExampleFile.write(file, examples);
    Training.write(ExampleFile.read(file), second, 3);
    for (String name : List.of("pharmacology.model.tsv", "pharmacology.card.md", "predictive.model.tsv",
        "predictive.card.md")) {
      assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
    }
    LinearModel model = LinearModel.read(Files.newInputStream(first.resolve("pharmacology.model.tsv")));
    assertEquals(List.of("none", "inhibits", "induces", "reduces"), model.labels());
    String card = Files.readString(first.resolve("predictive.card.md"));
    assertTrue(card.contains("## Cross-validated figures (3 folds"), card);
    assertTrue(card.contains("| civicmine · both |"), card);
  }
}
