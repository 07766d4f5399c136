package org.litmine.pipeline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns the pipeline's sharded output into the final files: all shards of one output, lines sorted, written to a
 * temporary name and moved into place, so a reader never sees a half-written file under the final name.
 */
public final class OutputFiles {

  private OutputFiles() {}

  /** The lines of every shard {@code <name>-*.jsonl} in the staging folder. */
  public static List<String> shardLines(Path staging, String name) {
    List<String> lines = new ArrayList<>();
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(staging, name + "-*.jsonl")) {
      for (Path shard : shards) {
        for (String line : Files.readAllLines(shard, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            lines.add(line);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** The shard files {@code <name>-*.jsonl} of one output in the staging folder, in name order. */
  public static List<Path> shards(Path staging, String name) {
    List<Path> shards = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(staging, name + "-*.jsonl")) {
      found.forEach(shards::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    shards.sort(null);
    return shards;
  }

  /** Writes the lines, sorted, as {@code dir/file}, atomically. */
  public static void writeSorted(Path dir, String file, Collection<String> lines) {
    List<String> sorted = new ArrayList<>(lines);
    sorted.sort(null);
    StringBuilder text = new StringBuilder();
    for (String line : sorted) {
      text.append(line).append('\n');
    }
    writeAtomically(dir.resolve(file), text.toString());
  }

  public static void writeAtomically(Path target, String text) {
    try {
      Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a folder and everything in it, if it exists. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
