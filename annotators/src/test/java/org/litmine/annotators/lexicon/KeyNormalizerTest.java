package org.litmine.annotators.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class KeyNormalizerTest {

  @Test
  void greekLettersMeetTheirSpelledOutNames() {
    assertEquals(KeyNormalizer.key("ERalpha", false), KeyNormalizer.key("ERα", false));
    assertEquals(KeyNormalizer.key("p110beta", false), KeyNormalizer.key("p110β", false));
  }

  @Test
  void spelledOutGreekNamesMeetGreekLettersHoweverSeparated() {
    assertEquals(KeyNormalizer.key("ERα", false), KeyNormalizer.key("ER alpha", false));
    assertEquals(KeyNormalizer.key("TGF-β1", false), KeyNormalizer.key("TGF-beta 1", false));
    assertEquals(KeyNormalizer.key("importin- β 1", false), KeyNormalizer.key("importin beta-1", false));
    assertEquals(KeyNormalizer.key("α2-adrenoceptor", false), KeyNormalizer.key("alpha 2-adrenoceptor", false));
    assertEquals("alphabet soup", KeyNormalizer.key("alphabet soup", false), "only a whole word is a Greek name");
    assertEquals("importin", KeyNormalizer.stemBeforeGreek("importinbeta1"));
  }

  @Test
  void dashesLigaturesAndSpacesAreUnified() {
    assertEquals("5-fu", KeyNormalizer.key("5\u2013FU", false));
    assertEquals("fibroblast", KeyNormalizer.key("\uFB01broblast", false));
    assertEquals("type i igf receptor", KeyNormalizer.key("  type  I\tIGF receptor ", false));
  }

  @Test
  void typesetSpacesAroundHyphensAndGreekLettersAreClosed() {
    assertEquals(KeyNormalizer.key("importin-β1", false), KeyNormalizer.key("importin- β 1", false));
    assertEquals(KeyNormalizer.key("β-catenin", false), KeyNormalizer.key("β -catenin", false));
    assertEquals(KeyNormalizer.key("PI3Kδ", false), KeyNormalizer.key("PI3K- δ", false));
    assertEquals("type i igf receptor", KeyNormalizer.key("type I IGF receptor", false));
  }

  @Test
  void caseIsKeptOnlyWhenAsked() {
    assertEquals("ALL", KeyNormalizer.key("ALL", true));
    assertNotEquals(KeyNormalizer.key("all", true), KeyNormalizer.key("ALL", true));
    assertEquals(KeyNormalizer.key("all", false), KeyNormalizer.key("ALL", false));
  }

  @Test
  void findsAGreekNameWhereTheRegexFindsIt() {
    java.util.regex.Pattern spelled =
        java.util.regex.Pattern.compile("(?i:alpha|beta|gamma|delta|epsilon|kappa|lambda|sigma|omega)");
    for (String s : new String[] {"", "ER alpha", "TGF-BETA", "importinbeta1", "Alph", "alphabet", "xsigm",
        "p38 MAPK", "IGF-IR", "PKC-Delta", "Omega-3", "Kappa", "lambd", "GAMMA-secretase", "estrogen",
        "\u212Appa", "s\u0130gma", "x-epsilon"}) {
      java.util.regex.Matcher m = spelled.matcher(s);
      assertEquals(m.find() ? m.start() : -1, KeyNormalizer.spelledGreekAt(s), s);
    }
  }
}
