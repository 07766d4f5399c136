package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.pipeline.document.Reference;

class ReferenceListTest {

  /** A line of the left column, whose usual left edge (that of most of its lines) is at x = 55. */
  private static Line line(float x0, float x1, float base, String text) {
    Segment s = new Segment(1, x0, x1, base, 7f, "Minion-Regular", 0f, 0f, text, List.of());
    return new Line(1, Columns.LEFT, 55f, 292f, List.of(s), null);
  }

  private static List<Reference> entries(Line... lines) {
    ReferenceList list = new ReferenceList(new Hyphenation(List.of()));
    for (Line line : lines) {
      list.add(line);
    }
    return list.entries();
  }

  @Test
  void aListWithHangingIndentsStartsAnEntryAtEachOutdentedLine() {
    List<Reference> entries = entries(
        line(45f, 292f, 100f, "Hare, B., and Tomasello, M. (2005). Human-like social skills in dogs? Trends"),
        line(55f, 200f, 110f, "Cogn. Sci. 9, 439-444."),
        line(45f, 292f, 120f, "Range, F., and Virányi, Z. (2013). Social learning from humans or conspe-"),
        line(55f, 160f, 130f, "cifics. Anim. Cogn. 16, 1-12."),
        line(45f, 280f, 140f, "Werdenich, D., and Huber, L. (2002). Anim. Behav. 64, 771-781."),
        line(45f, 290f, 150f, "Udell, M. A. R., and Wynne, C. D. L. (2008). J. Exp. Anal. Behav. 89, 247-261."));
    assertEquals(4, entries.size(), entries.toString());
    assertEquals("Range, F., and Virányi, Z. (2013). Social learning from humans or conspecifics. Anim. Cogn. 16, 1-12.",
        entries.get(1).text());
  }

  @Test
  void aListWhoseEntriesEndWithLinkLinesIsSplitAtThemAlone() {
    List<Reference> entries = entries(
        line(55f, 280f, 100f, "Bishop SDH, Francis MP: Age, growth, maturity, longevity and"),
        line(55f, 250f, 110f, "natural mortality of the shortfin mako shark in New"),
        line(55f, 230f, 120f, "Zealand Waters. Mar Freshwater Res. 2006; 57(2): 143-154."),
        line(55f, 120f, 130f, "Publisher Full Text"),
        line(55f, 270f, 140f, "Fabens AJ: Properties and fitting of the Von Bertalanffy growth curve."),
        line(55f, 150f, 150f, "Growth. 1965; 29(3): 265-89."),
        line(55f, 180f, 160f, "PubMed Abstract Free Full Text"));
    assertEquals(2, entries.size(), entries.toString());
    assertEquals("Bishop SDH, Francis MP: Age, growth, maturity, longevity and natural mortality of the shortfin mako "
        + "shark in New Zealand Waters. Mar Freshwater Res. 2006; 57(2): 143-154.", entries.get(0).text());
  }

  @Test
  void aNumberLostOnAPagesEdgeDoesNotSwallowTheRestOfTheList() {
    List<Reference> entries = entries(
        line(55f, 280f, 100f, "1 Kallen K. The impact of maternal smoking. Eur J Public Health 2001;11:329-33."),
        line(55f, 250f, 110f, "Rogers JM. Tobacco and pregnancy. Reprod Toxicol 2009;28:152-60."),
        line(55f, 280f, 120f, "3 Salihu HM, Wilson RE. Epidemiology of prenatal smoking. Early Hum Dev"),
        line(55f, 200f, 130f, "2007;83:713-20."));
    assertEquals(2, entries.size(), entries.toString());
    assertEquals(3, entries.get(1).number());
  }
}
