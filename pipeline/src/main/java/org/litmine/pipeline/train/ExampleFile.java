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
 * The training examples as a file: a line per pair (corpus, group, model, label, then its features, tab-separated),
 * after {@code # missed} lines with the positives per corpus no candidate matched. Reading the pipeline's output
 * back lets the models be retrained without annotating the corpora again.
 */
final class ExampleFile {

  private static final String MISSED = "# missed\t";

  private ExampleFile() {}

  static void write(Path file, PairExamples.Result result) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Integer> e : result.missedPositives().entrySet()) {
        w.write(MISSED + e.getKey() + "\t" + e.getValue() + "\n");
      }
      for (PairExample e : result.examples()) {
        w.write(e.corpus() + "\t" + e.group() + "\t" + e.model() + "\t"
            + e.label() + "\t" + String.join("\t", e.features()) + "\n");
      }
    }
  }

  static PairExamples.Result read(Path file) throws IOException {
    List<PairExample> examples = new ArrayList<>();
    Map<String, Integer> missed = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith(MISSED)) {
        String[] cols = line.substring(MISSED.length()).split("\t");
        missed.put(cols[0], Integer.parseInt(cols[1]));
      } else if (!line.isBlank()) {
        String[] cols = line.split("\t");
        examples.add(new PairExample(cols[0], cols[1], cols[2], cols[3],
            Arrays.asList(cols).subList(4, cols.length)));
      }
    }
    return new PairExamples.Result(examples, missed);
  }
}
