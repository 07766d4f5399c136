package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SectionNamesTest {

  private final SectionNames names = SectionNames.standard();

  @Test
  void knowsSectionNamesWhateverTheirNumberingCaseAndPunctuation() {
    assertTrue(names.isSectionName("Background"));
    assertTrue(names.isSectionName("2. Materials and Methods"));
    assertTrue(names.isSectionName("MATERIALS & METHODS"));
    assertTrue(names.isSectionName("Authors’ contributions"));
    assertTrue(names.isSectionName("Competing interests:"));
    assertTrue(names.isSectionName("IV. Discussion"));
  }

  @Test
  void aSentenceOrAHeadingThatOnlyStartsWithANameIsNoSectionName() {
    assertFalse(names.isSectionName("Results of the second trial"));
    assertFalse(names.isSectionName("Methods were applied as before."));
    assertFalse(names.isSectionName("Locating and defining a disadvantaged population"));
  }

  @Test
  void peerReviewReportsAreNotPartOfTheArticle() {
    assertTrue(names.opensNonArticleMatter("Open Peer Review"));
    assertTrue(names.opensNonArticleMatter("Current Referee Status:"));
    assertTrue(names.opensNonArticleMatter("Referee Report 12 January 2015"));
    assertFalse(names.opensNonArticleMatter("Discussion"));
    assertFalse(names.opensNonArticleMatter("Amendments from Version 1"));
  }
}
