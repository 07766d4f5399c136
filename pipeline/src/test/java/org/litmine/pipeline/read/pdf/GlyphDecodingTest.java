package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GlyphDecodingTest {

  @Test
  void ordinaryTextPassesAndNothingIsNoted() {
    GlyphDecoding decoding = new GlyphDecoding();
    assertEquals(Optional.of("fi"), decoding.decode("fi", "Times-Roman"));
    assertEquals(Optional.of("α"), decoding.decode("α", "Times-Roman"));
    assertEquals(Optional.empty(), decoding.note());
  }

  @Test
  void symbolFontCodesShiftedIntoThePrivateUseAreaAreRepaired() {
    GlyphDecoding decoding = new GlyphDecoding();
    assertEquals(Optional.of("α"), decoding.decode("\uF061", "Symbol"));
    assertEquals(Optional.of("≥"), decoding.decode("\uF0B3", "SymbolMT"));
    assertEquals(0, decoding.undecodableCount());
  }

  @Test
  void undecodableGlyphsAreLeftOutAndNotedByFont() {
    GlyphDecoding decoding = new GlyphDecoding();
    assertEquals(Optional.empty(), decoding.decode("\uF8EC", "Symbol"));
    assertEquals(Optional.empty(), decoding.decode(null, "AdvTT3f2a"));
    assertEquals(Optional.empty(), decoding.decode("\uFFFD", "AdvTT3f2a"));
    decoding.decode("a", "Times-Roman");
    assertEquals(3, decoding.undecodableCount());
    String note = decoding.note().orElseThrow();
    assertTrue(note.startsWith("3 of 4 characters could not be decoded"), note);
    assertTrue(note.contains("AdvTT3f2a, Symbol"), note);
  }
}
