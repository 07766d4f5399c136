package org.litmine.annotators.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnlistedDrugNamesTest {

  private final EntityMatcher matcher = new EntityMatcher(TestTokens.lexicons(), ContextVetoes.none(),
      FamilyMemberNames.none(), GeneWordsInContext.none(),
      UnlistedDrugNames.load("org/litmine/annotators/rules/entities/unlisted_drug_names.tsv"),
      SystematicChemicalNames.none());

  private String found(String spaced) {
    return TestTokens.describe(matcher.find(TestTokens.of(spaced)));
  }

  @Test
  void anUnlistedWordEndingInAnInnStemIsADrug() {
    assertEquals("DRUG:zolasartan=zolasartan", found("blocked by zolasartan"));
    assertEquals("DRUG:Avibactam=avibactam", found("Avibactam inhibits class D enzymes"));
    assertEquals("DRUG:givosiran=givosiran", found("treated with givosiran"), "a small interfering RNA");
    assertEquals("DRUG:Eplontersen=eplontersen", found("Eplontersen lowers TTR"), "an antisense oligonucleotide");
    assertEquals("DRUG:epcoritamab=epcoritamab", found("treated with epcoritamab"), "a monoclonal antibody");
    assertEquals("DRUG:avatrombopag=avatrombopag", found("given avatrombopag daily"), "a thrombopoietin agonist");
    assertEquals("DRUG:filgrastim=filgrastim", found("with filgrastim support"), "a colony-stimulating factor");
  }

  @Test
  void aGeneTherapyNameOfTwoWordsIsOneDrug() {
    assertEquals("DRUG:lisocabtagene maraleucel=lisocabtagene maraleucel",
        found("infusion of lisocabtagene maraleucel"), "a CAR T-cell therapy");
    assertEquals("DRUG:onasemnogene abeparvovec=onasemnogene abeparvovec", found("onasemnogene abeparvovec was given"));
    assertEquals("", found("the oncogene was amplified"), "a first word alone is no name");
  }

  @Test
  void exceptionsShortWordsAndListedNamesAreNot() {
    assertEquals("", found("a precipitant was added"), "a dictionary word");
    assertEquals("", found("carbapenem resistance"), "a class of antibiotics");
    assertEquals("", found("the April visit"), "shorter than " + UnlistedDrugNames.MIN_LENGTH + " letters");
    assertEquals("DRUG:tamoxifen=tamoxifen", found("tamoxifen"), "a listed name keeps its lexicon");
  }

  @Test
  void aCompanyPrefixAndANumberAreACodeName() {
    assertEquals("DRUG:GW9662=gw9662", found("treated with GW9662"));
    assertEquals("DRUG:PF-04859989=pf04859989", found("PF-04859989 inhibits"));
    assertEquals("DRUG:ICI 118,551=ici118551", found("ICI 118,551 blocks"), "two tokens");
    assertEquals("", found("95 % CI 256 to 300"), "CI is no company prefix");
    assertEquals("", found("GW 12"), "a number of fewer than three digits");
    assertEquals("DRUG:U-75302=u75302", found("U-75302 blocked it"), "one letter, a hyphen, five digits");
    assertEquals("DRUG:L-365,260=l365260", found("L-365,260 was given"));
    assertEquals("", found("HT-1080 and U-87 cells , U-1234 and U 75302"), "cell lines; four digits; no hyphen");
    assertEquals("DRUG:BMS-754807=bms754807", found("BMS-754807"), "a listed code name keeps its lexicon");
  }

  @Test
  void aChiralPrefixBeforeAListedDrugNamesItsEnantiomer() {
    assertEquals("DRUG:levocetirizine=levocetirizine", found("levocetirizine blocks H1 receptors"));
    assertEquals("DRUG:Esomeprazole=esomeprazole", found("Esomeprazole was given"));
    assertEquals("CHEMICAL:cetirizine=cetirizine", found("cetirizine"), "the racemate keeps its lexicon");
    assertEquals("", found("arterial pressure"), "no listed drug after the prefix");
    assertEquals("", found("levomycin"), "no listed drug after the prefix");
  }

  @Test
  void addsNothingWithoutRules() {
    List<BioMention> mentions = new ArrayList<>();
    UnlistedDrugNames.none().addTo(TestTokens.of("zolasartan GW9662"), mentions);
    assertEquals(List.of(), mentions);
  }
}
