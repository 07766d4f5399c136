package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionCardTest {

  private static final String PREVIOUS = String.join("\n",
      "# Mention taggers: held-out figures",
      "",
      "| tagger | corpus | precision | recall | F1 | gold | predicted | right | target F1 | reached | model bytes | words/s |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|",
      "| genes | training/ner/BC2GM-IOB | 0.780 | 0.717 | 0.747 | 6317 | 5806 | 4527 | 0.77 | no | 1 | 2 |",
      "| chemicals | training/ner/BC5CDR-chem-IOB | 0.931 | 0.841 | 0.884 | 5377 | 4856 | 4523 | 0.88 | yes | 3 | 4 |",
      "");

  @Test
  void theTableRowsAreReadByTaggerName() {
    assertEquals(List.of("genes", "chemicals"), List.copyOf(MentionCard.taggerRows(PREVIOUS).keySet()));
    assertTrue(MentionCard.taggerRows(PREVIOUS).get("chemicals").contains("0.884"));
  }

  @Test
  void theRowsOfTaggersNotTrainedAreKept() {
    String report = MentionCard.report(List.of(), PREVIOUS);
    assertEquals(MentionCard.taggerRows(PREVIOUS), MentionCard.taggerRows(report));
  }
}
