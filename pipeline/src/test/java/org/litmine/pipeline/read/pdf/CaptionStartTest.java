package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaptionStartTest {

  @Test
  void readsFigureAndTableLabels() {
    CaptionStart fig = CaptionStart.of("Fig. 3 The mechanisms for resistance").orElseThrow();
    assertEquals("figure", fig.kind());
    assertEquals("Figure 3", fig.label());
    assertEquals("The mechanisms for resistance", fig.rest());
    CaptionStart table = CaptionStart.of("Table 2: Histological outcomes.").orElseThrow();
    assertEquals("table", table.kind());
    assertEquals("Table 2", table.label());
    assertEquals("Histological outcomes.", table.rest());
  }

  @Test
  void ignoresOrdinaryText() {
    assertTrue(CaptionStart.of("Tables are read as tables").isEmpty());
    assertTrue(CaptionStart.of("Figures 1 and 2 show").isEmpty());
  }
}
