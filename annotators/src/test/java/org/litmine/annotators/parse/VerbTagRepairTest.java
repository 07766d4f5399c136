package org.litmine.annotators.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.lexicon.Lexicon;

class VerbTagRepairTest {

  private static final VerbTagRepair REPAIR = new VerbTagRepair(Lexicon.load(VerbTagRepair.DEFAULT_VERBS));

  private static CoreMap sentence(String text) {
    return TaggedSentence.of(text);
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
  void aPastTenseAfterAFloatingQuantifierBecomesAPastTenseAndTheQuantifierAnAdverb() {
    assertTagsAfterRepair("Quinidine/NN/DRUG and/CC ranolazine/NN/DRUG each/DT blocked/VBN KCNH2/NN/GENE ./.",
        "NN CC NN RB VBD NN .");
  }

  @Test
  void aComparativeAfterAnAppositionInASentenceWithoutFiniteVerbBecomesAPresent() {
    assertTagsAfterRepair("Inclisiran/NN/DRUG ,/, an/DT siRNA/NN against/IN PCSK9/NN/GENE ,/, lower/JJR LDL/NN "
        + "cholesterol/NN ./.", "NN , DT NN IN NN , VBP NN NN .");
    assertTagsAfterRepair("Patients/NNS with/IN lower/JJR LDL/NN cholesterol/NN ./.", "NNS IN JJR NN NN .");
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
    assertTagsAfterRepair("Ketoconazole/NN/DRUG strongly/RB inhibited/JJ CYP3A4/NN/GENE ,/, which/WDT raises/VBZ "
        + "exposure/NN ./.", "NN RB VBD NN , WDT VBZ NN .");
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

  @Test
  void acquiredBeforeResistanceIsAnAdjective() {
    assertTagsAfterRepair("In/IN glioma/NN ,/, acquired/VBN resistance/NN to/IN X/NN/DRUG arises/VBZ ./.",
        "IN NN , JJ NN IN NN VBZ .");
    assertTagsAfterRepair("Cells/NNS acquired/VBD mutations/NNS ./.", "NNS VBD NNS .");
  }

  @Test
  void aNameInCapitalsTaggedAsAPastTenseBecomesANoun() {
    assertTagsAfterRepair("X/NNP/DRUG inhibits/VBZ EGFR/NN/GENE ,/, and/CC MET/VBD/GENE amplification/NN "
        + "confers/VBZ resistance/NN ./.", "NNP VBZ NN , CC NN NN VBZ NN .");
    assertTagsAfterRepair("Patients/NNS met/VBD criteria/NNS ./.", "NNS VBD NNS .");
  }

  @Test
  void aVerbReadAsANounAfterTheDrugSubjectOfAClauseAfterACommaBecomesAVerb() {
    assertTagsAfterRepair("Abatacept/NNP/DRUG targets/VBZ CD80/NN/GENE ,/, whereas/IN canakinumab/NN/DRUG and/CC "
        + "rilonacept/NN/DRUG block/NN the/DT cytokine/NN IL-1B/NN/GENE ./.",
        "NNP VBZ NN , IN NN CC NN VBP DT NN NN .");
    assertTagsAfterRepair("Abatacept/NNP/DRUG targets/VBZ CD80/NN/GENE ,/, and/CC belatacept/NN/DRUG also/RB "
        + "neutralize/VB CD86/NN/GENE ./.", "NNP VBZ NN , CC NN RB VBP NN .");
    assertTagsAfterRepair("Abatacept/NNP/DRUG targets/VBZ CD80/NN/GENE ,/, belatacept/NN/DRUG targets/NNS "
        + "CD86/NN/GENE ./.", "NNP VBZ NN , NN VBZ NN .");
  }

  @Test
  void aPluralVerbReadAsANounAfterDrugsJoinedByAndBeforeADeterminerBecomesAVerb() {
    assertTagsAfterRepair("The/DT SNRIs/NNS duloxetine/NN/DRUG and/CC venlafaxine/NN/DRUG block/NN the/DT "
        + "transporter/NN SLC6A2/NN/GENE ,/, which/WDT raises/VBZ noradrenaline/NN ./.",
        "DT NNS NN CC NN VBP DT NN NN , WDT VBZ NN .");
  }

  @Test
  void aPluralVerbReadAsANounAfterAClassThatOpensTheSentenceBecomesAVerb() {
    assertTagsAfterRepair("The/DT CDK2/NN/GENE inhibitors/NNS/DRUG_CLASS block/NN phosphorylation/NN of/IN "
        + "RB1/NN/GENE ,/, and/CC loss/NN confers/VBZ resistance/NN ./.", "DT NN NNS VBP NN IN NN , CC NN VBZ NN .");
  }

  @Test
  void aNounAfterADrugThatNoCommaOrCoordinationOpensIsLeftAlone() {
    assertTagsAfterRepair("Cells/NNS treated/VBN with/IN imatinib/NN/DRUG block/NN the/DT assay/NN ./.",
        "NNS VBN IN NN NN DT NN .");
    assertTagsAfterRepair("We/PRP saw/VBD that/IN ,/, imatinib/NN/DRUG targets/NNS such/JJ as/IN KIT/NN/GENE ./.",
        "PRP VBD IN , NN NNS JJ IN NN .");
  }

  @Test
  void aPluralVerbAfterDrugsOpeningTheSentenceBecomesAVerb() {
    assertTagsAfterRepair("Cemiplimab/NNP/DRUG and/CC dostarlimab/NN/DRUG block/NN PD-1/NN/GENE ,/, whereas/IN "
        + "avelumab/NN/DRUG binds/VBZ PD-L1/NN/GENE ./.", "NNP CC NN VBP NN , IN NN VBZ NN .");
  }

  @Test
  void aNameOpeningTheSentenceBeforeAPastTenseIsANoun() {
    assertTagsAfterRepair("Elacestrant/JJ/DRUG lowered/VBN ESR1/NN/GENE protein/NN levels/NNS ./.",
        "NN VBD NN NN NNS .");
  }

  @Test
  void aSymbolReadAsAnAdjectiveBeforeNoNounIsANoun() {
    assertTagsAfterRepair("Selegiline/NNP/DRUG ,/, which/WDT inhibits/VBZ MAO-B/JJ/GENE irreversibly/RB ,/, "
        + "was/VBD approved/VBN ./.", "NNP , WDT VBZ NN RB , VBD VBN .");
    assertTagsAfterRepair("cells/NNS with/IN EGFR-mutant/JJ/GENE tumours/NNS ./.", "NNS IN JJ NNS .");
  }
}

