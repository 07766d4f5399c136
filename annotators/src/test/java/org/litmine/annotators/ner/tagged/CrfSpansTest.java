package org.litmine.annotators.ner.tagged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrfSpansTest {

  @Test
  void bioLabelsKeepTouchingMentionsApart() {
    assertEquals(List.of(new CrfSpans.Span(1, 3), new CrfSpans.Span(3, 4), new CrfSpans.Span(5, 6)),
        CrfSpans.ofLabels(List.of("O", "B-GENE", "I-GENE", "B-GENE", "O", "I-GENE")));
  }

  @Test
  void ioLabelsRunTogether() {
    assertEquals(List.of(new CrfSpans.Span(0, 2), new CrfSpans.Span(3, 4)),
        CrfSpans.ofLabels(List.of("CHEMICAL", "CHEMICAL", "O", "CHEMICAL")));
    assertEquals(List.of(), CrfSpans.ofLabels(List.of("O", "O")));
  }
}
