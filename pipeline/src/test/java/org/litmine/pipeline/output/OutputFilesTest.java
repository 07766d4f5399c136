package org.litmine.pipeline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output's shards merge, as a run merges them ({@link OutputFiles#shards}, {@link ExternalSort}), into one file. */
class OutputFilesTest {

  @TempDir Path dir;

  private long merge(String name) {
    return new ExternalSort(dir.resolve("runs"), ExternalSort.DEFAULT_RUN_CHARS)
        .sort(OutputFiles.shards(dir, name), List.of(), dir.resolve(name + ".jsonl"), line -> {});
  }

  @Test
  void mergesShardsSortedAndLeavesNoTemporaryFile() throws IOException {
    Files.writeString(dir.resolve("triples-00001-of-00002.jsonl"), "{\"doc\":\"b\"}\n");
    Files.writeString(dir.resolve("triples-00000-of-00002.jsonl"), "{\"doc\":\"c\"}\n\n{\"doc\":\"a\"}\n");
    Files.writeString(dir.resolve("failures-00000-of-00001.jsonl"), "{\"path\":\"x\"}\n");
    assertEquals(List.of(dir.resolve("triples-00000-of-00002.jsonl"), dir.resolve("triples-00001-of-00002.jsonl")),
        OutputFiles.shards(dir, "triples"));
    assertEquals(3, merge("triples"));
    assertEquals("{\"doc\":\"a\"}\n{\"doc\":\"b\"}\n{\"doc\":\"c\"}\n", Files.readString(dir.resolve("triples.jsonl")));
    try (var left = Files.list(dir)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
    }
  }

  @Test
  void anEmptyOutputIsAnEmptyFile() {
    assertEquals(0, merge("trials"));
    assertEquals(0, dir.resolve("trials.jsonl").toFile().length());
  }
}
