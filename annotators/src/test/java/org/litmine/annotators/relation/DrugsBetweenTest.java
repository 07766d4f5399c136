package org.litmine.annotators.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

class DrugsBetweenTest {

  // "Tenoxicam , a COX-1 inhibitor , and celecoxib , a COX-2 inhibitor": tokens 0..12, the cue "inhibitor" at 5 and 12.
  private static final BioMention FIRST = mention(EntityType.DRUG, "tenoxicam", 0);
  private static final BioMention SECOND = mention(EntityType.DRUG, "celecoxib", 8);
  private static final BioMention CLASS = mention(EntityType.DRUG_CLASS, "cox-2 inhibitor", 11);
  private static final List<BioMention> MENTIONS = List.of(FIRST, SECOND, CLASS);

  @Test
  void aNamedDrugBetweenTheDrugAndTheCueIsSeen() {
    assertTrue(DrugsBetween.namedDrugBetween(MENTIONS, FIRST, 12));
    assertFalse(DrugsBetween.namedDrugBetween(MENTIONS, FIRST, 5));
    assertFalse(DrugsBetween.namedDrugBetween(MENTIONS, SECOND, 12));
  }

  @Test
  void aCueBeforeTheDrugLooksLeftAndAClassIsNotANamedDrug() {
    // "the effect of celecoxib": the cue at 5 before the drug at 8; "tenoxicam" (0) is not between them.
    assertFalse(DrugsBetween.namedDrugBetween(MENTIONS, SECOND, 5));
    assertTrue(DrugsBetween.namedDrugBetween(MENTIONS, CLASS, 5));
    assertFalse(DrugsBetween.namedDrugBetween(List.of(FIRST, CLASS), FIRST, 12));
  }

  @Test
  void theSameDrugUnderAnotherNameIsNotAnotherDrug() {
    // "selumetinib ( AZD6244 ) is a MEK inhibitor": the code name at 2, the cue at 7.
    BioMention inn = mention(EntityType.DRUG, "selumetinib", 0);
    BioMention code = mention(EntityType.DRUG, "selumetinib", 2);
    assertFalse(DrugsBetween.namedDrugBetween(List.of(inn, code), inn, 7));
  }

  @Test
  void aWordInsideAClassNameIsNotAnotherDrug() {
    // "erlotinib , an EGFR tyrosine kinase inhibitor": "tyrosine" (4) lies inside the class (3-6), the cue at 6.
    BioMention drug = mention(EntityType.DRUG, "erlotinib", 0);
    BioMention word = mention(EntityType.CHEMICAL, "tyrosine", 4);
    BioMention name = new BioMention(EntityType.DRUG_CLASS, "egfr inhibitor", List.of("egfr inhibitor"), 3, 7, 0, 0);
    assertFalse(DrugsBetween.namedDrugBetween(List.of(drug, word, name), drug, 6));
    assertTrue(DrugsBetween.namedDrugBetween(List.of(drug, word), drug, 6));
  }

  @Test
  void aDrugInsideTheDrugsOwnParenthesisIsItsAside() {
    // "ketanserin ( a quinazoline derivative ) , a 5-HT2A antagonist": "quinazoline" (3) inside the parenthesis
    // opened right after the drug (1-5), the cue at 9; one outside it (7) still counts.
    String[] words = {"ketanserin", "(", "a", "quinazoline", "derivative", ")", ",", "prazosin", "a", "antagonist"};
    java.util.function.IntFunction<String> wordAt = i -> i < words.length ? words[i] : null;
    BioMention drug = mention(EntityType.CHEMICAL, "ketanserin", 0);
    BioMention inner = mention(EntityType.CHEMICAL, "quinazoline", 3);
    BioMention outer = mention(EntityType.CHEMICAL, "prazosin", 7);
    assertFalse(DrugsBetween.namedDrugBetween(List.of(drug, inner), drug, 9, wordAt));
    assertTrue(DrugsBetween.namedDrugBetween(List.of(drug, inner), drug, 9));
    assertTrue(DrugsBetween.namedDrugBetween(List.of(drug, inner, outer), drug, 9, wordAt));
  }

  private static BioMention mention(EntityType type, String id, int token) {
    return new BioMention(type, id, List.of(id), token, token + 1, 0, 0);
  }
}
