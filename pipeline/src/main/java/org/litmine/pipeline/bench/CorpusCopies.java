package org.litmine.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.litmine.pipeline.read.InputFinder;
import org.litmine.pipeline.read.PaperReaders;

/**
 * Makes a benchmark corpus of at least {@code n} papers in a temporary folder by copying the inputs of a corpus
 * folder round-robin ({@code c000-<name>}, {@code c001-<name>}, ...). Copies of one paper keep its text, so they
 * cost what it costs; their document ids repeat where the paper states a DOI. Deleted by {@link #close}.
 */
final class CorpusCopies implements AutoCloseable {

  final Path dir;
  final int papers;

  CorpusCopies(Path corpus, int n) throws IOException {
    List<String> inputs = new InputFinder(PaperReaders.all()).scan(corpus).inputs();
    if (inputs.isEmpty()) {
      throw new IOException("no paper under " + corpus);
    }
    dir = Files.createTempDirectory("litmine-bench-");
    int count = Math.max(n, inputs.size());
    for (int i = 0; i < count; i++) {
      Path source = Path.of(inputs.get(i % inputs.size()));
      Files.copy(source, dir.resolve(String.format(Locale.ROOT, "c%03d-%s", i, source.getFileName())));
    }
    papers = count;
  }

  @Override
  public void close() {
    org.litmine.pipeline.output.OutputFiles.deleteTree(dir);
  }
}
