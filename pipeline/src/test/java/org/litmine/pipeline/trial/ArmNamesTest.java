package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArmNamesTest {

  private static List<String> found(String name, String text) {
    return ArmNames.spans(ArmNames.pattern(name), text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void aNameIsFoundAsAWholeWordNotInsideAnotherArmsName() {
    assertEquals(List.of("A"), found("A", "ORR was 40% with A+C vs 19% with A."), "not in A+C");
    assertEquals(List.of("A"), found("A", "12-month OS rate 63% vs 48% (C+A vs A)"), "not in C+A");
    assertEquals(List.of("chemotherapy"), found("chemotherapy", "chemotherapy-naive patients on chemotherapy"));
    assertEquals(List.of("DC"), found("DC", "DC-treated patients"));
  }
}
