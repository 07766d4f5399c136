package org.litmine.pipeline.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.PaperBuilder;
import org.litmine.pipeline.document.Section;

class SectionOrderTest {

  @Test
  void sectionsTheReferenceNamesTakeItsOrderAndOthersFollowTheirPredecessor() {
    PaperBuilder builder = new PaperBuilder();
    for (String name : List.of("1. Introduction", "Figure text", "Acknowledgments", "Conflict of Interests")) {
      builder.heading(name, 1).paragraph(name + " text", 1);
    }
    Paper paper = builder.build("d", "p", "", "pdf", 1, null, null);
    Paper ordered = SectionOrder.follow(paper,
        List.of("Introduction", "Conflict of interests", "Acknowledgments"));
    assertEquals(List.of("1. Introduction", "Figure text", "Conflict of Interests", "Acknowledgments"),
        ordered.sections().stream().map(Section::name).toList());
    assertEquals(paper, SectionOrder.follow(paper, List.of()));
  }
}
