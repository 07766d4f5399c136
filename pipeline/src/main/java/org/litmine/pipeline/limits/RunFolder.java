package org.litmine.pipeline.limits;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.output.OutputFiles;

/**
 * The output folder of a run, replaced only when the run completes. A run writes everything into a fresh hidden
 * sibling {@code .<name>.partial-<pid>} and {@link #commit}s it under the final name at the end (the previous run's
 * folder, if any, is renamed aside first and then deleted). An interrupted run therefore leaves the previous
 * complete output untouched, plus a partial folder whose name says what it is; the next run removes partial folders
 * whose process is gone.
 *
 * <p>To never delete what litmine did not write, {@link #open} refuses an existing folder holding anything other
 * than litmine's outputs ({@code *.jsonl}, {@code *.tsv}, {@code manifest.json}, {@code summary.html},
 * {@code index/}, {@code .staging/}, {@code .*.tmp}).
 *
 * <p>A run holds the folder's {@link RunLock} from {@link #open} to {@link #close}: a second run on the same folder
 * is refused, naming the first.
 */
public final class RunFolder implements AutoCloseable {

  private static final Pattern OURS = Pattern.compile(
      "[^/]+\\.jsonl|[^/]+\\.tsv|manifest\\.json|summary\\.html|index|\\.staging|\\..+\\.tmp");

  private final Path target;
  private final Path work;
  private final RunLock lock;

  private RunFolder(Path target, Path work, RunLock lock) {
    this.target = target;
    this.work = work;
    this.lock = lock;
  }

  /** A folder the run cannot use, with a one-line reason for the user. */
  public static final class Refused extends Exception {
    Refused(String reason) {
      super(reason);
    }
  }

  /** Checks {@code target}, removes stale partial folders next to it and creates this run's partial folder. */
  public static RunFolder open(Path target) throws Refused, IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new Refused("--out " + target + " cannot be the root folder");
    }
    if (Files.exists(absolute)) {
      if (!Files.isDirectory(absolute)) {
        throw new Refused("--out " + target + " is a file, not a folder");
      }
      List<String> foreign = foreignEntries(absolute);
      if (!foreign.isEmpty()) {
        throw new Refused("--out " + target + " holds files litmine did not write (" + String.join(", ", foreign)
            + "); give a new or empty folder, or the folder of a previous run");
      }
    }
    Files.createDirectories(parent);
    if (!Files.isWritable(parent)) {
      throw new Refused("--out " + target + ": the folder " + parent + " is not writable");
    }
    RunLock lock = RunLock.acquire(absolute);
    try {
      removeStalePartials(absolute);
      Path work = parent.resolve(partialName(absolute, ProcessHandle.current().pid()));
      OutputFiles.deleteTree(work);
      Files.createDirectories(work);
      return new RunFolder(absolute, work, lock);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Lets go of the folder: deletes the partial folder if it was not committed, and releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      if (Files.exists(work)) {
        abandon();
      }
    } finally {
      lock.close();
    }
  }

  /** Where this run writes until {@link #commit}. */
  public Path work() {
    return work;
  }

  /** The folder the user asked for. */
  public Path target() {
    return target;
  }

  /**
   * Puts the finished output under the final name: the previous folder is renamed aside, the new one renamed in,
   * the old one deleted. Where a folder cannot be renamed (a mount point), the previous files are deleted and the
   * new ones moved in one by one, {@code manifest.json} last.
   */
  public void commit() throws IOException {
    if (!Files.exists(target)) {
      Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
    OutputFiles.deleteTree(old);
    try {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      replaceInPlace();
      return;
    }
    Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
    OutputFiles.deleteTree(old);
  }

  /** Deletes this run's partial folder (a run that failed). */
  public void abandon() {
    OutputFiles.deleteTree(work);
  }

  private void replaceInPlace() throws IOException {
    for (Path entry : entries(target)) {
      OutputFiles.deleteTree(entry);
    }
    Path manifest = null;
    for (Path entry : entries(work)) {
      if (entry.getFileName().toString().equals("manifest.json")) {
        manifest = entry;
      } else {
        Files.move(entry, target.resolve(entry.getFileName()), StandardCopyOption.ATOMIC_MOVE);
      }
    }
    if (manifest != null) {
      Files.move(manifest, target.resolve("manifest.json"), StandardCopyOption.ATOMIC_MOVE);
    }
    OutputFiles.deleteTree(work);
  }

  static String partialName(Path target, long pid) {
    return "." + target.getFileName() + ".partial-" + pid;
  }

  private static void removeStalePartials(Path target) throws IOException {
    Pattern partial = Pattern.compile(Pattern.quote("." + target.getFileName()) + "\\.(partial|old)-(\\d+)");
    for (Path sibling : entries(target.getParent())) {
      Matcher m = partial.matcher(sibling.getFileName().toString());
      if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(2))).map(p -> !p.isAlive()).orElse(true)) {
        OutputFiles.deleteTree(sibling);
      }
    }
  }

  private static List<String> foreignEntries(Path dir) throws IOException {
    List<String> foreign = new ArrayList<>();
    for (Path entry : entries(dir)) {
      String name = entry.getFileName().toString();
      if (!OURS.matcher(name).matches()) {
        foreign.add(name);
      }
    }
    foreign.sort(null);
    return foreign;
  }

  private static List<Path> entries(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    }
    entries.sort(null);
    return entries;
  }
}
