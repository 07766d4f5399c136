package org.litmine.pipeline.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Sorts the lines of many files into one file without holding them all in memory: lines are gathered into runs of
 * at most {@code runChars} characters, each run is sorted and spilled to a temporary file, and the runs are then
 * merged k-way. The order is {@link String#compareTo}, duplicates kept, so the result is byte-identical to sorting
 * every line in memory. Blank lines are dropped; each line ends in {@code \n}.
 *
 * <p>The target is written under a temporary name and moved into place atomically.
 */
public final class ExternalSort {

  /** 32 M characters per run: about 64 MiB of heap for the strings of one run. */
  public static final long DEFAULT_RUN_CHARS = 32L << 20;

  private final Path tmpDir;
  private final long runChars;

  /** @param tmpDir where runs are spilled (created if missing); @param runChars the size of one in-memory run. */
  public ExternalSort(Path tmpDir, long runChars) {
    this.tmpDir = tmpDir;
    this.runChars = runChars;
  }

  /**
   * Sorts every non-blank line of {@code inputs} and of {@code extra} into {@code target}; each line read is also
   * shown to {@code visitor} (in input order). Returns the number of lines written.
   */
  public long sort(List<Path> inputs, List<String> extra, Path target, Consumer<String> visitor) {
    return sort(inputs, extra, target, line -> true, visitor);
  }

  /** As {@link #sort(List, List, Path, Consumer)}, leaving out the lines of {@code inputs} that {@code keep} refuses. */
  public long sort(List<Path> inputs, List<String> extra, Path target, Predicate<String> keep,
      Consumer<String> visitor) {
    try {
      Files.createDirectories(tmpDir);
      List<Path> runs = new ArrayList<>();
      List<String> run = new ArrayList<>();
      long chars = 0;
      long count = 0;
      for (Path input : inputs) {
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || !keep.test(line)) {
              continue;
            }
            visitor.accept(line);
            run.add(line);
            count++;
            chars += line.length();
            if (chars >= runChars) {
              runs.add(spill(run));
              run.clear();
              chars = 0;
            }
          }
        }
      }
      for (String line : extra) {
        if (!line.isBlank()) {
          visitor.accept(line);
          run.add(line);
          count++;
        }
      }
      Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
      if (runs.isEmpty()) {
        run.sort(null);
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          for (String line : run) {
            out.write(line);
            out.write('\n');
          }
        }
      } else {
        if (!run.isEmpty()) {
          runs.add(spill(run));
        }
        run.clear();
        merge(runs, tmp);
        for (Path r : runs) {
          Files.deleteIfExists(r);
        }
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sort into " + target + ": " + e.getMessage(), e);
    }
  }

  private Path spill(List<String> run) throws IOException {
    run.sort(null);
    Path file = Files.createTempFile(tmpDir, "run-", ".txt");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : run) {
        out.write(line);
        out.write('\n');
      }
    }
    return file;
  }

  /** The head line of one run being merged. */
  private record Head(String line, int run, BufferedReader reader) implements Comparable<Head> {
    @Override
    public int compareTo(Head other) {
      int c = line.compareTo(other.line);
      return c != 0 ? c : Integer.compare(run, other.run);
    }
  }

  private static void merge(List<Path> runs, Path target) throws IOException {
    PriorityQueue<Head> heads = new PriorityQueue<>();
    List<BufferedReader> readers = new ArrayList<>();
    try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (int i = 0; i < runs.size(); i++) {
        BufferedReader reader = Files.newBufferedReader(runs.get(i), StandardCharsets.UTF_8);
        readers.add(reader);
        String first = reader.readLine();
        if (first != null) {
          heads.add(new Head(first, i, reader));
        }
      }
      while (!heads.isEmpty()) {
        Head head = heads.poll();
        out.write(head.line());
        out.write('\n');
        String next = head.reader().readLine();
        if (next != null) {
          heads.add(new Head(next, head.run(), head.reader()));
        }
      }
    } finally {
      for (BufferedReader reader : readers) {
        reader.close();
      }
    }
  }
}
