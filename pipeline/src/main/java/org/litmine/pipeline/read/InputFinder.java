package org.litmine.pipeline.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.litmine.pipeline.output.FailureRecord;

/**
 * Lists the inputs of a run: a file as given, or every supported file below a folder, sorted by path, following
 * symbolic links (a link back to a folder above it, a loop, is {@linkplain #skipped skipped} with that reason, a
 * broken link is a failure). A folder that cannot be listed is reported as a failure rather than skipped in silence;
 * files of other kinds are counted by extension ({@link #ignored}). With {@link #skipDuplicates}, a file whose bytes
 * equal those of a file earlier in path order is not read again but skipped naming that file, so that one paper
 * downloaded twice is mined once whatever order the files were written in; and of files in one folder with one name
 * in several formats ({@code fulltext.xml}, {@code fulltext.pdf}: the same paper, as PMC packages it) only the
 * preferred format is read ({@link PaperReaders#twinPreference}) among those that look readable (an XML file whose
 * root element is not JATS's {@code <article>}, BMC's {@code <art>} say, gives way to its PDF), the others skipped
 * the same way. Skips are lines of {@code failures.jsonl} with stage {@value #STAGE}, counted as skipped, not
 * failed.
 */
public final class InputFinder {

  public static final String STAGE = "find";

  private final PaperReaders readers;
  private final List<String> inputs = new ArrayList<>();
  private final List<FailureRecord> failures = new ArrayList<>();
  private final List<FailureRecord> skipped = new ArrayList<>();
  private final Map<String, Integer> ignored = new TreeMap<>();
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
    Files.walkFileTree(corpus, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
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
        if (attrs.isSymbolicLink()) {
          // with FOLLOW_LINKS, a link arrives as itself only when its target cannot be reached
          failures.add(new FailureRecord(file.toString(), STAGE, "broken symbolic link: " + target(file)
              + " does not exist", null));
        } else if (attrs.isRegularFile() && readers.supports(file)) {
          inputs.add(file.toString());
        } else {
          ignored.merge(extension(file), 1, Integer::sum);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) {
          skipped.add(new FailureRecord(file.toString(), STAGE, "symbolic link loop: " + file + " leads back to "
              + target(file) + ", a folder above it, whose files are read once from there", null));
          return FileVisitResult.CONTINUE;
        }
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

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return link.toString();
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot) : "(no extension)";
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
        String unreadable = readers.unlikelyReadable(Path.of(input)).map(why -> "; this file " + why).orElse("");
        skipped.add(new FailureRecord(input, STAGE, "same paper as " + chosen
            + " (same folder and name, another format), read once from " + formatOf(chosen) + unreadable, null));
      }
    }
    inputs.clear();
    inputs.addAll(kept);
  }

  private String preferred(String a, String b) {
    boolean readableA = readers.unlikelyReadable(Path.of(a)).isEmpty();
    boolean readableB = readers.unlikelyReadable(Path.of(b)).isEmpty();
    if (readableA != readableB) {
      return readableA ? a : b;
    }
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
        skipped.add(new FailureRecord(input, STAGE, "duplicate of " + first + " (same SHA-256), read once", null));
      }
    }
    inputs.clear();
    inputs.addAll(kept);
  }

  /** The files to read, sorted. */
  public List<String> inputs() {
    return List.copyOf(inputs);
  }

  /** Paths that could not even be listed, and broken links. */
  public List<FailureRecord> failures() {
    return List.copyOf(failures);
  }

  /** Inputs not read on purpose (copies, other formats of a paper read, link loops), each with its reason. */
  public List<FailureRecord> skipped() {
    return List.copyOf(skipped);
  }

  /** Files of kinds litmine does not read, counted by extension ({@code .md}: 2). */
  public Map<String, Integer> ignored() {
    return new TreeMap<>(ignored);
  }
}
