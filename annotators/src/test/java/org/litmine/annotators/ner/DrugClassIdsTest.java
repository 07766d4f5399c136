package org.litmine.annotators.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrugClassIdsTest {

  private final DrugClassIds ids = new DrugClassIds(TestTokens.lexicons().classTargets());

  @Test
  void aListedTargetIsItsEntryAndAnyTargetOfIgf1rIsAntiIgf1r() {
    assertEquals(List.of("mtor inhibitor"), ids.of("mTOR"));
    assertEquals(List.of("anti-igf1r"), ids.of("IGF-IR/Src"));
  }

  @Test
  void slashesNameOneClassEachButANumberStaysWithItsStem() {
    assertEquals(List.of("egfr inhibitor", "her2 inhibitor"), ids.of("EGFR/HER2"));
    assertEquals(List.of("cdk4/6 inhibitor"), ids.of("CDK4/6"));
  }

  @Test
  void aReceptorIsNamedWithoutItsHeadNoun() {
    assertEquals(List.of("at1 inhibitor"), ids.of("AT1 receptor"));
    assertEquals(List.of("5-ht3 inhibitor"), ids.of("5-HT3-receptors"));
    assertEquals(List.of("anti-igf1r"), ids.of("IGF-IR receptor"), "the entry of the name without its head");
  }
}
