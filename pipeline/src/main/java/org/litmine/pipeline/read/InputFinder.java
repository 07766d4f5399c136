package org.litmine.pipeline.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.litmine.pipeline.output.FailureRecord;

/**
 * Lists the inputs of a run: a file as given, or every supported file below a folder, sorted by path. A folder
 * that cannot be listed is reported as a failure rather than skipped in silence. With {@link #skipDuplicates}, a
 * file whose bytes equal those of a file earlier in path order is not read again but reported as a failure naming
 * that file, so that one paper downloaded twice is mined once whatever order the files were written in; and of files
 * in one folder with one name in several formats ({@code fulltext.xml}, {@code fulltext.pdf}: the same paper, as PMC
 * packages it) only the preferred format is read ({@link PaperReaders#twinPreference}), the others reported the same
 * way.
 */
public final class InputFinder {

  public static final String STAGE = "find";

  private final PaperReaders readers;
  private final List<String> inputs = new ArrayList<>();
  private final List<FailureRecord> failures = new ArrayList<>();
  private boolean skipDuplicates;

  public InputFinder(PaperReaders readers) {
    this.readers = readers;
  }

  /** Whether {@link #scan} reports byte-identical copies as failures instead of listing them (default: no). */
  public InputFinder skipDuplicates(boolean skip) {
    this.skipDuplicates = skip;
    return this;
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
        // a folder this user may not open ends up here, before preVisitDirectory
        String what = Files.isDirectory(file) ? "folder" : "file";
        failures.add(new FailureRecord(file.toString(), STAGE, e instanceof AccessDeniedException
            ? what + " is not readable (permission denied)"
            : "cannot open " + what + ": " + e.getClass().getSimpleName(), null));
        return FileVisitResult.CONTINUE;
      }
    });
    inputs.sort(null);
    if (skipDuplicates) {
      removeDuplicates();
      removeFormatTwins();
    }
    return this;
  }

  private void removeFormatTwins() {
    Map<String, String> chosenByStem = new HashMap<>();
    for (String input : inputs) {
      chosenByStem.merge(stem(input), input, this::preferred);
    }
    List<String> kept = new ArrayList<>();
    for (String input : inputs) {
      String chosen = chosenByStem.get(stem(input));
      if (chosen.equals(input)) {
        kept.add(input);
      } else {
        failures.add(new FailureRecord(input, STAGE, "same paper as " + chosen
            + " (same folder and name, another format), read once from " + formatOf(chosen), null));
      }
    }
    inputs.clear();
    inputs.addAll(kept);
  }

  private String preferred(String a, String b) {
    int byFormat = Integer.compare(readers.twinPreference(Path.of(a)), readers.twinPreference(Path.of(b)));
    return byFormat < 0 || (byFormat == 0 && a.compareTo(b) <= 0) ? a : b;
  }

  private String formatOf(String input) {
    return readers.readerFor(Path.of(input)).map(PaperReader::format).orElse("?");
  }

  /** The path without its extension: files alike in it are one paper in several formats. */
  private static String stem(String input) {
    Path path = Path.of(input);
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return path.resolveSibling(dot > 0 ? name.substring(0, dot) : name).toString();
  }

  private void removeDuplicates() {
    Map<String, String> firstBySha = new HashMap<>();
    List<String> kept = new ArrayList<>();
    for (String input : inputs) {
      String sha;
      try {
        // empty files are all alike; the reader reports each as empty
        sha = Files.size(Path.of(input)) == 0 ? null : PaperReaders.sha256(Path.of(input));
      } catch (IOException | ReadException e) {
        sha = null;
      }
      if (sha == null) {
        kept.add(input);
        continue;
      }
      String first = firstBySha.putIfAbsent(sha, input);
      if (first == null) {
        kept.add(input);
      } else {
        failures.add(new FailureRecord(input, STAGE, "duplicate of " + first + " (same SHA-256), read once", null));
      }
    }
    inputs.clear();
    inputs.addAll(kept);
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
