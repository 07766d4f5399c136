package org.litmine.pipeline.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublisherTextTest {

  private static final String TEXT = String.join("\n",
      "REVIEW", "", "A title", "", "Abstract", "", "Body one.", "", "* Correspondence: a@b.c", "",
      "Fig. 1 A figure caption", "", "Table 1 A table", "", "Drug\tPhase", "Ganitumab\t2", "",
      "CR complete response", "", "Body two.", "", "References", "", "- First.", " 2. Second.", "");

  @Test
  void separatesBodyFromCaptionsTablesAndFootnotes() {
    ReferenceDoc doc = PublisherText.read(TEXT);
    assertEquals(List.of("Abstract", "Body one.", "Body two."), doc.body());
    assertEquals(List.of(List.of("Drug", "Phase"), List.of("Ganitumab", "2")), doc.tables().get(0).rows());
    assertEquals(2, doc.captions().size());
    assertEquals(2, doc.references());
    assertEquals(true, doc.withAbstract());
  }
}
