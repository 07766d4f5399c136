package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

  private static final BodyStyle BODY = new BodyStyle(9f, "Body", 12f);

  private static void lines(List<Segment> into, int count, float x0, float x1) {
    for (int i = 0; i < count; i++) {
      into.add(new Segment(1, x0, x1, 100f + i * 12f, 9f, "Body", 0f, 0f, "text", List.of()));
    }
  }

  private static Columns detect(List<Segment> segments) {
    return Columns.detect(new PageText(1, 612f, 792f, segments), BODY);
  }

  @Test
  void twoColumnsOfRunningText() {
    List<Segment> page = new ArrayList<>();
    lines(page, 20, 57f, 291f);
    lines(page, 20, 305f, 539f);
    Columns columns = detect(page);
    assertTrue(columns.twoColumns());
    assertTrue(columns.gutter() > 291f && columns.gutter() < 305f, "gutter " + columns.gutter());
  }

  @Test
  void aMainColumnBesideANarrowBoxOfNotes() {
    List<Segment> page = new ArrayList<>();
    lines(page, 20, 196f, 575f);
    lines(page, 8, 37f, 183f);
    Columns columns = detect(page);
    assertTrue(columns.twoColumns());
    assertTrue(columns.gutter() > 183f && columns.gutter() < 196f, "gutter " + columns.gutter());
    assertEquals(Columns.LEFT, columns.of(page.get(page.size() - 1)));
    assertEquals(Columns.RIGHT, columns.of(page.get(0)));
  }

  @Test
  void twoColumnsBelowATableSetSmallAcrossThePage() {
    List<Segment> page = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      page.add(new Segment(1, 57f, 536f, 80f + i * 8f, 7f, "Body", 0f, 0f, "row", List.of()));
    }
    lines(page, 12, 57f, 291f);
    lines(page, 12, 305f, 539f);
    assertTrue(detect(page).twoColumns());
  }

  @Test
  void anEmptyMarginIsNoGutter() {
    List<Segment> page = new ArrayList<>();
    lines(page, 30, 142f, 561f);
    assertFalse(detect(page).twoColumns());
  }
}
