package org.litmine.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.litmine.pipeline.train.Training;

/**
 * {@code ./litmine train [--shared ../shared] [--models DIR] [--examples FILE] [--folds 5] [--threads N]}: trains the
 * relation models from the labelled corpora under {@code --shared} and writes each model with its card into
 * {@code --models} (default: the annotators' model folder in this checkout). {@code --examples} keeps the candidate
 * pairs the pipeline found in a file, read back on the next run instead of annotating the corpora again.
 */
final class TrainCommand {

  static final String USAGE = "usage: litmine train [--shared ../shared] [--models " + Training.MODELS_DIR
      + "] [--examples FILE] [--folds 5] [--threads N]";

  private TrainCommand() {}

  static int run(ArgList args) throws UsageException, IOException {
    if (!args.positional.isEmpty()) {
      throw new UsageException(USAGE);
    }
    Path shared = Path.of(args.get("shared", "../shared"));
    if (!Files.isDirectory(shared.resolve("training")) || !Files.isDirectory(shared.resolve("benchmarks"))) {
      throw new UsageException("no training data under " + shared + " (expected training/ and benchmarks/)");
    }
    Path examples = args.options.containsKey("examples") ? Path.of(args.get("examples", "")) : null;
    int folds;
    int threads;
    try {
      folds = Integer.parseInt(args.get("folds", "5"));
      threads = Integer.parseInt(args.get("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    } catch (NumberFormatException e) {
      throw new UsageException("--folds and --threads take whole numbers\n" + USAGE);
    }
    try {
      for (String line : Training.run(shared, Path.of(args.get("models", Training.MODELS_DIR)), examples, folds,
          threads)) {
        System.out.println(line);
      }
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }
}
