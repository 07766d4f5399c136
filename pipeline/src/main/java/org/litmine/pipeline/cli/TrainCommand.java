package org.litmine.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.litmine.pipeline.train.ClusterText;
import org.litmine.pipeline.train.MentionTaggers;
import org.litmine.pipeline.train.TaggerSpec;
import org.litmine.pipeline.train.Training;
import org.litmine.pipeline.train.WordClusters;

/**
 * {@code ./litmine train [relations] [--shared ../shared] [--models DIR] [--examples FILE] [--folds 5] [--threads N]}:
 * trains the relation models from the labelled corpora under {@code --shared} and writes each model with its card
 * into {@code --models} (default: the annotators' model folder in this checkout). {@code --examples} keeps the
 * candidate pairs the pipeline found in a file, read back on the next run instead of annotating the corpora again.
 *
 * <p>{@code ./litmine train mentions [--shared ../shared] [--models DIR] [--report reports/mentions.md] [--devel]
 * [--taggers genes,chemicals]}: trains the gene and chemical mention taggers ({@link MentionTaggers}), or those named,
 * and writes them with their cards and the report; with {@code --devel}, trains on train only and prints the devel
 * figures, writing nothing.
 *
 * <p>{@code ./litmine train clusters [--shared ../shared] [--classes 512] [--out FILE]}: makes the word clusters the
 * gene tagger reads ({@link WordClusters}, from the unlabelled text of {@link ClusterText}) and writes them to
 * {@code --out} (default: the resource {@code TaggerSpec} reads them from in this checkout).
 */
final class TrainCommand {

  static final String USAGE = "train [relations] [--shared ../shared] [--models DIR] [--examples FILE] [--folds 5] "
      + "[--threads N]   (train the relation models and write their cards)\n  litmine train mentions [--shared "
      + "../shared] [--models DIR] [--report reports/mentions.md] [--devel] [--taggers genes,chemicals]   "
      + "(train the gene and chemical mention taggers; --devel: score devel only)\n  litmine train clusters "
      + "[--shared ../shared] [--classes 512] [--out FILE]   (make the word clusters the gene tagger reads)";

  private static final Set<String> RELATION_OPTIONS = Set.of("shared", "models", "examples", "folds", "threads");

  private static final Set<String> MENTION_OPTIONS = Set.of("shared", "models", "report", "devel", "taggers");

  private static final Set<String> CLUSTER_OPTIONS = Set.of("shared", "classes", "out");

  /** Where {@code train clusters} writes by default: the resource the gene tagger's spec names. */
  static final String CLUSTERS_FILE = "pipeline/src/main/resources/org/litmine/pipeline/train/word.clusters.tsv";

  /** The classes {@code train clusters} finds by default. */
  static final int CLUSTER_CLASSES = 512;

  /** Every option of any target (for {@link CommandSpec}); each target refuses the others'. */
  static final Set<String> OPTIONS = union(union(RELATION_OPTIONS, MENTION_OPTIONS), CLUSTER_OPTIONS);

  private TrainCommand() {}

  static int run(ArgList args) throws UsageException, IOException {
    List<String> target = args.positional;
    String name = target.isEmpty() ? "relations" : target.get(0);
    Set<String> options = switch (name) {
      case "relations" -> RELATION_OPTIONS;
      case "mentions" -> MENTION_OPTIONS;
      case "clusters" -> CLUSTER_OPTIONS;
      default -> null;
    };
    if (target.size() > 1 || options == null) {
      throw new UsageException("train takes one target, relations (the default), mentions or clusters\nusage: "
          + "litmine " + USAGE);
    }
    for (String option : args.options.keySet()) {
      if (!options.contains(option)) {
        throw new UsageException("train " + name + " does not take --" + option + "\nusage: litmine " + USAGE);
      }
    }
    return switch (name) {
      case "mentions" -> mentions(args);
      case "clusters" -> clusters(args);
      default -> relations(args);
    };
  }

  private static int clusters(ArgList args) throws UsageException, IOException {
    Path shared = Path.of(args.get("shared", "../shared"));
    if (!Files.isDirectory(shared.resolve("training/ner"))) {
      throw new UsageException("no mention corpora under " + shared + " (expected training/ner/)");
    }
    int classes;
    try {
      classes = Integer.parseInt(args.get("classes", Integer.toString(CLUSTER_CLASSES)));
    } catch (NumberFormatException e) {
      throw new UsageException("--classes takes a whole number\nusage: litmine " + USAGE);
    }
    long start = System.nanoTime();
    List<List<String>> text = ClusterText.read(shared);
    Map<String, Integer> clusters = new WordClusters(classes, WordClusters.MIN_COUNT, WordClusters.MAX_PASSES)
        .cluster(text);
    Path out = Path.of(args.get("out", CLUSTERS_FILE));
    Files.writeString(out, WordClusters.lexicon(clusters), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "%d words of %d sequences (%d tokens) in %d classes, %.0f s: %s%n",
        clusters.size(), text.size(), text.stream().mapToInt(List::size).sum(), classes,
        (System.nanoTime() - start) / 1e9, out);
    return 0;
  }

  private static int mentions(ArgList args) throws UsageException, IOException {
    Path shared = Path.of(args.get("shared", "../shared"));
    if (!Files.isDirectory(shared.resolve("training/ner"))) {
      throw new UsageException("no mention corpora under " + shared + " (expected training/ner/)");
    }
    List<String> taggers = List.of(args.get("taggers", String.join(",", TaggerSpec.NAMES)).split(","));
    if (!TaggerSpec.NAMES.containsAll(taggers)) {
      throw new UsageException("--taggers takes names among " + TaggerSpec.NAMES + "\nusage: litmine " + USAGE);
    }
    List<String> lines = Boolean.parseBoolean(args.get("devel", "false"))
        ? MentionTaggers.develFigures(shared, taggers)
        : MentionTaggers.run(shared, Path.of(args.get("models", Training.MODELS_DIR)),
            Path.of(args.get("report", "reports/mentions.md")), taggers);
    lines.forEach(System.out::println);
    return 0;
  }

  private static int relations(ArgList args) throws UsageException, IOException {
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
      throw new UsageException("--folds and --threads take whole numbers\nusage: litmine " + USAGE);
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

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
