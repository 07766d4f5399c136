package org.litmine.pipeline.limits;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

  @TempDir
  Path dir;

  @Test
  void aSecondRunOnOneOutIsRefusedNamingTheFirstUntilTheFirstEnds() throws Exception {
    Path out = dir.resolve("out");
    try (RunLock first = RunLock.acquire(out)) {
      assertTrue(Files.readString(RunLock.fileOf(out)).contains("pid=" + ProcessHandle.current().pid()));
      RunFolder.Refused refused = assertThrows(RunFolder.Refused.class, () -> RunLock.acquire(out));
      assertTrue(refused.getMessage().startsWith("--out " + out + " is in use by another litmine run (pid "
          + ProcessHandle.current().pid() + ", started "), refused.getMessage());
      assertTrue(refused.getMessage().contains("wait for it to end, or give another --out"), refused.getMessage());
    }
    assertFalse(Files.exists(RunLock.fileOf(out)), "the lock is removed when the run ends");
    RunLock.acquire(out).close();
  }

  @Test
  void theLockOfAKilledRunIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path out = dir.resolve("out");
    Files.writeString(RunLock.fileOf(out), "pid=" + gone.pid() + "\nstarted=2026-01-01T00:00:00Z\n");
    try (RunLock taken = RunLock.acquire(out)) {
      assertTrue(Files.readString(RunLock.fileOf(out)).contains("pid=" + ProcessHandle.current().pid()));
    }
  }

  @Test
  void aLockWhosePidNowBelongsToAnotherProcessIsStale() throws Exception {
    Path out = dir.resolve("out");
    Files.writeString(RunLock.fileOf(out), "pid=" + ProcessHandle.current().pid() + "\nprocessStart="
        + Instant.parse("2001-01-01T00:00:00Z") + "\nstarted=2001-01-01T00:00:01Z\n");
    RunLock.acquire(out).close();
  }

  @Test
  void aRunFolderHoldsTheLockFromOpenToClose() throws Exception {
    Path out = dir.resolve("out");
    RunFolder folder = RunFolder.open(out);
    assertThrows(RunFolder.Refused.class, () -> RunFolder.open(out));
    Files.writeString(folder.work().resolve("manifest.json"), "{}\n");
    folder.commit();
    folder.close();
    assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
    assertFalse(Files.exists(RunLock.fileOf(out)));
    RunFolder.open(out).close();
  }
}
