package org.litmine.pipeline.read;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.litmine.pipeline.output.FailureRecord;

/**
 * Lists the inputs of a run: a file as given, or every supported file below a folder, sorted by path. A folder
 * that cannot be listed is reported as a failure rather than skipped in silence.
 */
public final class InputFinder {

  public static final String STAGE = "find";

  private final PaperReaders readers;
  private final List<String> inputs = new ArrayList<>();
  private final List<FailureRecord> failures = new ArrayList<>();

  public InputFinder(PaperReaders readers) {
    this.readers = readers;
  }

  public InputFinder scan(Path corpus) throws IOException {
    if (Files.isRegularFile(corpus)) {
      inputs.add(corpus.toString());
      return this;
    }
    Files.walkFileTree(corpus, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
          failures.add(new FailureRecord(dir.toString(), STAGE, "folder is not readable (permission denied)", null));
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && readers.supports(file)) {
          inputs.add(file.toString());
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        failures.add(new FailureRecord(file.toString(), STAGE, "cannot open: " + e.getClass().getSimpleName(), null));
        return FileVisitResult.CONTINUE;
      }
    });
    inputs.sort(null);
    return this;
  }

  /** The files to read, sorted. */
  public List<String> inputs() {
    return List.copyOf(inputs);
  }

  /** Paths that could not even be listed. */
  public List<FailureRecord> failures() {
    return List.copyOf(failures);
  }
}
