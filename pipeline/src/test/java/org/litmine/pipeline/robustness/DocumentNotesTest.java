package org.litmine.pipeline.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.pipeline.limits.DocumentNotes;

/** Notes are appended to a document line, once each, and the line is untouched when there are none. */
class DocumentNotesTest {

  static final String LINE = "{\"doc\":\"a\",\"path\":\"/x/a.pdf\",\"pages\":1}";

  @Test
  void noNotesLeaveTheLineAsItIs() {
    assertEquals(LINE, DocumentNotes.add(LINE, List.of()));
  }

  @Test
  void notesAreAppendedInOrderOnceEach() {
    String once = DocumentNotes.add(LINE, List.of("truncated PDF"));
    String twice = DocumentNotes.add(once, List.of("truncated PDF", "1 sentence split"));
    assertEquals("{\"doc\":\"a\",\"path\":\"/x/a.pdf\",\"pages\":1,\"notes\":[\"truncated PDF\",\"1 sentence split\"]}",
        twice);
    assertEquals(List.of("truncated PDF", "1 sentence split"), DocumentNotes.of(twice));
  }
}
