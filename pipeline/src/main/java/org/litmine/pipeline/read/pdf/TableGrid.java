package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the segments of a table body into rows and cells. Column separators are the vertical white strips left
 * between the horizontal extents of all multi-cell lines; rows start where the vertical gap between baselines is
 * clearly wider than the line spacing inside a cell (see {@link #rowGap}), and at a page break. The lines of a
 * cell are joined with hyphenation repaired.
 */
public final class TableGrid {

  private static final float MIN_GUTTER = 2.5f;

  private TableGrid() {}

  /** @param lines the baselines of the table body, top to bottom, each with its segments left to right */
  public static List<List<String>> build(List<List<Segment>> lines, Hyphenation hyphenation) {
    List<float[]> columns = columns(lines);
    float threshold = rowGap(lines);
    List<List<List<Segment>>> rows = new ArrayList<>();
    List<List<Segment>> current = null;
    for (int i = 0; i < lines.size(); i++) {
      List<Segment> line = lines.get(i);
      float gap = i == 0 || !samePage(line, lines.get(i - 1)) ? Float.MAX_VALUE
          : line.get(0).base() - lines.get(i - 1).get(0).base();
      if (current == null || gap > threshold) {
        current = new ArrayList<>();
        rows.add(current);
      }
      current.add(line);
    }
    List<List<String>> grid = new ArrayList<>();
    for (List<List<Segment>> row : rows) {
      List<StringBuilder> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        cells.add(new StringBuilder());
      }
      for (List<Segment> line : row) {
        for (Segment s : line) {
          hyphenation.append(cells.get(columnOf(columns, s)), s.text());
        }
      }
      grid.add(cells.stream().map(StringBuilder::toString).toList());
    }
    return grid;
  }

  /**
   * The baseline gap above which a new row starts: the middle of the widest jump (by ratio, at least 1.25)
   * between the sorted gaps, which separates line spacing inside cells from spacing between rows; when there is
   * no such jump all gaps are row gaps.
   */
  static float rowGap(List<List<Segment>> lines) {
    List<Float> gaps = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (samePage(lines.get(i), lines.get(i - 1))) {
        gaps.add(lines.get(i).get(0).base() - lines.get(i - 1).get(0).base());
      }
    }
    gaps.sort(null);
    float threshold = gaps.isEmpty() ? 0f : gaps.get(0) * 0.99f;
    float best = 1.25f;
    for (int i = 1; i < gaps.size(); i++) {
      float ratio = gaps.get(i) / Math.max(0.1f, gaps.get(i - 1));
      if (ratio > best) {
        best = ratio;
        threshold = (gaps.get(i) + gaps.get(i - 1)) / 2f;
      }
    }
    return threshold;
  }

  private static boolean samePage(List<Segment> a, List<Segment> b) {
    return a.get(0).page() == b.get(0).page();
  }

  private static int columnOf(List<float[]> columns, Segment s) {
    float mid = (s.x0() + Math.min(s.x1(), s.x0() + 20f)) / 2f;
    for (int c = columns.size() - 1; c >= 0; c--) {
      if (mid >= columns.get(c)[0] - MIN_GUTTER) {
        return c;
      }
    }
    return 0;
  }

  /** The x extents of the columns: unions of the extents of the segments of multi-cell lines. */
  private static List<float[]> columns(List<List<Segment>> lines) {
    List<float[]> spans = new ArrayList<>();
    for (List<Segment> line : lines) {
      if (line.size() >= 2) {
        line.forEach(s -> spans.add(new float[] {s.x0(), s.x1()}));
      }
    }
    if (spans.isEmpty()) {
      lines.forEach(l -> l.forEach(s -> spans.add(new float[] {s.x0(), s.x1()})));
    }
    spans.sort(Comparator.comparingDouble(a -> a[0]));
    List<float[]> columns = new ArrayList<>();
    for (float[] span : spans) {
      float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
      if (last != null && span[0] < last[1] + MIN_GUTTER) {
        last[1] = Math.max(last[1], span[1]);
      } else {
        columns.add(new float[] {span[0], span[1]});
      }
    }
    return columns;
  }
}
