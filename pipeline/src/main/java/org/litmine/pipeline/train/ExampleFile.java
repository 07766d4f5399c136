package org.litmine.pipeline.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The training examples as a file: a line per pair (corpus, group, model, label, whether a mention came from
 * the labels, then its features, tab-separated),
 * after {@code # missed} and {@code # added} lines with the positives per corpus no candidate matched and the mentions
 * added from the corpus's labels. Reading the pipeline's output
 * back lets the models be retrained without annotating the corpora again.
 */
final class ExampleFile {

  private static final String MISSED = "# missed\t";
  private static final String ADDED = "# added\t";

  private ExampleFile() {}

  static void write(Path file, PairExamples.Result result) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Integer> e : result.missedPositives().entrySet()) {
        w.write(MISSED + e.getKey() + "\t" + e.getValue() + "\n");
      }
      for (Map.Entry<String, Integer> e : result.addedMentions().entrySet()) {
        w.write(ADDED + e.getKey() + "\t" + e.getValue() + "\n");
      }
      for (PairExample e : result.examples()) {
        w.write(e.corpus() + "\t" + e.group() + "\t" + e.model() + "\t" + e.label() + "\t"
            + (e.fromLabels() ? "from-labels" : "found") + "\t" + String.join("\t", e.features()) + "\n");
      }
    }
  }

  static PairExamples.Result read(Path file) throws IOException {
    List<PairExample> examples = new ArrayList<>();
    Map<String, Integer> missed = new TreeMap<>();
    Map<String, Integer> added = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith(MISSED) || line.startsWith(ADDED)) {
        String[] cols = line.substring(line.startsWith(MISSED) ? MISSED.length() : ADDED.length()).split("\t");
        (line.startsWith(MISSED) ? missed : added).put(cols[0], Integer.parseInt(cols[1]));
      } else if (!line.isBlank()) {
        String[] cols = line.split("\t");
        examples.add(new PairExample(cols[0], cols[1], cols[2], cols[3], cols[4].equals("from-labels"),
            Arrays.asList(cols).subList(5, cols.length)));
      }
    }
    return new PairExamples.Result(examples, missed, added);
  }
}
