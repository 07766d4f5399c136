package org.litmine.annotators.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.lexicon.Lexicon;

class VerbTagRepairTest {

  private static final VerbTagRepair REPAIR = new VerbTagRepair(Lexicon.load(VerbTagRepair.DEFAULT_VERBS));

  /** Tokens written "word/TAG" or "word/TAG/NER". */
  private static CoreMap sentence(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : text.split(" ")) {
      String[] parts = w.split("/");
      CoreLabel token = new CoreLabel();
      token.setWord(parts[0]);
      token.setTag(parts[1]);
      token.setNER(parts.length > 2 ? parts[2] : "O");
      tokens.add(token);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return sentence;
  }

  private static void assertTagsAfterRepair(String text, String expectedTags) {
    CoreMap s = sentence(text);
    REPAIR.repair(s);
    assertEquals(expectedTags, tags(s), text);
  }

  private static String tags(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag)
        .collect(Collectors.joining(" "));
  }

  @Test
  void aVerbAfterADrugInASentenceWithoutFiniteVerbBecomesAVerb() {
    assertTagsAfterRepair("Sunitinib/JJ/DRUG targets/NNS KIT/NN/GENE ./.", "JJ VBZ NN .");
  }

  @Test
  void aSentenceWithAFiniteVerbIsLeftAlone() {
    assertTagsAfterRepair("Sunitinib/NNP/DRUG targets/NNS were/VBD identified/VBN ./.", "NNP NNS VBD VBN .");
  }

  @Test
  void aNounAfterAWordThatIsNoNameIsLeftAlone() {
    assertTagsAfterRepair("Novel/JJ targets/NNS of/IN KIT/NN/GENE ./.", "JJ NNS IN NN .");
  }

  @Test
  void aWordOutsideTheVerbListIsLeftAlone() {
    assertTagsAfterRepair("Sunitinib/JJ/DRUG levels/NNS KIT/NN/GENE ./.", "JJ NNS NN .");
  }

  @Test
  void aPastTenseAfterAnAppositionInASentenceWithoutFiniteVerbBecomesAPastTense() {
    assertTagsAfterRepair("Venetoclax/NN/DRUG ,/, a/DT BCL-2/NN/GENE inhibitor/NN ,/, induced/VBN apoptosis/NN ./.",
        "NN , DT NN NN , VBD NN .");
  }

  @Test
  void aParticipleBeforeAPrepositionIsLeftAlone() {
    assertTagsAfterRepair("Apoptosis/NN induced/VBN by/IN venetoclax/NN/DRUG ./.", "NN VBN IN NN .");
  }

  @Test
  void aParticipleInASentenceWithAFiniteVerbIsLeftAlone() {
    assertTagsAfterRepair("Cells/NNS were/VBD treated/VBN ,/, induced/VBN apoptosis/NN ./.", "NNS VBD VBN , VBN NN .");
  }

  @Test
  void aParticipleOpeningTheSentenceIsLeftAlone() {
    assertTagsAfterRepair("Reduced/VBN expression/NN of/IN PTEN/NN/GENE ./.", "VBN NN IN NN .");
  }

  @Test
  void aFiniteVerbOfARelativeClauseOrACoordinationDoesNotCount() {
    assertTagsAfterRepair("Selinexor/NNP/DRUG ,/, an/DT inhibitor/NN that/WDT targets/VBZ XPO1/NN/GENE ,/, reduced/VBN "
        + "c-Myc/NN/GENE levels/NNS and/CC lowered/VBD cyclin/NN/GENE ./.", "NNP , DT NN WDT VBZ NN , VBD NN NNS CC VBD NN .");
  }

  @Test
  void aFiniteVerbOfAClauseAfterWhereasDoesNotCount() {
    assertTagsAfterRepair("Rifampicin/NN/DRUG induced/VBN CYP2C9/NN/GENE ,/, whereas/IN pravastatin/NN/DRUG did/VBD "
        + "not/RB induce/VB it/PRP ./.", "NN VBD NN , IN NN VBD RB VB PRP .");
  }

  @Test
  void aNameOpeningTheSentenceAsAnAdjectiveBeforeACommaBecomesANoun() {
    assertTagsAfterRepair("Basimglurant/JJ/DRUG ,/, a/DT GRM5/NN/GENE antagonist/NN ,/, reduced/VBD anxiety/NN ./.",
        "NN , DT NN NN , VBD NN .");
  }

  @Test
  void aPastTenseAfterAnAdverbAfterANameBecomesAPastTense() {
    assertTagsAfterRepair("Dabrafenib/NN/DRUG paradoxically/RB activated/VBN C-RAF/NN/GENE ./.", "NN RB VBD NN .");
  }

  @Test
  void aPastTenseCoordinatedWithTheSentencesVerbBecomesAPastTense() {
    assertTagsAfterRepair("Trametinib/NNP/DRUG downregulated/VBD cyclin/NN/GENE and/CC upregulated/VBN the/DT "
        + "protein/NN BIM/NNP/GENE ./.", "NNP VBD NN CC VBD DT NN NNP .");
  }

  @Test
  void aParticipleAfterACommaInASentenceWithItsOwnVerbIsLeftAlone() {
    assertTagsAfterRepair("In/IN cells/NNS ,/, reduced/VBN expression/NN was/VBD found/VBN ./.", "IN NNS , VBN NN VBD VBN .");
  }

  @Test
  void aNameTaggedAsAnAdverbOrABareVerbBecomesANoun() {
    assertTagsAfterRepair("cells/NNS ,/, dabrafenib/RB/DRUG reduced/VBD phosphorylation/NN ./.", "NNS , NN VBD NN .");
    assertTagsAfterRepair("X/NNP/DRUG inhibited/VBD COX-2/NN/GENE but/CC not/RB COX-1/VB/GENE ./.", "NNP VBD NN CC RB NN .");
  }
}
