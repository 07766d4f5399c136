package org.litmine.annotators.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;
import org.litmine.annotators.ner.TestTokens;

/** The readings that tie a gene to a drug's outcome: gene first ({@link GeneOutcome}), outcome first ({@link OutcomeGene}). */
class OutcomeReadingsTest {

  private static final OutcomeWords WORDS = OutcomeWords.load(ClassMembersTest.bundled());
  private final GeneOutcome geneFirst = new GeneOutcome(WORDS);
  private final OutcomeGene outcomeFirst = new OutcomeGene(WORDS);

  private static BioMention at(EntityType type, String id, int begin, int end) {
    return new BioMention(type, id, List.of(id), begin, end, 0, 0);
  }

  /** The pairs the gene-first reading reads, as "GENE drug effect". */
  private List<String> pairs(List<BioMention> mentions, String spaced) {
    return described(geneFirst.read(mentions, TestTokens.of(spaced)));
  }

  /** The pairs the outcome-first reading reads, as "GENE drug effect". */
  private List<String> outcomeFirstPairs(List<BioMention> mentions, String spaced) {
    return described(outcomeFirst.read(mentions, TestTokens.of(spaced)));
  }

  private static List<String> described(List<OutcomeWords.Tied> read) {
    List<String> found = new ArrayList<>();
    for (OutcomeWords.Tied tied : read) {
      tied.pairs().forEach(p -> found.add(p.gene().text() + " " + p.drug().text() + " " + tied.effect().label()));
    }
    return found;
  }

  @Test
  void aGenesPresenceLinkedToResistanceWithTheDrugAfterOrBefore() {
    String s = "overexpression of MGMT in two glioma lines increased resistance to the alkylating agents temozolomide "
        + "and carmustine";
    assertEquals(List.of("MGMT temozolomide resistance", "MGMT carmustine resistance"),
        pairs(List.of(at(EntityType.GENE, "MGMT", 2, 3), at(EntityType.DRUG, "temozolomide", 13, 14),
            at(EntityType.DRUG, "carmustine", 15, 16)), s));
    String t = "ectopic TWIST1 expression in colon cells promoted invasion and also irinotecan resistance";
    assertEquals(List.of("TWIST1 irinotecan resistance"), pairs(List.of(at(EntityType.GENE, "TWIST1", 1, 2),
        at(EntityType.DRUG, "irinotecan", 10, 11)), t));
  }

  @Test
  void aListOfGenesAndAnIndicatorOfResistanceToDrugsSuchAs() {
    String s = "NRAS or BRAF mutation is a strong predictor of selumetinib resistance in these lines";
    assertEquals(List.of("NRAS selumetinib resistance", "BRAF selumetinib resistance"),
        pairs(List.of(at(EntityType.GENE, "NRAS", 0, 1), at(EntityType.GENE, "BRAF", 2, 3),
            at(EntityType.DRUG, "selumetinib", 9, 10)), s));
    String t = "ABCG2 expression is an indicator of resistance to several agents , such as topotecan and mitoxantrone";
    assertEquals(List.of("ABCG2 topotecan resistance", "ABCG2 mitoxantrone resistance"),
        pairs(List.of(at(EntityType.GENE, "ABCG2", 0, 1), at(EntityType.DRUG, "topotecan", 13, 14),
            at(EntityType.DRUG, "mitoxantrone", 15, 16)), t));
  }

  @Test
  void sensitivityIsResponseUnlessAPoorWordOrALoweringLinkTurnsIt() {
    String s = "higher BCL2L11 expression enhanced the sensitivity of lymphoma cells to venetoclax";
    assertEquals(List.of("BCL2L11 venetoclax response"), pairs(List.of(at(EntityType.GENE, "BCL2L11", 1, 2),
        at(EntityType.DRUG, "venetoclax", 10, 11)), s));
    String t = "the association of NRAS Q61K with a reduced response to vemurafenib and increased sensitivity to "
        + "trametinib";
    assertEquals(List.of("NRAS vemurafenib resistance", "NRAS trametinib response"),
        pairs(List.of(at(EntityType.GENE, "NRAS", 3, 4), at(EntityType.DRUG, "vemurafenib", 10, 11),
            at(EntityType.DRUG, "trametinib", 15, 16)), t));
    String u = "IL6 attracts fibroblasts to promote invasion , thereby hampering the efficacy of trastuzumab";
    assertEquals(List.of("IL6 trastuzumab resistance"), pairs(List.of(at(EntityType.GENE, "IL6", 0, 1),
        at(EntityType.DRUG, "trastuzumab", 12, 13)), u));
    String v = "ESR1 mutations predicted lower rates of objective response to fulvestrant";
    assertEquals(List.of("ESR1 fulvestrant resistance"), pairs(List.of(at(EntityType.GENE, "ESR1", 0, 1),
        at(EntityType.DRUG, "fulvestrant", 9, 10)), v));
  }

