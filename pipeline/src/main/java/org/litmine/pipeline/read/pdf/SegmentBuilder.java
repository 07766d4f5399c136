package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the glyphs of a page into {@link Segment}s. Glyphs follow one another in stream order while they stay on
 * the baseline (or are raised or lowered smaller glyphs touching it) and the horizontal gap stays below
 * {@link #SPLIT_GAP} font sizes; a wider gap (a column gutter, a table column) ends the run. A word space is put
 * where the gap exceeds {@link #spaceGap}. Runs that the content stream wrote out of order are merged afterwards.
 */
public final class SegmentBuilder {

  /** A gap wider than this many font sizes separates two segments. */
  static final float SPLIT_GAP = 0.8f;

  /** A glyph raised or lowered by up to this many font sizes (superscripts, subscripts) is on the same line. */
  static final float RAISE = 0.55f;

  private SegmentBuilder() {}

  /** The gap after a glyph above which a word space is assumed. */
  static float spaceGap(Glyph g) {
    return 0.12f * g.size();
  }

  public static List<Segment> build(PageGlyphs page) {
    List<Run> runs = new ArrayList<>();
    Run run = new Run();
    for (Glyph g : page.glyphs()) {
      if (g.isSpace()) {
        continue;
      }
      if (!run.glyphs.isEmpty() && !run.continuesWith(g)) {
        runs.add(run);
        run = new Run();
      }
      run.add(g);
    }
    if (!run.glyphs.isEmpty()) {
      runs.add(run);
    }
    List<Segment> segments = new ArrayList<>();
    for (List<Glyph> r : mergeOutOfOrder(runs)) {
      Segment s = toSegment(page.number(), r);
      if (!s.text().isEmpty()) {
        segments.add(s);
      }
    }
    return segments;
  }

  /** Splits a segment where its glyphs are further apart than {@code gap} font sizes (table cells set close). */
  static List<Segment> split(Segment segment, float gap) {
    List<Segment> parts = new ArrayList<>();
    List<Glyph> run = new ArrayList<>();
    for (Glyph g : segment.glyphs()) {
      if (!run.isEmpty() && g.x0() - run.get(run.size() - 1).x1() > gap * segment.size()) {
        parts.add(toSegment(segment.page(), run));
        run = new ArrayList<>();
      }
      run.add(g);
    }
    if (!run.isEmpty()) {
      parts.add(parts.isEmpty() ? segment : toSegment(segment.page(), run));
    }
    return parts;
  }

  private static float mainSize(List<Glyph> run) {
    float max = 0f;
    for (Glyph g : run) {
      max = Math.max(max, g.size());
    }
    return max;
  }

  private static float mainBase(List<Glyph> run) {
    float size = mainSize(run);
    for (Glyph g : run) {
      if (g.size() >= size * 0.85f) {
        return g.base();
      }
    }
    return run.get(0).base();
  }

  /**
   * A run of glyphs being built, with its {@link #mainSize} and {@link #mainBase} kept up to date as glyphs are added,
   * so that a line of 100,000 glyphs costs linear time, not quadratic.
   */
  private static final class Run {
    final List<Glyph> glyphs = new ArrayList<>();
    private float size;
    private float base;

    void add(Glyph g) {
      glyphs.add(g);
      if (glyphs.size() == 1 || g.size() > size) {
        size = g.size();
        base = mainBase(glyphs);
      }
    }

    /** Appends another run; its main base stays unless the other run's glyphs are larger. */
    void addAll(Run other) {
      glyphs.addAll(other.glyphs);
      if (other.size > size) {
        size = other.size;
        base = mainBase(glyphs);
      }
    }

    Run copy() {
      Run copy = new Run();
      copy.glyphs.addAll(glyphs);
      copy.size = size;
      copy.base = base;
      return copy;
    }

    boolean continuesWith(Glyph g) {
      Glyph last = glyphs.get(glyphs.size() - 1);
      float lineSize = Math.max(size, g.size());
      boolean sameLine = Math.abs(g.base() - base) <= RAISE * lineSize;
      if (!sameLine) {
        return false;
      }
      float gap = g.x0() - last.x1();
      return gap >= -0.6f * lineSize && gap <= SPLIT_GAP * lineSize;
    }
  }

  /**
   * Joins runs that lie on one baseline and touch each other but were not adjacent in the content stream. A run that
   * grew comes first, then the others in stream order.
   */
  private static List<List<Glyph>> mergeOutOfOrder(List<Run> runs) {
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingDouble((Run r) -> r.glyphs.get(0).x0()));
    List<Run> merged = new ArrayList<>();
    Map<Run, Boolean> used = new IdentityHashMap<>();
    Map<Run, Integer> order = new IdentityHashMap<>();
    List<List<Glyph>> glyphLists = runs.stream().map(r -> r.glyphs).toList();
    for (Run r : sorted) {
      if (used.containsKey(r)) {
        continue;
      }
      Run current = r.copy();
      boolean grown = true;
      while (grown) {
        grown = false;
        for (Run other : sorted) {
          if (other == r || used.containsKey(other)) {
            continue;
          }
          if (touchesRight(current, other)) {
            current.addAll(other);
            used.put(other, true);
            grown = true;
          }
        }
      }
      used.put(r, true);
      merged.add(current);
      order.put(current, glyphLists.indexOf(current.glyphs));
    }
    merged.sort(Comparator.comparingInt(order::get));
    return merged.stream().map(m -> m.glyphs).toList();
  }

  private static boolean touchesRight(Run left, Run right) {
    float size = Math.max(left.size, right.size);
    if (Math.abs(left.base - right.base) > RAISE * size) {
      return false;
    }
    float gap = right.glyphs.get(0).x0() - left.glyphs.get(left.glyphs.size() - 1).x1();
    return gap >= -0.6f * size && gap <= SPLIT_GAP * size
        && (right.size < left.size * 0.85f || left.size < right.size * 0.85f || gap <= 0.3f * size);
  }

  private static Segment toSegment(int page, List<Glyph> run) {
    float size = mainSize(run);
    float base = mainBase(run);
    Map<String, Integer> fonts = new HashMap<>();
    Map<Float, Integer> sizes = new HashMap<>();
    int letters = 0;
    int bold = 0;
    int italic = 0;
    StringBuilder text = new StringBuilder();
    Glyph previous = null;
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    for (Glyph g : run) {
      if (previous != null && g.x0() - previous.x1() > spaceGap(previous)) {
        text.append(' ');
      }
      text.append(g.text());
      previous = g;
      x0 = Math.min(x0, g.x0());
      x1 = Math.max(x1, g.x1());
      if (Character.isLetterOrDigit(g.text().codePointAt(0))) {
        letters++;
        bold += g.bold() ? 1 : 0;
        italic += g.italic() ? 1 : 0;
        fonts.merge(g.font(), 1, Integer::sum);
        sizes.merge(Math.round(g.size() * 2f) / 2f, 1, Integer::sum);
      }
    }
    String font = fonts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(run.get(0).font());
    float dominant = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(size);
    float denominator = Math.max(1, letters);
    return new Segment(page, x0, x1, base, dominant, font, bold / denominator, italic / denominator,
        TextNormalizer.normalize(text.toString()), run);
  }
}
