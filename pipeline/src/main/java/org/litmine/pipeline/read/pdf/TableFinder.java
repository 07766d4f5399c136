package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds tables on a page. A table starts at a caption line ("Table 2 ...") set apart from running text (bold
 * label or a size or font other than the body's); its body is the run of baselines below the caption, within the
 * caption's column or the whole width when the table is wider, up to the first line of running text (one wide
 * segment in the body style), a heading, another caption or a wide vertical gap. Wide single lines after the grid
 * are the table's notes. A caption with no grid under it (a table set as an image) yields no table.
 */
public final class TableFinder {

  /** A table and the segments it took from the page; {@code caption} is where it sits in reading order. */
  public record Found(TableBlock table, Segment caption, Set<Segment> consumed) {}

  /** Inside a table a gap of this many font sizes already separates two cells. */
  private static final float CELL_GAP = 0.4f;

  private final BodyStyle body;
  private final Hyphenation hyphenation;

  public TableFinder(BodyStyle body, Hyphenation hyphenation) {
    this.body = body;
    this.hyphenation = hyphenation;
  }

  public List<Found> find(PageText page, Columns columns) {
    List<Segment> sorted = new ArrayList<>(page.segments());
    sorted.sort(Comparator.comparingDouble(Segment::base).thenComparingDouble(Segment::x0));
    List<Found> found = new ArrayList<>();
    Set<Segment> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Segment s : sorted) {
      if (taken.contains(s)) {
        continue;
      }
      Optional<CaptionStart> start = CaptionStart.of(s.text());
      if (start.isEmpty() || !start.get().kind().equals("table") || !setApart(s)) {
        continue;
      }
      tableUnder(page, columns, sorted, s, start.get(), taken).ifPresent(f -> {
        found.add(f);
        taken.addAll(f.consumed());
      });
    }
    return found;
  }

  private boolean setApart(Segment s) {
    return s.glyphs().get(0).bold() || Math.abs(s.size() - body.size()) > 0.3f || !s.font().equals(body.font());
  }

  private Optional<Found> tableUnder(PageText page, Columns columns, List<Segment> sorted, Segment caption,
      CaptionStart start, Set<Segment> taken) {
    float left = 0f;
    float right = page.width();
    List<List<Segment>> below = baselines(sorted, caption, left, right, taken);
    boolean wide = !columns.twoColumns() || columns.of(caption) == Columns.SPANNING
        || below.stream().limit(3).flatMap(List::stream).anyMatch(x -> columns.of(x) != columns.of(caption));
    if (!wide) {
      left = columns.of(caption) == Columns.LEFT ? 0f : columns.gutter();
      right = columns.of(caption) == Columns.LEFT ? columns.gutter() : page.width();
      below = baselines(sorted, caption, left, right, taken);
    }
    float regionWidth = right - left;
    List<Segment> consumed = new ArrayList<>(List.of(caption));
    StringBuilder captionText = new StringBuilder(start.rest());
    int i = 0;
    Segment lastCaption = caption;
    while (i < below.size() && below.get(i).size() == 1 && isCaptionContinuation(lastCaption, below.get(i).get(0),
        left, regionWidth)) {
      lastCaption = below.get(i).get(0);
      hyphenation.append(captionText, lastCaption.text());
      consumed.add(lastCaption);
      i++;
    }
    List<List<Segment>> grid = new ArrayList<>();
    List<List<Segment>> cells = new ArrayList<>();
    StringBuilder notes = new StringBuilder();
    float previousBase = lastCaption.base();
    for (; i < below.size(); i++) {
      List<Segment> line = below.get(i);
      Segment first = line.get(0);
      boolean singleWide = line.size() == 1 && first.width() >= regionWidth * 0.45f;
      boolean prose = singleWide && body.proseSize(first) && first.font().equals(body.font());
      boolean gapTooWide = !grid.isEmpty() && first.base() - previousBase > body.lineSpacing() * 3f;
      if (prose || gapTooWide || body.large(first) || CaptionStart.of(first.text()).isPresent()) {
        break;
      }
      if (notes.length() > 0 || (singleWide && grid.size() >= 2)) {
        if (line.size() > 1) {
          break;
        }
        hyphenation.append(notes, first.text());
      } else {
        grid.add(line);
        List<Segment> split = new ArrayList<>();
        line.forEach(x -> split.addAll(SegmentBuilder.split(x, CELL_GAP)));
        cells.add(split);
      }
      consumed.addAll(line);
      previousBase = first.base();
    }
    long multi = grid.stream().filter(l -> l.size() >= 2).count();
    if (multi < 2) {
      return Optional.empty();
    }
    List<List<String>> rows = TableGrid.build(cells, hyphenation);
    TableBlock table = new TableBlock(start.label(), captionText.toString(), page.number(), rows,
        notes.toString());
    Set<Segment> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(consumed);
    return Optional.of(new Found(table, caption, set));
  }

  private boolean isCaptionContinuation(Segment previous, Segment next, float left, float width) {
    return Math.abs(next.size() - previous.size()) < 0.3f && Math.abs(next.x0() - previous.x0()) < 2f
        && previous.x1() > left + width * 0.8f && next.base() - previous.base() < previous.size() * 1.6f;
  }

  /** The segments below the caption within [left, right], grouped by baseline, top to bottom. */
  private static List<List<Segment>> baselines(List<Segment> sorted, Segment caption, float left, float right,
      Set<Segment> taken) {
    List<List<Segment>> lines = new ArrayList<>();
    Map<Segment, Boolean> seen = new IdentityHashMap<>();
    for (Segment s : sorted) {
      if (s == caption || taken.contains(s) || s.base() <= caption.base() + 0.5f || s.x0() < left - 1f
          || s.x1() > right + 1f || seen.containsKey(s)) {
        continue;
      }
      List<Segment> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && last.get(0).sameBaseline(s)) {
        last.add(s);
      } else {
        lines.add(new ArrayList<>(List.of(s)));
      }
      seen.put(s, true);
    }
    lines.forEach(l -> l.sort(Comparator.comparingDouble(Segment::x0)));
    return lines;
  }
}
