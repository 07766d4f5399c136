package org.litmine.pipeline.fidelity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Length of the longest common subsequence of two word sequences: the words of the reference found in the same
 * order in the extracted text. Quadratic time, linear memory (two rows of the dynamic-programming table).
 */
public final class Lcs {

  private Lcs() {}

  public static int length(List<String> a, List<String> b) {
    Map<String, Integer> ids = new HashMap<>();
    int[] x = a.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
    int[] y = b.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int i = 1; i <= x.length; i++) {
      int xi = x[i - 1];
      for (int j = 1; j <= y.length; j++) {
        current[j] = xi == y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length];
  }
}
