package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the segments of a page in reading order and groups them into {@link Line}s. Going down the page, a segment
 * crossing the gutter closes the current band of columns: the band is read left column first, then right column,
 * then the crossing segment. So does a gap across the whole page, empty in both columns and taller than
 * {@link #CUT_SIZES} font sizes (back matter set above a reference list that starts a new pair of columns).
 * Segments taken by a table are left out; the table's caption stays in place and carries the table.
 */
public final class ReadingOrder {

  /** A gap across both columns taller than this many font sizes (about three blank lines) ends a band. */
  static final float CUT_SIZES = 4f;

  private ReadingOrder() {}

  public static List<Line> lines(PageText page, Columns columns, List<TableFinder.Found> tables) {
    Set<Segment> skip = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Segment, TableBlock> captions = new IdentityHashMap<>();
    for (TableFinder.Found f : tables) {
      skip.addAll(f.consumed());
      if (f.caption() != null) {
        skip.remove(f.caption());
        captions.put(f.caption(), f.table());
      }
    }
    List<Segment> segments = new ArrayList<>();
    for (Segment s : page.segments()) {
      if (!skip.contains(s)) {
        segments.add(s);
      }
    }
    segments.sort(Comparator.comparingDouble(Segment::base).thenComparingDouble(Segment::x0));
    List<List<Segment>> ordered = new ArrayList<>();
    List<Segment> leftBand = new ArrayList<>();
    List<Segment> rightBand = new ArrayList<>();
    float bandBottom = Float.NEGATIVE_INFINITY;
    for (Segment s : segments) {
      int column = columns.of(s);
      if (column != Columns.SPANNING && s.base() - bandBottom > s.size() * CUT_SIZES) {
        flush(ordered, leftBand, columns, captions);
        flush(ordered, rightBand, columns, captions);
      }
      bandBottom = Math.max(bandBottom, s.base());
      if (column == Columns.SPANNING) {
        flush(ordered, leftBand, columns, captions);
        flush(ordered, rightBand, columns, captions);
        addToLines(ordered, s, columns, captions);
      } else {
        (column == Columns.LEFT ? leftBand : rightBand).add(s);
      }
    }
    flush(ordered, leftBand, columns, captions);
    flush(ordered, rightBand, columns, captions);
    return toLines(page, ordered, columns, captions);
  }

  private static void flush(List<List<Segment>> ordered, List<Segment> band, Columns columns,
      Map<Segment, TableBlock> captions) {
    for (Segment s : band) {
      addToLines(ordered, s, columns, captions);
    }
    band.clear();
  }

  private static void addToLines(List<List<Segment>> ordered, Segment s, Columns columns,
      Map<Segment, TableBlock> captions) {
    List<Segment> last = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
    if (last != null && last.get(0).sameBaseline(s) && columns.of(last.get(0)) == columns.of(s)
        && !captions.containsKey(s) && !captions.containsKey(last.get(0))) {
      last.add(s);
    } else {
      ordered.add(new ArrayList<>(List.of(s)));
    }
  }

  private static List<Line> toLines(PageText page, List<List<Segment>> ordered, Columns columns,
      Map<Segment, TableBlock> captions) {
    Map<Integer, float[]> bounds = columnBounds(ordered, columns);
    List<Line> lines = new ArrayList<>();
    for (List<Segment> group : ordered) {
      group.sort(Comparator.comparingDouble(Segment::x0));
      int column = columns.of(group.get(0));
      float[] b = bounds.getOrDefault(column, new float[] {group.get(0).x0(), group.get(group.size() - 1).x1()});
      lines.add(new Line(page.number(), column, b[0], b[1], group, captions.get(group.get(0))));
    }
    return lines;
  }

  /** Per column, the most common left edge and the largest common right edge of its lines. */
  private static Map<Integer, float[]> columnBounds(List<List<Segment>> ordered, Columns columns) {
    Map<Integer, Map<Integer, Integer>> lefts = new HashMap<>();
    Map<Integer, Map<Integer, Integer>> rights = new HashMap<>();
    for (List<Segment> group : ordered) {
      int column = columns.of(group.get(0));
      int weight = group.stream().mapToInt(s -> s.text().length()).sum();
      lefts.computeIfAbsent(column, k -> new HashMap<>())
          .merge(Math.round(group.get(0).x0()), weight, Integer::sum);
      rights.computeIfAbsent(column, k -> new HashMap<>())
          .merge(Math.round(group.get(group.size() - 1).x1()), weight, Integer::sum);
    }
    Map<Integer, float[]> bounds = new HashMap<>();
    for (Integer column : lefts.keySet()) {
      bounds.put(column, new float[] {mode(lefts.get(column)), mode(rights.get(column))});
    }
    return bounds;
  }

  private static float mode(Map<Integer, Integer> counts) {
    return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
  }
}
