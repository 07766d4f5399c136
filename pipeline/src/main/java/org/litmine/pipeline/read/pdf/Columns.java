package org.litmine.pipeline.read.pdf;

import java.util.List;

/**
 * The column gutter of a page, if it has two columns. The gutter is the vertical strip of the page (20–70% of its
 * width) crossed by the fewest text segments; the page has two columns when column-wide segments (a quarter of the
 * page width or more) lie on both sides of a gutter in the middle (30–70%), and more of them than cross it, or
 * many lines of running-text size do and few such lines cross it (a table set small across the page above); or
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
    float columnWidth = page.width() * 0.25f;
    float[] central = gutter(text, page.width() * 0.3f, page.width() * 0.7f, 0);
    float middle = central[0];
    long left = text.stream().filter(s -> s.x1() <= middle && s.width() >= columnWidth).count();
    long right = text.stream().filter(s -> s.x0() >= middle && s.width() >= columnWidth).count();
    if (left >= 3 && right >= 3 && central[1] < left + right) {
      return new Columns(middle);
    }
    List<Segment> running = text.stream().filter(body::proseSize).toList();
    float[] belowSmall = gutter(running, page.width() * 0.3f, page.width() * 0.7f, 0);
    long runningLeft = running.stream().filter(s -> s.x1() <= belowSmall[0] && s.width() >= columnWidth).count();
    long runningRight = running.stream().filter(s -> s.x0() >= belowSmall[0] && s.width() >= columnWidth).count();
    if (runningLeft >= MAIN_LINES && runningRight >= MAIN_LINES
        && belowSmall[1] * 4 <= runningLeft + runningRight) {
      return new Columns(belowSmall[0]);
    }
    float[] side = gutter(text, page.width() * 0.2f, page.width() * 0.7f, 3);
    float x = side[0];
    if (Float.isNaN(x)) {
      return new Columns(Float.NaN);
    }
    long mainLeft = text.stream().filter(s -> s.x1() <= x && s.width() >= columnWidth).count();
    long mainRight = text.stream().filter(s -> s.x0() >= x && s.width() >= columnWidth).count();
    boolean beside = side[1] * 4 <= Math.max(mainLeft, mainRight) && Math.max(mainLeft, mainRight) >= MAIN_LINES
        && (mainRight >= MAIN_LINES || x >= page.width() * 0.3f);
    return new Columns(beside ? x : Float.NaN);
  }

  /**
   * The x in [from, to] crossed by the fewest segments (the middle of the widest run of such x), with at least
   * {@code besides} segments wholly on each side of it, and how many cross it; {NaN, 0} when no x qualifies.
   */
  private static float[] gutter(List<Segment> text, float from, float to, int besides) {
    int bestCover = Integer.MAX_VALUE;
    int bestStart = -1;
    int bestEnd = -1;
    for (int x = Math.round(from); x <= Math.round(to); x++) {
      int cover = 0;
      int leftOf = 0;
      int rightOf = 0;
      for (Segment s : text) {
        if (s.x0() < x && s.x1() > x) {
          cover++;
        } else if (s.x1() <= x) {
          leftOf++;
        } else {
          rightOf++;
        }
      }
      if (leftOf < besides || rightOf < besides) {
        continue;
      }
      if (cover < bestCover) {
        bestCover = cover;
        bestStart = x;
        bestEnd = x;
      } else if (cover == bestCover && bestEnd == x - 1) {
        bestEnd = x;
      }
    }
    return bestStart < 0 ? new float[] {Float.NaN, 0} : new float[] {(bestStart + bestEnd) / 2f, bestCover};
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
