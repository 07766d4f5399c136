package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds tables. A table starts at a caption line ("Table 2 ...") set apart from running text (bold label or a
 * size or font other than the body's); its body is the run of baselines below the caption, within the caption's
 * column or the whole width when the table is wider, up to the first line of running text (a segment in the body
 * style at least 30% of the page or 45% of the table wide), a heading, another caption or a wide vertical gap. Wide single lines after the grid are the
 * table's notes. A table that runs to the foot of a page goes on with the table-like lines at the top of the next
 * page, its repeated header row skipped. A caption with no grid under it (a table set as an image) yields no table.
 */
public final class TableFinder {

  /**
   * A table and the segments it took from one page; {@code caption} is where the table sits in reading order,
   * null for the part of a table continued from the page before.
   */
  public record Found(TableBlock table, Segment caption, Set<Segment> consumed) {}

  /** Inside a table a gap of this many font sizes already separates two cells. */
  private static final float CELL_GAP = 0.4f;

  private final BodyStyle body;
  private final Hyphenation hyphenation;

  public TableFinder(BodyStyle body, Hyphenation hyphenation) {
    this.body = body;
    this.hyphenation = hyphenation;
  }

  /** The tables of all pages, by page index. */
  public Map<Integer, List<Found>> find(List<PageText> pages, List<Columns> columns) {
    Map<Integer, List<Found>> found = new HashMap<>();
    Set<Segment> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int p = 0; p < pages.size(); p++) {
      List<Segment> sorted = sorted(pages.get(p));
      for (Segment s : sorted) {
        Optional<CaptionStart> start = CaptionStart.of(s.text());
        if (taken.contains(s) || start.isEmpty() || !start.get().kind().equals("table") || !setApart(s)) {
          continue;
        }
        tableAt(pages, columns, p, s, start.get(), taken).forEach((page, f) -> {
          found.computeIfAbsent(page, k -> new ArrayList<>()).add(f);
          taken.addAll(f.consumed());
        });
      }
    }
    return found;
  }

  private static List<Segment> sorted(PageText page) {
    List<Segment> sorted = new ArrayList<>(page.segments());
    sorted.sort(Comparator.comparingDouble(Segment::base).thenComparingDouble(Segment::x0));
    return sorted;
  }

  private boolean setApart(Segment s) {
    return s.glyphs().get(0).bold() || Math.abs(s.size() - body.size()) > 0.3f || !s.font().equals(body.font());
  }

  /** The scan of a table body: grid lines, cells, notes, and whether it ran off the foot of the page. */
  private final class Scan {
    final List<List<Segment>> cells = new ArrayList<>();
    final StringBuilder notes = new StringBuilder();
    int gridLines;
    String header = "";
    int multiLines;
    boolean open;

    /** Scans baselines from index i; returns the segments taken. */
    List<Segment> scan(List<List<Segment>> below, int i, float previousBase, float regionWidth, float pageWidth,
        boolean top) {
      List<Segment> consumed = new ArrayList<>();
      open = true;
      for (; i < below.size(); i++) {
        List<Segment> line = below.get(i);
        Segment first = line.get(0);
        boolean singleWide = line.size() == 1 && first.width() >= regionWidth * 0.45f;
        boolean prose = line.stream().anyMatch(x -> body.proseSize(x) && x.font().equals(body.font())
            && x.width() >= Math.min(pageWidth * 0.3f, regionWidth * 0.45f));
        boolean gapTooWide = gridLines > 0 && !Float.isNaN(previousBase)
            && first.base() - previousBase > body.lineSpacing() * 3f;
        if (prose || gapTooWide || body.large(first) || CaptionStart.of(first.text()).isPresent()
            || (top && consumed.isEmpty() && line.size() < 2)) {
          open = false;
          break;
        }
        if (top && consumed.isEmpty() && !cells.isEmpty() && text(line).equals(header)) {
          consumed.addAll(line);
          previousBase = first.base();
          continue;
        }
        if (notes.length() > 0 || (singleWide && gridLines >= 2)) {
          if (line.size() > 1) {
            open = false;
            break;
          }
          hyphenation.append(notes, first.text());
        } else {
          List<Segment> split = new ArrayList<>();
          line.forEach(x -> split.addAll(SegmentBuilder.split(x, CELL_GAP)));
          cells.add(split);
          if (gridLines == 0) {
            header = text(line);
          }
          gridLines++;
          multiLines += line.size() >= 2 ? 1 : 0;
        }
        consumed.addAll(line);
        previousBase = first.base();
      }
      open = open && notes.length() == 0;
      return consumed;
    }
  }

  private Map<Integer, Found> tableAt(List<PageText> pages, List<Columns> allColumns, int p, Segment caption,
      CaptionStart start, Set<Segment> taken) {
    PageText page = pages.get(p);
    Columns columns = allColumns.get(p);
    float[] region = region(page, columns, caption, taken);
    float width = region[1] - region[0];
    List<List<Segment>> below = baselines(sorted(page), caption.base(), region, taken);
    below.removeIf(l -> l.contains(caption));
    List<Segment> consumed = new ArrayList<>(List.of(caption));
    StringBuilder captionText = new StringBuilder(start.rest());
    int i = 0;
    Segment lastCaption = caption;
    while (i < below.size() && below.get(i).size() == 1
        && isCaptionContinuation(lastCaption, below.get(i).get(0), region[0], width)) {
      lastCaption = below.get(i).get(0);
      hyphenation.append(captionText, lastCaption.text());
      consumed.add(lastCaption);
      i++;
    }
    Scan scan = new Scan();
    consumed.addAll(scan.scan(below, i, lastCaption.base(), width, page.width(), false));
    if (scan.multiLines < 2) {
      return Map.of();
    }
    Map<Integer, Found> parts = new HashMap<>();
    Map<Integer, List<Segment>> continued = new HashMap<>();
    for (int q = p + 1; scan.open && q < pages.size(); q++) {
      List<List<Segment>> top = baselines(sorted(pages.get(q)), -1f, region, taken);
      List<Segment> more = scan.scan(top, 0, Float.NaN, width, pages.get(q).width(), true);
      if (more.isEmpty()) {
        break;
      }
      continued.put(q, more);
    }
    List<List<String>> rows = TableGrid.build(scan.cells, hyphenation);
    TableBlock table = new TableBlock(start.label(), captionText.toString(), page.number(), rows,
        scan.notes.toString());
    parts.put(p, new Found(table, caption, identitySet(consumed)));
    continued.forEach((q, segments) -> parts.put(q, new Found(table, null, identitySet(segments))));
    return parts;
  }

  /** [left, right] of the table: the caption's column, or the page width when the table is wider. */
  private float[] region(PageText page, Columns columns, Segment caption, Set<Segment> taken) {
    int column = columns.of(caption);
    if (!columns.twoColumns() || column == Columns.SPANNING) {
      return new float[] {0f, page.width()};
    }
    List<List<Segment>> below = baselines(sorted(page), caption.base(), new float[] {0f, page.width()}, taken);
    for (List<Segment> line : below.subList(0, Math.min(3, below.size()))) {
      for (Segment s : line) {
        boolean otherSide = columns.of(s) != column;
        boolean prose = body.proseSize(s) && s.font().equals(body.font()) && s.width() > page.width() * 0.3f;
        if (columns.of(s) == Columns.SPANNING || (otherSide && !prose)) {
          return new float[] {0f, page.width()};
        }
      }
    }
    return column == Columns.LEFT ? new float[] {0f, columns.gutter()} : new float[] {columns.gutter(), page.width()};
  }

  private boolean isCaptionContinuation(Segment previous, Segment next, float left, float width) {
    return Math.abs(next.size() - previous.size()) < 0.3f && Math.abs(next.x0() - previous.x0()) < 2f
        && previous.x1() > left + width * 0.75f && next.base() - previous.base() < previous.size() * 1.6f;
  }

  private static String text(List<Segment> line) {
    StringBuilder out = new StringBuilder();
    line.forEach(s -> out.append(s.text()).append(' '));
    return out.toString().strip();
  }

  private static Set<Segment> identitySet(List<Segment> segments) {
    Set<Segment> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(segments);
    return set;
  }

  /** The segments below {@code fromBase} within the region, grouped by baseline, top to bottom. */
  private static List<List<Segment>> baselines(List<Segment> sorted, float fromBase, float[] region,
      Set<Segment> taken) {
    List<List<Segment>> lines = new ArrayList<>();
    for (Segment s : sorted) {
      if (taken.contains(s) || s.base() <= fromBase + 0.5f || s.x0() < region[0] - 1f || s.x1() > region[1] + 1f) {
        continue;
      }
      List<Segment> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && last.get(0).sameBaseline(s)) {
        last.add(s);
      } else {
        lines.add(new ArrayList<>(List.of(s)));
      }
    }
    lines.forEach(l -> l.sort(Comparator.comparingDouble(Segment::x0)));
    return lines;
  }
}
