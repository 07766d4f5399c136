package org.litmine.pipeline.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.limits.RunFolder;

/**
 * A run writes into a partial folder and replaces the output folder only at the end: an interrupted run leaves the
 * previous output as it was, and a folder holding anything litmine did not write is refused.
 */
class RunFolderTest {

  @TempDir Path dir;

  private Path previousRun() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("documents.jsonl"), "old\n");
    Files.writeString(out.resolve("manifest.json"), "{\"old\":true}\n");
    Files.createDirectories(out.resolve("index"));
    return out;
  }

  @Test
  void anInterruptedRunLeavesThePreviousOutputUntouched() throws Exception {
    Path out = previousRun();
    RunFolder run = RunFolder.open(out);
    Files.writeString(run.work().resolve("documents.jsonl"), "new, half writ");
    // the process dies here: nothing under the final name changed
    assertEquals("old\n", Files.readString(out.resolve("documents.jsonl")));
    assertEquals("{\"old\":true}\n", Files.readString(out.resolve("manifest.json")));
    assertTrue(run.work().getFileName().toString().startsWith(".out.partial-"));
  }

  @Test
  void commitReplacesTheWholeFolder() throws Exception {
    Path out = previousRun();
    RunFolder run = RunFolder.open(out);
    Files.writeString(run.work().resolve("documents.jsonl"), "new\n");
    Files.writeString(run.work().resolve("manifest.json"), "{}\n");
    run.commit();
    run.close();
    assertEquals("new\n", Files.readString(out.resolve("documents.jsonl")));
    assertFalse(Files.exists(out.resolve("index")), "nothing of the previous run is left");
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(out), left.toList(), "no partial or old folder, nor the lock, is left");
    }
  }

  @Test
  void aNewFolderIsCreatedOnCommit() throws Exception {
    RunFolder run = RunFolder.open(dir.resolve("fresh"));
    assertFalse(Files.exists(dir.resolve("fresh")));
    Files.writeString(run.work().resolve("manifest.json"), "{}\n");
    run.commit();
    assertTrue(Files.isRegularFile(dir.resolve("fresh").resolve("manifest.json")));
  }

  @Test
  void aDeadRunsPartialFolderIsRemoved() throws Exception {
    Path out = previousRun();
    Path stale = Files.createDirectories(dir.resolve(".out.partial-999999999"));
    Path live = Files.createDirectories(dir.resolve(".out.partial-" + ProcessHandle.current().parent()
        .map(ProcessHandle::pid).orElse(1L)));
    RunFolder.open(out).close();
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(live), "a partial folder of a live process is left alone");
  }

  @Test
  void aFolderWithOtherFilesIsRefused() throws Exception {
    Path out = previousRun();
    Files.writeString(out.resolve("thesis.docx"), "mine");
    RunFolder.Refused refused = assertThrows(RunFolder.Refused.class, () -> RunFolder.open(out));
    assertTrue(refused.getMessage().contains("thesis.docx"), refused.getMessage());
    assertThrows(RunFolder.Refused.class, () -> RunFolder.open(out.resolve("documents.jsonl")), "a file");
  }
}
