package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingsTest {

  private static final BodyStyle BODY = new BodyStyle(9f, "Body", 12f);

  private static Line line(String text, float size, String font, float bold) {
    Segment s = new Segment(1, 57f, 57f + text.length() * size * 0.5f, 100f, size, font, bold, 0f, text, List.of());
    return new Line(1, Columns.LEFT, 57f, 291f, List.of(s), null);
  }

  /** A paper's lines: mostly running text, with the given lines among them. */
  private static List<Line> paper(Line... lines) {
    List<Line> all = new ArrayList<>(List.of(lines));
    for (int i = 0; i < 200; i++) {
      all.add(line("running text of the body set in the body's own font, line " + i, 9f, "Body", 0f));
    }
    return all;
  }

  @Test
  void aKnownSectionNameSetApartIsAHeadingAtAnySize() {
    Line competing = line("Competing interests", 7f, "AdvTT99c4c969", 0f);
    Line methods = line("Materials and Methods", 12f, "AdvP6EC5", 0f);
    Headings headings = new Headings(BODY, paper(competing, methods));
    assertTrue(headings.isHeading(competing));
    assertTrue(headings.isHeading(methods));
    assertFalse(headings.isHeading(line("Results", 9f, "Body", 0f)), "the word alone in the running text's style");
    assertFalse(headings.isHeading(line("competing interests.", 7f, "AdvTT99c4c969", 0f)),
        "the end of a sentence run on from the line before");
  }

  @Test
  void aLineInARareFontThatAKnownHeadingUsesIsAHeading() {
    Line subsection = line("Locating and defining a disadvantaged population", 9f, "AdvTT99c4c969", 0f);
    Headings headings = new Headings(BODY, paper(line("Competing interests", 7f, "AdvTT99c4c969", 0f), subsection));
    assertTrue(headings.isHeading(subsection));
    assertFalse(new Headings(BODY, paper(subsection)).isHeading(subsection), "no known heading uses the font");
  }

  @Test
  void peerReviewHeadingsAreHeadingsButSentencesAreNot() {
    Headings headings = new Headings(BODY, paper());
    assertTrue(headings.isHeading(line("Open Peer Review", 18f, "HelveticaWorld-Bold", 1f)));
    assertTrue(headings.isHeading(line("Author details", 7f, "AdvTT99c4c969", 0f)));
    assertFalse(headings.isHeading(line("Author details are given at the end of the article, with the affiliations",
        7f, "AdvTT99c4c969", 0f)));
  }
}
