package org.litmine.pipeline.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.output.Json;

/** Notes are appended to a paper, once each; the paper is untouched (its JSON without notes) when there are none. */
class PaperNotesTest {

  static final Paper PAPER = new Paper("a", "/x/a.pdf", "0", "pdf", 1, "T", List.of(), null, List.of(), List.of(),
      List.of(), List.of());

  @Test
  void noNotesLeaveThePaperAsItIs() {
    assertSame(PAPER, PAPER.withNotes(List.of()));
    assertEquals("{\"doc\":\"a\",\"path\":\"/x/a.pdf\",\"sha256\":\"0\",\"format\":\"pdf\",\"pages\":1,\"title\":\"T\","
        + "\"authors\":[],\"doi\":null,\"sections\":[],\"tables\":[],\"captions\":[],\"references\":[]}",
        Json.line(PAPER));
  }

  @Test
  void notesAreAppendedInOrderOnceEachOnOneLine() {
    Paper once = PAPER.withNotes(List.of("truncated PDF"));
    Paper twice = once.withNotes(List.of("truncated  PDF", "1 sentence\nsplit"));
    assertEquals(List.of("truncated PDF", "1 sentence split"), twice.notes());
    assertEquals(Json.line(PAPER).replace("}", ",\"notes\":[\"truncated PDF\",\"1 sentence split\"]}"),
        Json.line(twice));
  }
}
