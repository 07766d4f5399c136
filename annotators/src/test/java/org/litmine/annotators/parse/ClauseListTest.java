package org.litmine.annotators.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseListTest {

  private static CoreMap sentence(String text) {
    return TaggedSentence.of(text);
  }

  @Test
  void eachClauseWithItsOwnDrugSubjectAndVerbStartsAfterItsComma() {
    // 0 Abatacept 1 targets 2 CD80 3 , 4 anakinra 5 ( 6 Kineret 7 ) 8 blocks 9 IL1R1 10 , 11 and 12 canakinumab
    // 13 and 14 rilonacept 15 directly 16 neutralize 17 IL1B 18 .
    assertEquals(List.of(4, 11), ClauseList.clauseStarts(sentence("Abatacept/NNP/DRUG targets/VBZ CD80/NN/GENE ,/, "
        + "anakinra/NN/DRUG (/-LRB- Kineret/NNP/DRUG )/-RRB- blocks/VBZ IL1R1/NN/GENE ,/, and/CC canakinumab/NN/DRUG "
        + "and/CC rilonacept/NN/DRUG directly/RB neutralize/VBP IL1B/NN/GENE ./.")));
    assertEquals(List.of(4), ClauseList.clauseStarts(sentence("Abatacept/NNP/DRUG targets/VBZ CD80/NN/GENE ,/, "
        + "whereas/IN belatacept/NN/DRUG binds/VBZ CD86/NN/GENE ./.")));
  }

  @Test
  void aClauseWhoseSubjectNamesAGeneStartsAfterItsCommaAndJoiningWord() {
    // 0 X 1 blocks 2 CDK2 3 , 4 and 5 loss 6 of 7 RB1 8 or 9 amplification 10 of 11 CCND1 12 confers 13 resistance
    assertEquals(List.of(4), ClauseList.clauseStarts(sentence("X/NNP/DRUG blocks/VBZ CDK2/NN/GENE ,/, and/CC loss/NN "
        + "of/IN RB1/NN/GENE or/CC amplification/NN of/IN CCND1/NN/GENE confers/VBZ resistance/NN ./.")));
    assertEquals(List.of(), ClauseList.clauseStarts(sentence("X/NNP/DRUG blocks/VBZ CDK2/NN/GENE ,/, loss/NN "
        + "of/IN RB1/NN/GENE confers/VBZ resistance/NN ./.")));
    assertEquals(List.of(), ClauseList.clauseStarts(sentence("X/NNP/DRUG blocks/VBZ CDK2/NN/GENE ,/, and/CC cells/NNS "
        + "with/IN RB1/NN/GENE loss/NN resist/VBP ./.")));
  }

  @Test
  void aListOfDrugsOpeningTheSentenceOrAClauseWithoutAVerbOfItsOwnIsNotSplit() {
    assertEquals(List.of(), ClauseList.clauseStarts(sentence("Anakinra/NNP/DRUG ,/, canakinumab/NN/DRUG and/CC "
        + "rilonacept/NN/DRUG block/VBP IL-1/NN/GENE signalling/NN ./.")));
    assertEquals(List.of(), ClauseList.clauseStarts(sentence("In/IN cells/NNS treated/VBN with/IN IL-1/NN/GENE ,/, "
        + "anakinra/NN/DRUG reduced/VBD IL6/NN/GENE ./.")));
    assertEquals(List.of(), ClauseList.clauseStarts(sentence("Anakinra/NNP/DRUG blocks/VBZ IL1R1/NN/GENE ,/, "
        + "anakinra/NN/DRUG treatment/NN being/VBG safe/JJ ./.")));
  }
}
