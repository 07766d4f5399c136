package org.litmine.annotators.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {

  private final EntityMatcher matcher = TestTokens.matcher();

  private String found(String spaced) {
    return TestTokens.describe(matcher.find(TestTokens.of(spaced)));
  }

  @Test
  void groundsGenesAndDrugsToTheirIdentifiers() {
    assertEquals("GENE:HER2=ERBB2 DRUG:tamoxifen=tamoxifen", found("HER2 confers resistance to tamoxifen"));
    assertEquals("DRUG:5-FU=fluorouracil", found("treated with 5-FU"));
  }

  @Test
  void joinsTokensTheTokenizerSplit() {
    assertEquals("DRUG:OSI-906=osi906", found("OSI|-|906 was given"), "a code name stays itself");
    assertEquals("GENE:IGF-IR=IGF1R", found("IGF|-|IR signalling"));
    assertEquals("GENE:Nav1.5=SCN5A", found("blocks Nav|1.5 channels"), "no name starts with the first token alone");
  }

  @Test
  void aSlashNamesSeveralGenesAndABareNumberBorrowsTheStem() {
    assertEquals("GENE:IGF-IR/InsR=IGF1R+INSR", found("the IGF-IR|/|InsR axis"));
    assertEquals("GENE:Erk1/2=MAPK3+MAPK1", found("phosphorylation of Erk1|/|2"));
    assertEquals("GENE:IGF-IR/InsR=IGF1R+INSR", found("IGF-IR/InsR"));
  }

  @Test
  void aSymbolHyphenatedBeforeItsNumberIsTheGene() {
    assertEquals("GENE:Elk-1=ELK1", found("phosphorylation of Elk-1"));
    assertEquals("GENE:ELK-1=ELK1", found("ELK-1 was activated"));
    assertEquals("", found("THP-1 cells"), "an alias that is not the approved symbol: here a cell line");
    assertEquals("", found("PGC-1 β was induced"), "the number goes with a Greek letter");
    assertEquals("", found("the MIB-1 index"), "another gene's synonym (dashed_symbol_conflicts.tsv)");
    assertEquals("", found("Elk-12 and elk-1"), "not a listed symbol; lower case");
  }

  @Test
  void aListGivingLaterGenesByTheirNumberAloneBorrowsTheFirstOnesStem() {
    assertEquals("GENE:VEGFR-1=FLT1 GENE:-2=KDR GENE:-3=FLT4", found("inhibitor of VEGFR-1 , -2 and -3 with"));
    assertEquals("GENE:VEGFR-3=FLT4", found("VEGFR-3 , -4 and"), "a number no lexicon name takes is left alone");
    assertEquals("GENE:VEGFR-1=FLT1", found("VEGFR-1 was 2 -3 fold"), "the list ends at a word that is no joiner");
  }

  @Test
  void genesJoinedByHyphensOrMarkedPositiveAreFound() {
    assertEquals("GENE:EGFR-ErbB3=EGFR+ERBB3", found("an EGFR-ErbB3 fusion"));
    assertEquals("GENE:HER2=ERBB2", found("HER2+ tumours"));
    assertEquals("GENE:IGF-IR=IGF1R", found("IGF-IR"), "a hyphenated name is found whole first");
  }

  @Test
  void strippedAffixesLeaveTheNameInsideTheToken() {
    List<BioMention> mentions = matcher.find(TestTokens.of("cisplatin-resistant cells"));
    assertEquals(1, mentions.size());
    assertEquals("cisplatin", mentions.get(0).text());
    assertEquals(0, mentions.get(0).charBegin());
    assertEquals(9, mentions.get(0).charEnd());
  }

  @Test
  void aTargetBeforeAHeadWordMakesAClassBesideTheGene() {
    assertEquals("GENE:mTOR=MTOR DRUG_CLASS:mTOR inhibitors=mtor inhibitor", found("mTOR inhibitors"));
    assertEquals("GENE:IGF-IR=IGF1R DRUG_CLASS:IGF-IR kinase inhibitor=anti-igf1r", found("IGF-IR kinase inhibitor"));
    assertEquals("FAMILY:PI3K=pi3k DRUG_CLASS:PI3K inhibitors=pi3k inhibitor", found("PI3K inhibitors"));
  }

  @Test
  void aTargetsAbbreviationInBracketsMayStandBeforeTheClassWords() {
    String found = found("the IGF-1R ( IGF-IR ) kinase inhibitors linsitinib");
    assertTrue(found.contains("DRUG_CLASS:IGF-1R ( IGF-IR ) kinase inhibitors=anti-igf1r"), found);
    assertTrue(found.contains("GENE:IGF-1R=IGF1R") && found.contains("GENE:IGF-IR=IGF1R"), "the genes stay: " + found);
    assertTrue(!found("EGFR ( IGF-IR ) kinase inhibitors").contains("DRUG_CLASS"),
        "a bracket naming another gene is no abbreviation of the target");
  }

  @Test
  void aClassWithNoOneTargetIsListedWholeAndGivesWayToATargetedClass() {
    assertEquals("DRUG_CLASS:taxanes=taxane", found("resistance to taxanes"));
    assertEquals("DRUG_CLASS:platinum-based chemotherapy=platinum", found("platinum-based chemotherapy"));
    assertEquals("DRUG_CLASS:TKIs=tyrosine kinase inhibitor", found("resistance to TKIs"));
    assertEquals("GENE:EGFR=EGFR DRUG_CLASS:EGFR tyrosine kinase inhibitors=egfr inhibitor",
        found("EGFR tyrosine kinase inhibitors"), "the untargeted class inside gives way");
  }

  @Test
  void aWeakHeadNeedsAnAntiOrTargetedMark() {
    assertEquals("GENE:IGF-IR=IGF1R DRUG_CLASS:anti-IGF-IR therapy=anti-igf1r", found("anti-IGF-IR therapy"));
    assertEquals("GENE:IGF-IR=IGF1R DRUG_CLASS:IGF-IR-targeted agents=anti-igf1r", found("IGF-IR-targeted agents"));
    assertEquals("GENE:EGFR=EGFR", found("EGFR therapy"));
  }

  @Test
  void familiesAreNotGenes() {
    assertTrue(matcher.find(TestTokens.of("the MAPK pathway")).stream().noneMatch(m -> m.type() == EntityType.GENE));
  }

  @Test
  void aFamilyNamedByItsMembersStemIsAFamilyAndANumberedMemberAGene() {
    assertEquals("FAMILY:superoxide dismutases=superoxide dismutase", found("superoxide dismutases were induced"));
    assertEquals("GENE:superoxide dismutase 1=SOD1", found("superoxide dismutase 1 was induced"));
    assertEquals("FAMILY:annexins=annexin", found("annexins bind phospholipids"));
    assertEquals("", found("annexin V staining"), "a member's code no lexicon lists: a member, not the family");
    assertEquals("", found("stained with annexin V."), "a code ending the sentence");
    assertEquals("", found("annexin|-|V was bound"), "a code after a hyphen");
    assertEquals("FAMILY:MAPK=mapk", found("MAPK IN CELLS"), "capitals after a name in capitals: a title's words");
    assertEquals("", found("MAPK 3 was phosphorylated"), "a number after a curated family names a member too");
  }

  @Test
  void aSuffixThatNamesAnotherProteinHidesTheGeneInside() {
    assertEquals("DRUG:cisplatin=cisplatin", found("ATM-related kinase inhibition and cisplatin"),
        "ATM-related kinase is ATR");
    assertEquals("GENE:ATM=ATM", found("ATM-related signalling"));
    assertEquals("GENE:BCOR=BCOR", found("BCOR-altered tumours"), "an unlisted lower-case word after a hyphen");
    assertEquals("", found("ATM|-|related kinase"), "the suffix as tokens of its own");
    assertEquals("", found("PPARγ coactivator 1β"), "a coactivator of PPARγ is another protein");
    assertEquals("GENE:PPARγ=PPARG", found("PPARγ agonists"));
  }

  @Test
  void receptorSubtypesSharingAHeadNounAreEachAGene() {
    assertEquals("GENE:AT1=AGTR1 GENE:D2 receptors=DRD2", found("AT1 and D2 receptors"));
    assertEquals("GENE:beta1=ADRB1 GENE:beta1-adrenoceptors=ADRB1", found("beta1- and beta1-adrenoceptors"),
        "a code with a dangling hyphen");
    assertEquals("GENE:D2 receptors=DRD2", found("cells and D2 receptors"), "no code before the connector");
    assertEquals("", found("AT1 and D2 cells"), "no shared head noun");
  }

  @Test
  void aDrugsSaltAndRadiolabelArePartOfItsName() {
    assertEquals("DRUG:tamoxifen citrate=tamoxifen", found("tamoxifen citrate was given"));
    assertEquals("DRUG:[3H]tamoxifen=tamoxifen", found("[|3H|]|tamoxifen binding"));
    assertEquals("DRUG:[(3)H]tamoxifen=tamoxifen", found("[|(|3|)|H|]|tamoxifen binding"));
    assertEquals("DRUG:tamoxifen=tamoxifen", found("[ 3H ] tamoxifen"), "a bracket apart is no label");
  }

  @Test
  void namesReceptorSubtypesAsPharmacologyWritesThem() {
    assertEquals("GENE:AT1 receptor=AGTR1 DRUG:tamoxifen=tamoxifen", found("AT1 receptor and tamoxifen"));
    assertEquals("GENE:beta1-adrenoceptors=ADRB1", found("beta1-adrenoceptors"));
    assertEquals("FAMILY:5-HT3 receptors=5-ht3 receptor", found("5-HT3 receptors"), "a pentamer of subunits");
    assertEquals("GENE:5-HT2A=HTR2A", found("5-HT2A"));
  }

  @Test
  void aPlusSignAfterASpaceIsNoStatusSign() {
    assertEquals("GENE:PR=PGR", found("CR + PR"));
  }

  @Test
  void aGroupRootAndAMemberCodeNameTheGene() {
    EntityMatcher withRoots = new EntityMatcher(TestTokens.lexicons(), ContextVetoes.none(),
        FamilyMemberNames.load("org/litmine/annotators/testlex/gene_roots.tsv"), GeneWordsInContext.none(),
        UnlistedDrugNames.none(), SystematicChemicalNames.none());
    List<BioMention> found = withRoots.find(TestTokens.of("cytochrome P450 family member 17A1 , cytochrome P450 9Z9"));
    assertEquals(List.of("CYP17A1"), found.stream().flatMap(m -> m.ids().stream()).toList(),
        "CYP9Z9 is no symbol the lexicon knows");
    assertEquals("cytochrome P450 family member 17A1", found.get(0).text());
  }

  @Test
  void aLowerCaseGeneWordNeedsAGeneBesideItOrAMarkAfterIt() {
    EntityMatcher withWords = new EntityMatcher(TestTokens.lexicons(), ContextVetoes.none(), FamilyMemberNames.none(),
        GeneWordsInContext.load("org/litmine/annotators/testlex/gene_word_contexts.tsv"), UnlistedDrugNames.none(),
        SystematicChemicalNames.none());
    java.util.function.Function<String, String> genes = text -> withWords.find(TestTokens.of(text)).stream()
        .map(m -> m.text() + "=" + String.join("+", m.ids())).collect(Collectors.joining(" "));
    assertEquals("ZEB1=ZEB1 snail=SNAI1 slug=SNAI2", genes.apply("ZEB1 , snail , and slug"));
    assertEquals("slug=SNAI2", genes.apply("promotes slug expression"));
    assertEquals("", genes.apply("a slug moved slowly"));
  }

  @Test
  void caseSensitiveSymbolsDoNotMatchOrdinaryWords() {
    assertEquals("", found("we met the criteria"));
    assertEquals("GENE:MET=MET", found("MET amplification"));
  }
}
