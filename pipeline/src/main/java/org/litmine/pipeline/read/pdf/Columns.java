package org.litmine.pipeline.read.pdf;

import java.util.List;

/**
 * The column gutter of a page, if it has two columns. The gutter is the vertical strip of the page (20–70% of its
 * width) crossed by the fewest text segments; the page has two columns when column-wide segments (a quarter of the
 * page width or more) lie on both sides of a gutter in the middle (30–70%), and more of them than cross it; or
 * when one side holds a main column of many column-wide lines that next to nothing crosses and the other side
 * holds something else (a narrow margin box of notes on the first page, a table filling the other column). On a
 * one-column page nearly every line crosses the middle and none of that width starts right of it.
 *
 * @param gutter the x of the gutter, or {@code NaN} for a one-column page
 */
public record Columns(float gutter) {

  public static final int LEFT = 0;
  public static final int RIGHT = 1;
  public static final int SPANNING = -1;

  /** Column-wide lines a main column beside a box or a table has at least. */
  private static final int MAIN_LINES = 8;

  public static Columns detect(PageText page, BodyStyle body) {
    List<Segment> text = page.segments().stream()
        .filter(s -> !body.large(s) && s.width() > page.width() * 0.12f).toList();
    if (text.size() < 10) {
      return new Columns(Float.NaN);
    }
    int from = Math.round(page.width() * 0.2f);
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
    boolean central = gutter >= page.width() * 0.3f;
    boolean balanced = central && left >= 3 && right >= 3 && bestCover < left + right;
    long besideLeft = text.stream().filter(s -> s.x1() <= gutter).count();
    long besideRight = text.stream().filter(s -> s.x0() >= gutter).count();
    boolean mainRight = right >= MAIN_LINES && bestCover * 4 <= right && besideLeft >= 3;
    boolean mainLeft = central && left >= MAIN_LINES && bestCover * 4 <= left && besideRight >= 3;
    return new Columns(balanced || mainRight || mainLeft ? gutter : Float.NaN);
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
