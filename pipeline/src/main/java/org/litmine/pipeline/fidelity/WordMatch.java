package org.litmine.pipeline.fidelity;

/**
 * Words of a reference, words extracted, and how many of them match in order (longest common subsequence).
 */
public record WordMatch(int referenceWords, int extractedWords, int common) {

  public double recall() {
    return referenceWords == 0 ? 1.0 : (double) common / referenceWords;
  }

  public double precision() {
    return extractedWords == 0 ? 1.0 : (double) common / extractedWords;
  }
}
