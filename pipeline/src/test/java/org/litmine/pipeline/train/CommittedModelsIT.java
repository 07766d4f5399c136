package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relation models in the source tree are what {@code ./litmine train} gives from the current code and data: the
 * rules, lexicons and candidate filters are the models' inputs (a rule's match is a feature, a candidate pair comes
 * from the entity annotators), so a change to any of them that changes the models must come with the retrained
 * models. Trains on the full corpora (a few minutes on two cores).
 */
class CommittedModelsIT {

  private static final Path SHARED = Path.of("../../shared");
  private static final Path COMMITTED = Path.of("..").resolve(Training.MODELS_DIR);

  @TempDir
  Path dir;

  @Test
  void theCommittedRelationModelsAreWhatTrainingGivesToday() throws Exception {
    Training.run(SHARED, dir, null, 5, 2);
    for (String name : List.of("pharmacology.model.tsv", "pharmacology.card.md", "predictive.model.tsv",
        "predictive.card.md")) {
      assertEquals(Files.readString(COMMITTED.resolve(name), StandardCharsets.UTF_8),
          Files.readString(dir.resolve(name), StandardCharsets.UTF_8),
          name + " differs from what `./litmine train` gives from the current code: retrain and commit the models");
    }
  }
}