  @Test
  void aLostGeneOrAnAbsentMarkerMirrorsTheOutcome() {
    assertEquals(List.of("AXL erlotinib sensitizes"), pairs(List.of(at(EntityType.GENE, "AXL", 2, 3),
        at(EntityType.DRUG, "erlotinib", 6, 7)), "knockdown of AXL increased sensitivity to erlotinib"));
    assertEquals(List.of("MLH1 cisplatin response"), pairs(List.of(at(EntityType.GENE, "MLH1", 0, 1),
        at(EntityType.DRUG, "cisplatin", 5, 6)), "MLH1 promoter methylation correlated with cisplatin resistance"),
        "methylation silences the gene: its presence goes with sensitivity");
    assertEquals(List.of("NRAS binimetinib resistance"), pairs(List.of(at(EntityType.GENE, "NRAS", 2, 3),
        at(EntityType.DRUG, "binimetinib", 7, 8)), "absence of NRAS mutations predicted response to binimetinib"),
        "no mutation, a response: the mutation goes with resistance");
    assertEquals(List.of("PARP1 talazoparib sensitizes"), pairs(List.of(at(EntityType.GENE, "PARP1", 0, 1),
        at(EntityType.DRUG, "talazoparib", 6, 7)), "PARP1 depletion sensitized the cells to talazoparib"));
    assertEquals(List.of("CHEK1 gemcitabine sensitizes"), pairs(List.of(at(EntityType.GENE, "CHEK1", 2, 3),
        at(EntityType.DRUG, "gemcitabine", 4, 5)), "silencing of CHEK1 enhanced gemcitabine-induced apoptosis"),
        "the drug's effect is a sensitivity outcome");
    assertEquals(List.of("ATR ceralasertib sensitizes"), pairs(List.of(at(EntityType.GENE, "ATR", 0, 1),
        at(EntityType.DRUG, "ceralasertib", 6, 7)), "ATR siRNA augmented the cytotoxicity of ceralasertib"));
  }

  @Test
  void aSurvivalOutcomeNeedsAGoodOrPoorWordAndExonDeletionsAreNoLoss() {
    String s = "EGFR exon 19 deletions predict longer progression-free survival with osimertinib";
    assertEquals(List.of("EGFR osimertinib response"), pairs(List.of(at(EntityType.GENE, "EGFR", 0, 1),
        at(EntityType.DRUG, "osimertinib", 9, 10)), s));
    assertEquals(List.of(), pairs(List.of(at(EntityType.GENE, "TP53", 0, 1), at(EntityType.DRUG, "docetaxel", 7, 8)),
        "TP53 mutation predicts survival in patients on docetaxel"), "survival alone tells no direction");
  }

  @Test
  void untoldStatesNegationChemicalsAndOtherClausesGiveNone() {
    assertEquals(List.of(), pairs(List.of(at(EntityType.GENE, "KRAS", 0, 1), at(EntityType.DRUG, "cetuximab", 7, 8)),
        "KRAS wild-type status was associated with response to cetuximab"));
    assertEquals(List.of(), pairs(List.of(at(EntityType.GENE, "ERCC1", 0, 1), at(EntityType.DRUG, "oxaliplatin", 8, 9)),
        "ERCC1 expression was not associated with resistance to oxaliplatin"));
    assertEquals(List.of(), pairs(List.of(at(EntityType.GENE, "NRF2", 0, 1),
        at(EntityType.CHEMICAL, "hydrogen peroxide", 6, 8)), "NRF2 activation conferred resistance to hydrogen peroxide"),
        "a chemical is no drug");
    assertEquals(List.of(), pairs(List.of(at(EntityType.GENE, "EGFR", 2, 3), at(EntityType.GENE, "KRAS", 4, 5),
        at(EntityType.DRUG, "erlotinib", 14, 15)),
        "lack of EGFR and KRAS mutations , and may be associated with resistance to erlotinib"),
        "another clause");
  }

