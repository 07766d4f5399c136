package org.litmine.pipeline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchNamesTest {

  private static SearchNames names;

  @BeforeAll
  static void load() {
    names = SearchNames.load();
  }

  @Test
  void aGeneIsFoundByItsSynonymsAndInAnyCase() {
    for (String typed : List.of("HER2", "ErbB2", "erbb2", "ERBB2")) {
      assertTrue(names.keys(IndexFields.GENE, typed).contains("ERBB2"), typed + " -> " + names.keys("gene", typed));
    }
    assertTrue(names.keys(IndexFields.GENE, "IGF-IR").contains("IGF1R"));
  }

  @Test
  void aDrugIsFoundLowerCasedAndByItsGenericName() {
    assertTrue(names.keys(IndexFields.DRUG, "Trastuzumab").contains("trastuzumab"));
  }

  @Test
  void otherFieldsAreTakenAsWritten() {
    assertEquals(List.of("resistance"), names.keys(IndexFields.EFFECT, "resistance"));
  }
}
