package org.litmine.annotators.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeClausesTest {

  @Test
  void aRelativeClauseAfterANamedNounPhraseIsThePhraseAndTheClauseWords() {
    // 0 Capivasertib 1 ( 2 AZD5363 3 ) 4 , 5 which 6 selectively 7 inhibits 8 AKT1 9 , 10 was 11 approved 12 .
    assertEquals(List.of(List.of(0, 1, 2, 3, 6, 7, 8)), RelativeClauses.of(TaggedSentence.of(
        "Capivasertib/NNP/DRUG (/-LRB- AZD5363/NN/DRUG )/-RRB- ,/, which/WDT selectively/RB inhibits/VBZ "
            + "AKT1/NN/GENE ,/, was/VBD approved/VBN ./.")));
    // 0 The 1 KIT 2 D816V 3 mutation 4 , 5 which 6 confers 7 resistance 8 to 9 imatinib 10 ( 11 a , b 12 ) 13 .
    assertEquals(List.of(List.of(0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12)), RelativeClauses.of(TaggedSentence.of(
        "The/DT KIT/NN/GENE D816V/NN mutation/NN ,/, which/WDT confers/VBZ resistance/NN to/IN imatinib/NN/DRUG "
            + "(/-LRB- a,b/NN )/-RRB- ./.")));
  }

  @Test
  void noClauseAfterAnUnnamedPhraseOrWithoutAFiniteVerb() {
    assertEquals(List.of(), RelativeClauses.of(TaggedSentence.of(
        "The/DT patients/NNS ,/, who/WP received/VBD imatinib/NN/DRUG ,/, relapsed/VBD ./.")));
    assertEquals(List.of(), RelativeClauses.of(TaggedSentence.of(
        "Imatinib/NNP/DRUG ,/, which/WDT being/VBG potent/JJ ,/, was/VBD used/VBN ./.")));
  }
}