  @Test
  void anOutcomeTiedBackToTheGenesThatCauseIt() {
    assertEquals(List.of("NRAS panitumumab resistance", "BRAF panitumumab resistance"),
        outcomeFirstPairs(List.of(at(EntityType.DRUG, "panitumumab", 2, 3), at(EntityType.GENE, "NRAS", 6, 7),
            at(EntityType.GENE, "BRAF", 8, 9)), "resistance to panitumumab was associated with NRAS or BRAF mutations"));
    assertEquals(List.of("AXL osimertinib resistance"), outcomeFirstPairs(List.of(at(EntityType.DRUG, "osimertinib", 0, 1),
        at(EntityType.GENE, "AXL", 7, 8)), "osimertinib resistance is mediated by overexpression of AXL"));
  }

  @Test
  void theGenesLossMirrorsTheOutcome() {
    assertEquals(List.of("BRCA2 niraparib sensitizes"), outcomeFirstPairs(List.of(at(EntityType.DRUG, "niraparib", 2, 3),
        at(EntityType.GENE, "BRCA2", 5, 6)), "sensitivity to niraparib correlated with BRCA2 loss"));
    assertEquals(List.of("PTEN lapatinib response"), outcomeFirstPairs(List.of(at(EntityType.DRUG, "lapatinib", 2, 3),
        at(EntityType.GENE, "PTEN", 8, 9)), "resistance to lapatinib was associated with low PTEN expression"));
  }

  @Test
  void aDetourANegationOrAnUntoldStateGivesNone() {
    assertEquals(List.of(), outcomeFirstPairs(List.of(at(EntityType.DRUG, "sorafenib", 2, 3), at(EntityType.GENE, "KRAS", 9, 10)),
        "resistance to sorafenib was associated with poor survival in KRAS mutant patients"));
    assertEquals(List.of(), outcomeFirstPairs(List.of(at(EntityType.DRUG, "sorafenib", 2, 3), at(EntityType.GENE, "FLT3", 7, 8)),
        "resistance to sorafenib was not associated with FLT3 mutations"));
    assertEquals(List.of(), outcomeFirstPairs(List.of(at(EntityType.DRUG, "cetuximab", 2, 3), at(EntityType.GENE, "KRAS", 6, 7)),
        "response to cetuximab was associated with KRAS wild-type status"));
  }

  @Test
  void aWordOfDenialStopsTheReadingButNotTheReadingThroughIt() {
    String s = "FGFR2 expression did not predict response to pemigatinib in these patients";
    List<BioMention> mentions = List.of(at(EntityType.GENE, "FGFR2", 0, 1), at(EntityType.DRUG, "pemigatinib", 7, 8));
    assertEquals(List.of(), pairs(mentions, s));
    assertEquals(List.of("FGFR2 pemigatinib response"),
        described(new GeneOutcome(WORDS.readingDenials()).read(mentions, TestTokens.of(s))));
    String t = "FGFR2 expression was unrelated to response to pemigatinib";
    List<BioMention> unrelated = List.of(at(EntityType.GENE, "FGFR2", 0, 1), at(EntityType.DRUG, "pemigatinib", 7, 8));
    assertEquals(List.of(), described(new GeneOutcome(WORDS.readingDenials()).read(unrelated, TestTokens.of(t))));
  }

  @Test
  void anAliasInBracketsTakesTheStateOfTheNameItGlosses() {
    String s = "knockdown of ABCG2 ( BCRP , MXR ) with two shRNAs re-sensitized the cells to topotecan";
    assertEquals(List.of("ABCG2 topotecan sensitizes"), pairs(List.of(at(EntityType.GENE, "ABCG2", 2, 3),
        at(EntityType.GENE, "ABCG2", 4, 5), at(EntityType.GENE, "ABCG2", 6, 7),
        at(EntityType.DRUG, "topotecan", 15, 16)), s).stream().distinct().toList());
  }

  @Test
  void wordsOfAPastStateEndTheReading() {
    String s = "JAK2 mutations were identified in melanomas that relapsed after an initial response to pembrolizumab";
    assertEquals(List.of(), pairs(List.of(at(EntityType.GENE, "JAK2", 0, 1),
        at(EntityType.DRUG, "pembrolizumab", 13, 14)), s));
  }
}
