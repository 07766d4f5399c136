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
  void readsHundredsWrittenAsWords() {
    assertEquals(OptionalInt.of(137), WordNumbers.value("One hundred thirty-seven"));
    assertEquals(OptionalInt.of(205), WordNumbers.value("two hundred and five"));
    assertEquals(OptionalInt.of(300), WordNumbers.value("Three hundred"));
    assertEquals(OptionalInt.of(120), WordNumbers.value("One hundred twenty"));
  }

  @Test
  void readsNothingElse() {
    assertEquals(OptionalInt.empty(), WordNumbers.value("78"));
    assertEquals(OptionalInt.empty(), WordNumbers.value("twelve-one"));
    assertEquals(OptionalInt.empty(), WordNumbers.value("hundred"));
    assertEquals(OptionalInt.empty(), WordNumbers.value("zero"));
    assertEquals(OptionalInt.empty(), WordNumbers.value("ten hundred"));
    assertEquals(OptionalInt.empty(), WordNumbers.value("one hundred and"));
    assertEquals(OptionalInt.empty(), WordNumbers.value("one hundred hundred"));
  }
}
