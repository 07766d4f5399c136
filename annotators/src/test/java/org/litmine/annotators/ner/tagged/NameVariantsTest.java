package org.litmine.annotators.ner.tagged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

  private final NameVariants variants =
      NameVariants.load("org/litmine/annotators/rules/entities/spelling_variants.tsv");

  @Test
  void britishPartsAreSpelledTheAmericanWay() {
    assertTrue(variants.of("Tumour necrosis factor").contains("tumor necrosis factor"));
    assertTrue(variants.of("oestrogen receptor alpha").contains("estrogen receptor alpha"));
  }

  @Test
  void aHyphenBeforeANumberOrBetweenWordsIsWrittenAsASpaceOrASlash() {
    assertEquals(List.of("interleukin 17A"), variants.of("interleukin-17A"));
    assertEquals(List.of("sodium-glucose cotransporter 2".replace("-", " "), "sodium/glucose cotransporter 2"),
        variants.of("sodium-glucose cotransporter 2"));
  }

  @Test
  void aNameWithNothingToVaryHasNoVariants() {
    assertEquals(List.of(), variants.of("EGFR"));
    assertEquals(List.of(), variants.of("IL-6"));
  }

  @Test
  void aPluralNameWithNumberedMembersStandsForEachMember() {
    assertEquals(List.of("cyclin-dependent kinase 4", "cyclin-dependent kinase 6"),
        NameVariants.members("cyclin-dependent kinases 4 and 6"));
    assertEquals(List.of("muscarinic receptor 1", "muscarinic receptor 2", "muscarinic receptor 3"),
        NameVariants.members("muscarinic receptors 1, 2 and 3"));
    assertEquals(List.of(), NameVariants.members("cyclin-dependent kinase 4"));
    assertEquals(List.of(), NameVariants.members("kinases and phosphatases"));
  }
}
