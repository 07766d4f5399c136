package org.litmine.pipeline.read.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the text drawn inside figures (axis labels, flow-chart boxes, panel letters) so it stays out of the prose.
 * Figures sit above their captions: going up from a figure caption ("Figure 3", "Fig. 2") within its column, or
 * the whole width when the caption crosses the gutter, every segment not set in the running-text style is a
 * figure label, up to the first line of running text, of a table or of another caption.
 */
public final class FigureLabels {

  private FigureLabels() {}

  /** @param tables segments taken by tables on the page: they bound a figure like running text does */
  public static Set<Segment> find(PageText page, Columns columns, BodyStyle body, Set<Segment> tables) {
    Set<Segment> labels = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Segment caption : page.segments()) {
      Optional<CaptionStart> start = CaptionStart.of(caption.text());
      if (start.isEmpty() || !start.get().kind().equals("figure")) {
        continue;
      }
      int column = columns.of(caption);
      float left = column == Columns.RIGHT ? columns.gutter() : 0f;
      float right = column == Columns.LEFT && columns.twoColumns() ? columns.gutter() : page.width();
      float stop = -1f;
      for (Segment s : page.segments()) {
        boolean inRegion = s.x0() >= left - 1f && s.x1() <= right + 1f && s.base() < caption.base() - 0.5f;
        boolean other = s != caption && (tables.contains(s) || CaptionStart.of(s.text()).isPresent());
        if (inRegion && (other || isProse(s, body, right - left))) {
          stop = Math.max(stop, s.base());
        }
      }
      for (Segment s : page.segments()) {
        if (s != caption && s.x0() >= left - 1f && s.x1() <= right + 1f && s.base() < caption.base() - 0.5f
            && s.base() > stop && !isProse(s, body, right - left)) {
          labels.add(s);
        }
      }
    }
    return labels;
  }

  private static boolean isProse(Segment s, BodyStyle body, float regionWidth) {
    return Math.abs(s.size() - body.size()) < 0.3f && s.font().equals(body.font())
        && s.width() >= Math.min(regionWidth, 300f) * 0.3f;
  }
}
