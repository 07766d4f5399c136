package org.litmine.pipeline.read.pdf;

/**
 * One character (or ligature) as PDFBox placed it on the page, in page coordinates with y growing downwards.
 *
 * @param text the Unicode text of the glyph (may be more than one char for ligatures)
 * @param x0 left edge
 * @param x1 right edge
 * @param base the baseline
 * @param size the font size in points
 * @param font the font name without subset prefix
 * @param bold whether the font is bold (by name or descriptor weight)
 * @param italic whether the font is italic or oblique
 */
public record Glyph(String text, float x0, float x1, float base, float size, String font, boolean bold,
    boolean italic) {

  /** Whether the glyph is white space (some PDFs draw spaces as glyphs). */
  public boolean isSpace() {
    return text.isBlank();
  }
}
