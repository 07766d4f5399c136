package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnheadedReferencesTest {

  private static List<Line> lines(String... texts) {
    return Arrays.stream(texts).map(t -> {
      Segment s = new Segment(1, 55f, 290f, 100f, 7f, "Body", 0f, 0f, t, List.of());
      return new Line(1, Columns.LEFT, 55f, 292f, List.of(s), null);
    }).toList();
  }

  @Test
  void aNumberedListOfAuthorsStartsAReferenceList() {
    assertTrue(UnheadedReferences.startAt(lines("1 Kallen K. The impact of maternal smoking during pregnancy",
        "on delivery outcome. Eur J Public Health 2001;11:329-33.", "2 Rogers JM. Tobacco and pregnancy."), 0));
  }

  @Test
  void numberedSentencesOrALoneEntryDoNot() {
    assertFalse(UnheadedReferences.startAt(lines("1 The patients were randomised.", "2 The outcome was ..."), 0));
    assertFalse(UnheadedReferences.startAt(lines("1 Kallen K. The impact of maternal smoking.", "text"), 0));
  }
}
