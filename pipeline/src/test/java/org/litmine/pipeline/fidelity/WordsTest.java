package org.litmine.pipeline.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void normalizesLatexSuperscriptsAndGreek() {
    assertEquals(Words.of("integrin αβ3 in ER+ cells, Hua1"),
        Words.of("integrin $\\alpha\\beta3$ in ER⁺ cells, Hua¹"));
    assertEquals(List.of("er", "α", "igf", "ir"), Words.of("ERα IGF-IR"));
    assertEquals(Words.of("ER α"), Words.of("ERα"));
  }

  @Test
  void lcsCountsWordsInOrder() {
    assertEquals(3, Lcs.length(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d")));
    assertEquals(0, Lcs.length(List.of(), List.of("a")));
  }
}
