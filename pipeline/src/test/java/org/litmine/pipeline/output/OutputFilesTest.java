package org.litmine.pipeline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @TempDir Path dir;

  @Test
  void mergesShardsSortedAndLeavesNoTemporaryFile() throws IOException {
    Files.writeString(dir.resolve("triples-00001-of-00002.jsonl"), "{\"doc\":\"b\"}\n");
    Files.writeString(dir.resolve("triples-00000-of-00002.jsonl"), "{\"doc\":\"c\"}\n\n{\"doc\":\"a\"}\n");
    Files.writeString(dir.resolve("failures-00000-of-00001.jsonl"), "{\"path\":\"x\"}\n");
    OutputFiles.writeSorted(dir, "triples.jsonl", OutputFiles.shardLines(dir, "triples"));
    assertEquals("{\"doc\":\"a\"}\n{\"doc\":\"b\"}\n{\"doc\":\"c\"}\n", Files.readString(dir.resolve("triples.jsonl")));
    assertFalse(Files.exists(dir.resolve(".triples.jsonl.tmp")));
  }

  @Test
  void anEmptyOutputIsAnEmptyFile() {
    OutputFiles.writeSorted(dir, "trials.jsonl", List.of());
    assertEquals(0, dir.resolve("trials.jsonl").toFile().length());
  }
}
