package org.litmine.annotators;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ThreadFailuresTest {

  @Test
  void errorsAndUncheckedExceptionsAreRethrownAsTheyAreAndCheckedOnesLeftToTheCaller() {
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    assertSame(error, assertThrows(OutOfMemoryError.class, () -> ThreadFailures.rethrowUnchecked(error)));
    IllegalStateException bug = new IllegalStateException("bug");
    assertSame(bug, assertThrows(IllegalStateException.class, () -> ThreadFailures.rethrowUnchecked(bug)));
    assertDoesNotThrow(() -> ThreadFailures.rethrowUnchecked(new IOException("bad bytes")));
  }
}
