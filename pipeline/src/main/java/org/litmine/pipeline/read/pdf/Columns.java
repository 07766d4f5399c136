package org.litmine.pipeline.read.pdf;

import java.util.List;

/**
 * The column gutter of a page, if it has two columns. The gutter is the vertical strip in the middle of the page
 * (30–70% of its width) crossed by the fewest text segments; the page has two columns when column-wide segments
 * (a quarter of the page width or more) lie on both sides of it, and more of them than cross it. On a one-column
 * page nearly every line crosses the middle and none of that width starts right of it.
 *
 * @param gutter the x of the gutter, or {@code NaN} for a one-column page
 */
public record Columns(float gutter) {

  public static final int LEFT = 0;
  public static final int RIGHT = 1;
  public static final int SPANNING = -1;

  public static Columns detect(PageText page, BodyStyle body) {
    List<Segment> text = page.segments().stream()
        .filter(s -> !body.large(s) && s.width() > page.width() * 0.12f).toList();
    if (text.size() < 10) {
      return new Columns(Float.NaN);
    }
    int from = Math.round(page.width() * 0.3f);
    int to = Math.round(page.width() * 0.7f);
    int bestCover = Integer.MAX_VALUE;
    int bestStart = -1;
    int bestEnd = -1;
    for (int x = from; x <= to; x++) {
      int cover = 0;
      for (Segment s : text) {
        if (s.x0() < x && s.x1() > x) {
          cover++;
        }
      }
      if (cover < bestCover) {
        bestCover = cover;
        bestStart = x;
        bestEnd = x;
      } else if (cover == bestCover && bestEnd == x - 1) {
        bestEnd = x;
      }
    }
    float gutter = (bestStart + bestEnd) / 2f;
    float columnWidth = page.width() * 0.25f;
    long left = text.stream().filter(s -> s.x1() <= gutter && s.width() >= columnWidth).count();
    long right = text.stream().filter(s -> s.x0() >= gutter && s.width() >= columnWidth).count();
    boolean two = left >= 3 && right >= 3 && bestCover < left + right;
    return new Columns(two ? gutter : Float.NaN);
  }

  public boolean twoColumns() {
    return !Float.isNaN(gutter);
  }

  /** {@link #LEFT}, {@link #RIGHT} or {@link #SPANNING}; everything is {@link #LEFT} on a one-column page. */
  public int of(Segment s) {
    if (!twoColumns()) {
      return LEFT;
    }
    if (s.x1() <= gutter + 2f) {
      return LEFT;
    }
    if (s.x0() >= gutter - 2f) {
      return RIGHT;
    }
    return SPANNING;
  }
}
