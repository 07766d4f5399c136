package org.litmine.pipeline.read.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of every page with their positions and fonts, using PDFBox's text stripper only for what it
 * does well: decoding glyphs to Unicode and dropping duplicated overlapping text (fake bold). Rotated text (axis
 * labels, margin notes) is left out: it is never prose. Glyphs that cannot be decoded are repaired or left out
 * by {@link GlyphDecoding}. Weight and slant come from the font name ("Bold", "Italic",
 * and the typesetters' suffixes ".B", ".I", ".BI" of fonts subset under hashed names) or its descriptor.
 */
public final class GlyphCollector extends PDFTextStripper {

  private static final Pattern BOLD_SUFFIX = Pattern.compile("\\.(b|bi|ib)$");
  private static final Pattern ITALIC_SUFFIX = Pattern.compile("(-(it|bdit|boldit)|\\.(i|bi|ib))$");

  private final List<PageGlyphs> pages = new ArrayList<>();
  private final GlyphDecoding decoding = new GlyphDecoding();

  /** The glyphs of every page, and what could not be decoded. */
  public record Collected(List<PageGlyphs> pages, GlyphDecoding decoding) {}

  private GlyphCollector() throws IOException {
    setSortByPosition(false);
    setShouldSeparateByBeads(false);
  }

  /** The glyphs of all pages of the document. */
  public static Collected collect(PDDocument pdf) throws IOException {
    GlyphCollector collector = new GlyphCollector();
    collector.writeText(pdf, new StringWriter());
    return new Collected(collector.pages, collector.decoding);
  }

  @Override
  protected void writePage() throws IOException {
    PDRectangle box = getCurrentPage().getCropBox();
    List<Glyph> glyphs = new ArrayList<>();
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition tp : article) {
        if (tp.getDir() != 0f) {
          continue;
        }
        decoding.decode(tp.getUnicode(), fontName(tp.getFont())).ifPresent(text -> glyphs.add(toGlyph(tp, text)));
      }
    }
    pages.add(new PageGlyphs(getCurrentPageNo(), box.getWidth(), box.getHeight(), glyphs));
  }

  /** The font's name without its subset prefix ("ABCDEF+"). */
  private static String fontName(PDFont font) {
    String name = font == null || font.getName() == null ? "" : font.getName();
    int plus = name.indexOf('+');
    return plus == 6 ? name.substring(plus + 1) : name;
  }

  private static Glyph toGlyph(TextPosition tp, String text) {
    PDFont font = tp.getFont();
    String name = fontName(font);
    String lower = name.toLowerCase(Locale.ROOT);
    PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
    boolean bold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
        || lower.contains("semibold") || lower.contains("demi") || BOLD_SUFFIX.matcher(lower).find()
        || (descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold()));
    boolean italic = lower.contains("italic") || lower.contains("oblique") || ITALIC_SUFFIX.matcher(lower).find()
        || (descriptor != null && descriptor.getItalicAngle() != 0f);
    float size = tp.getFontSizeInPt();
    if (size <= 0f) {
      size = tp.getHeightDir();
    }
    float x0 = tp.getXDirAdj();
    return new Glyph(text, x0, x0 + tp.getWidthDirAdj(), tp.getYDirAdj(), size, name, bold, italic);
  }
}
