package org.litmine.annotators.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WordNumbersTest {

  @Test
  void readsNumbersFromOneToNinetyNineWrittenAsWords() {
    assertEquals(OptionalInt.of(78), WordNumbers.value("Seventy-eight"));
    assertEquals(OptionalInt.of(78), WordNumbers.value("seventy eight"));
    assertEquals(OptionalInt.of(50), WordNumbers.value("Fifty"));
    assertEquals(OptionalInt.of(12), WordNumbers.value("twelve"));
    assertEquals(OptionalInt.of(1), WordNumbers.value("One"));
  }

  @Test
  void readsNothingElse() {
    assertEquals(OptionalInt.empty(), WordNumbers.value("78"));
    assertEquals(OptionalInt.empty(), WordNumbers.value("twelve-one"));
    assertEquals(OptionalInt.empty(), WordNumbers.value("hundred"));
    assertEquals(OptionalInt.empty(), WordNumbers.value("zero"));
  }
}
