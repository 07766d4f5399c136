package org.litmine.pipeline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSortTest {

  @TempDir Path dir;

  @Test
  void spilledRunsMergeToTheSameBytesAsAnInMemorySort() throws IOException {
    Random random = new Random(8);
    List<Path> shards = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        String line = "{\"doc\":\"d" + random.nextInt(200) + "\",\"é\":" + random.nextInt(5) + "}";
        lines.add(line);
        all.add(line);
      }
      lines.add("");
      Path shard = dir.resolve("triples-0000" + s + "-of-00003.jsonl");
      Files.write(shard, lines, StandardCharsets.UTF_8);
      shards.add(shard);
    }
    List<String> extra = List.of("{\"doc\":\"extra\"}");
    all.addAll(extra);
    List<String> seen = new ArrayList<>();
    long n = new ExternalSort(dir.resolve("runs"), 1000).sort(shards, extra, dir.resolve("out.jsonl"), seen::add);
    all.sort(null);
    assertEquals(all.size(), n);
    assertEquals(all.size(), seen.size());
    assertEquals(String.join("\n", all) + "\n", Files.readString(dir.resolve("out.jsonl")));
    try (var left = Files.list(dir.resolve("runs"))) {
      assertFalse(left.findAny().isPresent(), "runs are deleted");
    }
  }
}
