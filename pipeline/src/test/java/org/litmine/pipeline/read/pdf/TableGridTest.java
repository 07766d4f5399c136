package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableGridTest {

  /** A segment of one glyph run: text at x on baseline y, 9 pt. */
  private static Segment cell(String text, float x, float y) {
    List<Glyph> glyphs = new ArrayList<>();
    float cx = x;
    for (char c : text.toCharArray()) {
      glyphs.add(new Glyph(String.valueOf(c), cx, cx + 4.5f, y, 9f, "Serif", false, false));
      cx += 4.5f;
    }
    return new Segment(1, x, cx, y, 9f, "Serif", 0f, 0f, text, glyphs);
  }

  @Test
  void joinsMultiLineCellsAndSplitsRowsAtWiderGaps() {
    List<List<Segment>> lines = List.of(
        List.of(cell("Drug", 10, 100), cell("Cancer type", 100, 100)),
        List.of(cell("Ganitumab", 10, 113), cell("Ewing sar-", 100, 113)),
        List.of(cell("coma", 100, 122)),
        List.of(cell("Linsitinib", 10, 135), cell("Lung cancer", 100, 135)));
    List<List<String>> rows = TableGrid.build(lines, new Hyphenation(List.of()));
    assertEquals(List.of(List.of("Drug", "Cancer type"), List.of("Ganitumab", "Ewing sarcoma"),
        List.of("Linsitinib", "Lung cancer")), rows);
  }

  @Test
  void everyBaselineIsARowWhenGapsAreEven() {
    List<List<Segment>> lines = List.of(
        List.of(cell("Age", 10, 100), cell("69", 100, 100)),
        List.of(cell("Sex", 10, 113), cell("13/8", 100, 113)),
        List.of(cell("Size", 10, 126), cell("37.0", 100, 126)));
    assertEquals(3, TableGrid.build(lines, new Hyphenation(List.of())).size());
  }
}
