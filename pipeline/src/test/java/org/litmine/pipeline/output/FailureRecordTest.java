package org.litmine.pipeline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureRecordTest {

  private static Throwable thrownHere() {
    try {
      return List.of().get(0) == null ? null : null;
    } catch (IndexOutOfBoundsException e) {
      return new IllegalStateException("wrapped", e);
    }
  }

  @Test
  void theDetailNamesTheExceptionItsCauseAndTheLineOfLitminesCodeThatThrewIt() {
    FailureRecord r = FailureRecord.of("a.pdf", "annotate", "annotation failed:\n  boom", thrownHere());
    assertEquals("annotation failed: boom", r.error());
    assertTrue(r.detail().startsWith("java.lang.IllegalStateException caused by "), r.detail());
    assertTrue(r.detail().contains(" at org.litmine.pipeline.output.FailureRecordTest.thrownHere(FailureRecordTest.java:"),
        r.detail());
  }

  @Test
  void aFailureWithoutAnExceptionHasNoDetail() {
    assertNull(FailureRecord.of("a.pdf", "read", "empty file (0 bytes)", null).detail());
  }
}
