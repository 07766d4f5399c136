package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenationTest {

  private static String join(Hyphenation h, String... lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      h.append(out, line);
    }
    return out.toString();
  }

  @Test
  void joinsAWordTheTypesetterBroke() {
    Hyphenation h = new Hyphenation(List.of("resistance to therapy"));
    assertEquals("confers resistance to", join(h, "confers resis-", "tance to"));
  }

  @Test
  void keepsRealHyphensOfCompounds() {
    Hyphenation h = new Hyphenation(List.of());
    assertEquals("the IGF-IR pathway", join(h, "the IGF-", "IR pathway"));
    assertEquals("with 5-fluorouracil", join(h, "with 5-", "fluorouracil"));
    assertEquals("anti-IGF-IR mAb", join(h, "anti-IGF-", "IR mAb"));
  }

  @Test
  void followsTheDocumentsOwnSpelling() {
    Hyphenation hyphened = new Hyphenation(List.of("an epithelial-mesenchymal transition"));
    assertEquals("epithelial-mesenchymal cells", join(hyphened, "epithelial-", "mesenchymal cells"));
    Hyphenation joined = new Hyphenation(List.of("overexpression of the gene"));
    assertEquals("overexpression was", join(joined, "over-", "expression was"));
  }

  @Test
  void keepsTheHyphenBeforeAUsualHeadOfCompounds() {
    Hyphenation h = new Hyphenation(List.of("binding of the ligand"));
    assertEquals("retinoblastoma-binding protein", join(h, "retinoblastoma-", "binding protein"));
    assertEquals("a dose-dependent effect", join(h, "a dose-", "dependent effect"));
    assertEquals("the binding site", join(h, "the bind-", "ing site"));
    Hyphenation joined = new Hyphenation(List.of("a rebinding step"));
    assertEquals("after rebinding", join(joined, "after re-", "binding"));
  }

  @Test
  void joinsRangesAndSlashesWithoutASpace() {
    Hyphenation h = new Hyphenation(List.of());
    assertEquals("risk [8–10]", join(h, "risk [8–", "10]"));
    assertEquals("PI3K/Akt", join(h, "PI3K/", "Akt"));
    assertEquals("two words", join(h, "two", "words"));
  }
}
