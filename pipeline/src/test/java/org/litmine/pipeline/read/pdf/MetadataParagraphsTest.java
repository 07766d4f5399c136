package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetadataParagraphsTest {

  private final MetadataParagraphs metadata = MetadataParagraphs.standard();

  @Test
  void datesCitationAndLicenceLinesAreMetadata() {
    assertTrue(metadata.isMetadata("Received: 24 July 2014; accepted: 21 December 2014; published online: 15"));
    assertTrue(metadata.isMetadata("Received 21 April 2020 Accepted 22 May 2020"));
    assertTrue(metadata.isMetadata("Citation: Range F and Virányi Z (2015) Tracking the evolutionary origins"));
    assertTrue(metadata.isMetadata("© 2015 Frazier BS et al. This is an open access article"));
    assertTrue(metadata.isMetadata("*Correspondence: tom.thompson@plymouth.ac.uk"));
    assertTrue(metadata.isMetadata("Cite this as: BMJ 2015;350:h2145"));
  }

  @Test
  void runningTextThatMentionsTheseWordsIsNot() {
    assertFalse(metadata.isMetadata("Received signal strength was measured at each site."));
    assertFalse(metadata.isMetadata("Patients who received cisplatin (n = 12) were followed up."));
    assertFalse(metadata.isMetadata("Published data on longevity are scarce [4]."));
  }
}
