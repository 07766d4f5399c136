package org.litmine.pipeline.read.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.SymbolEncoding;

/**
 * Checks the Unicode text PDFBox gives each glyph and keeps count of what could not be decoded. A glyph whose font
 * has no usable Unicode map comes out as nothing, as U+FFFD, as a control character or as a code in the Private
 * Use Area: passed on, it would make garbled words. A Private Use code from a symbol font (U+F020–U+F0FF, the
 * "Symbol" encoding shifted into the Private Use Area by some typesetting systems) is repaired through that
 * encoding's glyph names ("alpha" → α); every other undecodable glyph is left out and counted by font, for a note
 * on the document.
 */
public final class GlyphDecoding {

  private final Map<String, Integer> undecodable = new TreeMap<>();
  private int decoded;

  /** The glyph's text, repaired where its font allows, or empty when it cannot be decoded. */
  public Optional<String> decode(String unicode, String font) {
    if (unicode == null || unicode.isEmpty()) {
      return undecodable(font);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < unicode.length(); ) {
      int c = unicode.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0xF020 && c <= 0xF0FF && font.toLowerCase(Locale.ROOT).contains("symbol")) {
        String name = SymbolEncoding.INSTANCE.getName(c - 0xF000);
        String repaired = name == null ? null : GlyphList.getAdobeGlyphList().toUnicode(name);
        if (repaired == null) {
          return undecodable(font);
        }
        out.append(repaired);
      } else if (c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || (Character.isISOControl(c)
          && !Character.isWhitespace(c))) {
        return undecodable(font);
      } else {
        out.appendCodePoint(c);
      }
    }
    decoded++;
    return Optional.of(out.toString());
  }

  private Optional<String> undecodable(String font) {
    undecodable.merge(font.isEmpty() ? "(unnamed font)" : font, 1, Integer::sum);
    return Optional.empty();
  }

  /** The number of glyphs left out as undecodable. */
  public int undecodableCount() {
    return undecodable.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** A note for the document when some of its text could not be decoded. */
  public Optional<String> note() {
    int count = undecodableCount();
    if (count == 0) {
      return Optional.empty();
    }
    String fonts = String.join(", ", undecodable.keySet().stream().limit(5).toList())
        + (undecodable.size() > 5 ? ", ..." : "");
    return Optional.of(String.format(Locale.ROOT, "%d of %d characters could not be decoded to text (fonts without a"
        + " usable Unicode map: %s) and were left out", count, count + decoded, fonts));
  }
}
