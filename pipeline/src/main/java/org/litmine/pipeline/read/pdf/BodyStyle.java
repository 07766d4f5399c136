package org.litmine.pipeline.read.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The style of the running text of a document: the font size that covers the most page area (characters times
 * size) in the first 60% of the pages — reference lists and tables at the end are long but set small — and the
 * font most used at that size. Other elements are told apart by how they differ from it (headings larger or
 * bold, footnotes and figure labels smaller).
 */
public record BodyStyle(float size, String font, float lineSpacing) {

  public static BodyStyle of(List<PageText> pages) {
    Map<Float, Integer> sizes = new HashMap<>();
    Map<String, Integer> fonts = new HashMap<>();
    int front = Math.max(1, (int) Math.ceil(pages.size() * 0.6));
    for (PageText page : pages.subList(0, front)) {
      for (Segment s : page.segments()) {
        sizes.merge(s.size(), Math.round(s.text().length() * s.size()), Integer::sum);
      }
    }
    float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    Map<Float, Integer> spacings = new HashMap<>();
    for (PageText page : pages) {
      Segment previous = null;
      for (Segment s : page.segments()) {
        if (Math.abs(s.size() - size) < 0.3f) {
          fonts.merge(s.font(), s.text().length(), Integer::sum);
          if (previous != null && Math.abs(previous.x0() - s.x0()) < 2f) {
            float d = Math.round((s.base() - previous.base()) * 2f) / 2f;
            if (d > size * 0.9f && d < size * 2f) {
              spacings.merge(d, 1, Integer::sum);
            }
          }
          previous = s;
        }
      }
    }
    String font = fonts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    float spacing = spacings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(size * 1.2f);
    return new BodyStyle(size, font, spacing);
  }

  /** Whether a segment is set at running-text size (a little smaller allowed: abstracts, back matter). */
  public boolean proseSize(Segment s) {
    return s.size() >= size * 0.86f && s.size() <= size * 1.12f;
  }

  /** Whether a segment is clearly smaller than running text: footnotes, figure labels, table cells. */
  public boolean small(Segment s) {
    return s.size() < size * 0.86f;
  }

  /** Whether a segment is clearly larger than running text. */
  public boolean large(Segment s) {
    return s.size() > size * 1.12f;
  }
}
