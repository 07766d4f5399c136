package org.litmine.pipeline.read.pdf;

import java.util.List;

/**
 * A line of text in reading order: the segments of one column on one baseline, with the bounds of the column it
 * sits in (for indentation and short-line tests). A table caption line carries its table.
 *
 * @param page 1-based page number
 * @param column {@link Columns#LEFT}, {@link Columns#RIGHT} or {@link Columns#SPANNING}
 * @param colLeft the usual left edge of lines in this column on this page
 * @param colRight the usual right edge of lines in this column on this page
 * @param segments the segments, left to right
 * @param table the table this line is the caption of, or null
 */
public record Line(int page, int column, float colLeft, float colRight, List<Segment> segments, TableBlock table) {

  public Line {
    segments = List.copyOf(segments);
  }

  public Segment first() {
    return segments.get(0);
  }

  public float x0() {
    return segments.get(0).x0();
  }

  public float x1() {
    return segments.get(segments.size() - 1).x1();
  }

  public float base() {
    return segments.get(0).base();
  }

  /** The largest dominant size of its segments. */
  public float size() {
    float size = 0f;
    for (Segment s : segments) {
      size = Math.max(size, s.size());
    }
    return size;
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(s.text());
    }
    return out.toString();
  }

  public boolean bold() {
    return segments.stream().allMatch(Segment::bold);
  }

  public boolean italic() {
    return segments.stream().allMatch(Segment::italic);
  }

  /** Whether the text starts with a lower-case letter: a line that goes on with what is above it. */
  public boolean startsInLowerCase() {
    return Character.isLowerCase(text().codePointAt(0));
  }

  /** Whether the first segment starts in a bold font (a run-in label such as "Fig. 1" or "Table 2"). */
  public boolean startsBold() {
    List<Glyph> glyphs = first().glyphs();
    return !glyphs.isEmpty() && glyphs.get(0).bold();
  }

  /** Font family and weight key used to compare lines. */
  public String styleKey() {
    Segment s = first();
    return s.font() + "|" + Math.round(s.size() * 2) + "|" + s.bold() + "|" + s.italic();
  }
}
