package org.litmine.pipeline.beam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.values.KV;

/**
 * Deals the input paths round-robin into batches, each a bundle of its own after {@link ReadAndAnnotatePapers} groups them:
 * at most {@value #MAX_PAPERS} papers a batch, so that what a bundle holds stays bounded as the corpus grows; on a
 * runner with several workers (Flink's slots), at least {@value #PER_WORKER} batches per worker when there are
 * papers enough, so that the workers share them. On one runner worker (the DirectRunner, see {@code RunnerSetup})
 * batches are as few as the bound allows: each batch's papers run {@code --papersInFlight} at a time, and the end
 * of a batch, where the last papers run alone, comes as seldom as possible.
 */
public final class InputBatches {

  /** The most papers one batch holds. */
  public static final int MAX_PAPERS = 32;
  /** Batches per runner worker, so that a worker that finishes early finds another. */
  static final int PER_WORKER = 4;

  private InputBatches() {}

  /**
   * Each path keyed by its batch number, largest files first: dealt in that order, each batch starts with its
   * longest papers, so that the papers that run last in a batch, when some threads have nothing left, are short.
   */
  public static List<KV<Integer, String>> of(List<String> paths, int runnerWorkers) {
    int batches = batches(paths.size(), runnerWorkers);
    List<String> largestFirst = new ArrayList<>(paths);
    largestFirst.sort(Comparator.comparingLong(InputBatches::size).reversed().thenComparing(Comparator.naturalOrder()));
    List<KV<Integer, String>> keyed = new ArrayList<>(paths.size());
    for (int i = 0; i < largestFirst.size(); i++) {
      keyed.add(KV.of(i % batches, largestFirst.get(i)));
    }
    return keyed;
  }

  private static long size(String path) {
    try {
      return Files.size(Path.of(path));
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static int batches(int papers, int runnerWorkers) {
    int bySize = (papers + MAX_PAPERS - 1) / MAX_PAPERS;
    int byWorkers = runnerWorkers > 1 ? Math.min(papers, PER_WORKER * runnerWorkers) : 1;
    return Math.max(1, Math.max(bySize, byWorkers));
  }
}
