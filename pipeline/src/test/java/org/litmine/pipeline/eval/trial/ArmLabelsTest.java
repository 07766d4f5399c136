package org.litmine.pipeline.eval.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArmLabelsTest {

  @Test
  void anArmIsNamedWithOrWithoutTheWordsThatSayItIsOne() {
    assertEquals("selumetinib", ArmLabels.normalize("the Selumetinib group"));
    assertEquals("cisplatin", ArmLabels.normalize("cisplatin alone"));
    assertEquals("cisplatin", ArmLabels.normalize("cisplatin monotherapy"));
    assertEquals("cisplatin", ArmLabels.normalize("cisplatin monotherapy arm"));
    assertEquals("arm a", ArmLabels.normalize("Arm A"));
  }
}
