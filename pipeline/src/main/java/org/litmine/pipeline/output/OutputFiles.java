package org.litmine.pipeline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a run's output: the shards of one output in the staging folder (merged, sorted, by
 * {@link ExternalSort}), and files written to a temporary name and moved into place, so a reader never sees a
 * half-written file under the final name.
 */
public final class OutputFiles {

  private OutputFiles() {}

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

  /** Writes {@code text} as {@code target}: under a temporary name first, then moved into place. */
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
