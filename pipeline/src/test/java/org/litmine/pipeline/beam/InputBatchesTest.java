package org.litmine.pipeline.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

class InputBatchesTest {

  private static List<String> paths(int n) {
    return IntStream.range(0, n).mapToObj(i -> "paper" + i + ".pdf").toList();
  }

  private static Map<Integer, Long> sizes(List<KV<Integer, String>> keyed) {
    return keyed.stream().collect(Collectors.groupingBy(KV::getKey, TreeMap::new, Collectors.counting()));
  }

  @Test
  void oneRunnerWorkerGetsAsFewBatchesAsTheBoundAllows() {
    assertEquals(Map.of(0, 1L), sizes(InputBatches.of(paths(1), 1)));
    assertEquals(Map.of(0, 25L, 1, 25L), sizes(InputBatches.of(paths(50), 1)));
    assertEquals(1, InputBatches.batches(InputBatches.MAX_PAPERS, 1));
    assertEquals(2, InputBatches.batches(InputBatches.MAX_PAPERS + 1, 1));
  }

  @Test
  void severalRunnerWorkersGetFourBatchesEachWhenThereArePapersEnough() {
    assertEquals(8, InputBatches.batches(50, 2));
    assertEquals(3, InputBatches.batches(3, 2), "no empty batch");
    assertEquals(313, InputBatches.batches(10_000, 2), "the bound on a batch wins over the spread");
  }

  @Test
  void everyPathOnceAndNoBatchOverTheBound() {
    List<String> paths = paths(1000);
    List<KV<Integer, String>> keyed = InputBatches.of(paths, 1);
    assertEquals(paths.stream().sorted().toList(), keyed.stream().map(KV::getValue).sorted().toList());
    assertTrue(sizes(keyed).values().stream().allMatch(n -> n <= InputBatches.MAX_PAPERS));
  }

  @Test
  void largestFilesComeFirstInEachBatch(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    List<String> paths = new java.util.ArrayList<>();
    for (int size : new int[] {10, 300, 20, 200}) {
      java.nio.file.Path file = dir.resolve("p" + size + ".txt");
      java.nio.file.Files.writeString(file, "x".repeat(size));
      paths.add(file.toString());
    }
    assertEquals(List.of("p300.txt", "p200.txt", "p20.txt", "p10.txt"), InputBatches.of(paths, 1).stream()
        .map(kv -> java.nio.file.Path.of(kv.getValue()).getFileName().toString()).toList());
  }
}
