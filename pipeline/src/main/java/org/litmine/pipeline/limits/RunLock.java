package org.litmine.pipeline.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;

/**
 * The claim of one run on an output folder: the file {@code .<name>.lock} beside it, created atomically, saying which
 * process holds it ({@code pid}, when that process started, and when the run started). A second run on the same
 * {@code --out} finds the file and is refused, naming the first. A lock whose process is gone (a run killed before it
 * could remove it), or whose pid now belongs to another process (one started at another time), is stale: the next run
 * takes it over.
 */
public final class RunLock implements AutoCloseable {

  private final Path file;
  private boolean held = true;

  private RunLock(Path file) {
    this.file = file;
  }

  /** The lock file of the output folder {@code target}. */
  public static Path fileOf(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
  }

  /** Takes the lock of {@code target} for this process, or says which live run holds it. */
  public static RunLock acquire(Path target) throws RunFolder.Refused, IOException {
    Path file = fileOf(target);
    ProcessHandle self = ProcessHandle.current();
    String claim = "pid=" + self.pid() + "\nprocessStart=" + startOf(self).map(Instant::toString).orElse("")
        + "\nstarted=" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        Files.writeString(Files.createFile(file), claim, StandardCharsets.UTF_8);
        return new RunLock(file);
      } catch (FileAlreadyExistsException e) {
        String content = content(file);
        Properties holder = parse(content);
        if (holder != null && (alive(holder) || beingWritten(holder, file))) {
          throw new RunFolder.Refused("--out " + target + " is in use by another litmine run (pid "
              + holder.getProperty("pid") + ", started " + holder.getProperty("started", "?") + "; its lock is "
              + file + "): wait for it to end, or give another --out");
        }
        // stale (or removed meanwhile): take it over, unless another run took it over since it was read
        if (holder != null && content.equals(content(file))) {
          Files.deleteIfExists(file);
        }
      }
    }
    throw new RunFolder.Refused("--out " + target + ": could not take its lock " + file
        + " (other runs keep taking it)");
  }

  /** Whether the process a lock names still runs: same pid, and (when both are known) the same start time. */
  static boolean alive(Properties holder) {
    long pid;
    try {
      pid = Long.parseLong(holder.getProperty("pid", "").strip());
    } catch (NumberFormatException e) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return false;
    }
    String recorded = holder.getProperty("processStart", "").strip();
    Optional<Instant> start = startOf(process.get());
    return recorded.isEmpty() || start.isEmpty() || start.get().toString().equals(recorded);
  }

  private static Optional<Instant> startOf(ProcessHandle process) {
    return process.info().startInstant();
  }

  /** A lock just created, whose holder has not written its pid yet. */
  private static boolean beingWritten(Properties holder, Path file) throws IOException {
    try {
      return !holder.containsKey("pid")
          && Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minusSeconds(10));
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  private static String content(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static Properties parse(String content) throws IOException {
    if (content == null) {
      return null;
    }
    Properties p = new Properties();
    p.load(new java.io.StringReader(content));
    return p;
  }

  /** Removes the lock (once). */
  @Override
  public void close() throws IOException {
    if (held) {
      held = false;
      Files.deleteIfExists(file);
    }
  }
}
