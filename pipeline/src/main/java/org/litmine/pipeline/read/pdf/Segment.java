package org.litmine.pipeline.read.pdf;

import java.util.List;

/**
 * A horizontal run of glyphs on one baseline with no wide gap inside: a line of a column, a table cell line, a
 * figure label. Sizes and styles are those of the majority of its characters; raised or lowered smaller glyphs
 * (superscripts, subscripts) belong to the run they touch.
 *
 * @param page 1-based page number
 * @param x0 left edge
 * @param x1 right edge
 * @param base baseline of the main-size glyphs
 * @param size dominant font size
 * @param font dominant font name
 * @param boldShare share of letters in a bold font
 * @param italicShare share of letters in an italic font
 * @param text the text, Unicode-normalized, words separated by single spaces
 * @param glyphs the glyphs, left to right
 */
public record Segment(int page, float x0, float x1, float base, float size, String font, float boldShare,
    float italicShare, String text, List<Glyph> glyphs) {

  public Segment {
    glyphs = List.copyOf(glyphs);
  }

  public float width() {
    return x1 - x0;
  }

  public float top() {
    return base - size * 0.8f;
  }

  public boolean bold() {
    return boldShare >= 0.8f;
  }

  public boolean italic() {
    return italicShare >= 0.8f;
  }

  /**
   * Whether the two runs share a baseline (within a third of the font size, or a little more when one of them is
   * a smaller raised or lowered run).
   */
  public boolean sameBaseline(Segment other) {
    return Math.abs(base - other.base) <= 0.35f * Math.max(size, other.size)
        || (Math.abs(base - other.base) <= SegmentBuilder.RAISE * Math.max(size, other.size)
            && Math.min(size, other.size) < 0.85f * Math.max(size, other.size));
  }

  /** The text without glyphs much smaller than the main size (superscript markers such as affiliations). */
  public String textWithoutSuperscripts() {
    StringBuilder out = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : glyphs) {
      if (g.size() < size * 0.8f && g.base() < base - size * 0.15f) {
        continue;
      }
      if (previous != null && (g.x0() - previous.x1() > SegmentBuilder.spaceGap(previous))) {
        out.append(' ');
      }
      out.append(g.text());
      previous = g;
    }
    return TextNormalizer.normalize(out.toString());
  }
}
