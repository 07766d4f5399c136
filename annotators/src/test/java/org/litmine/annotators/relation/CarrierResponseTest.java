package org.litmine.annotators.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.classify.CandidatePair;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;
import org.litmine.annotators.ner.TestTokens;

class CarrierResponseTest {

  private final CarrierResponse reading = CarrierResponse.load(ClassMembersTest.bundled());

  private static BioMention at(EntityType type, String id, int begin, int end) {
    return new BioMention(type, id, List.of(id), begin, end, 0, 0);
  }

  private List<String> pairs(List<BioMention> mentions, String spaced) {
    return reading.read(mentions, TestTokens.of(spaced)).responding().stream()
        .map(p -> p.gene().text() + " " + p.drug().text()).toList();
  }

  @Test
  void aDrugThatWorksInCarriersTheGeneMarksAfterInOrFor() {
    String s = "erlotinib is effective for epidermal growth factor receptor ( EGFR ) mutant lung cancer";
    assertEquals(List.of("EGFR erlotinib"), pairs(List.of(at(EntityType.DRUG, "erlotinib", 0, 1),
        at(EntityType.GENE, "EGFR", 4, 8), at(EntityType.GENE, "EGFR", 9, 10)), s));
    String t = "lorlatinib , a potent inhibitor , has shown high response rates in ALK-positive patients";
    assertEquals(List.of("ALK lorlatinib"), pairs(List.of(at(EntityType.DRUG, "lorlatinib", 0, 1),
        at(EntityType.GENE, "ALK", 12, 13)), t));
  }

  @Test
  void aResponseNounBeforeTheDrugsAndTheCarriersAfterThem() {
    String s = "responses to the MET inhibitors crizotinib and cabozantinib in patients with tumours harbouring MET exon "
        + "14 skipping";
    List<BioMention> mentions = List.of(at(EntityType.GENE, "MET", 3, 4), at(EntityType.DRUG_CLASS, "met inhibitor", 3, 5),
        at(EntityType.DRUG, "crizotinib", 5, 6), at(EntityType.DRUG, "cabozantinib", 7, 8),
        at(EntityType.GENE, "MET", 14, 15));
    assertEquals(List.of("MET crizotinib", "MET cabozantinib"), pairs(mentions, s),
        "the class before the list is the drugs' own; the gene inside it marks nothing");
  }

  @Test
  void theCarriersFirstThenTheirBenefitFromTheDrug() {
    String s = "patients with EGFR-mutant NSCLC benefit from gefitinib or erlotinib";
    assertEquals(List.of("EGFR gefitinib", "EGFR erlotinib"), pairs(List.of(at(EntityType.GENE, "EGFR", 2, 3),
        at(EntityType.DRUG, "gefitinib", 6, 7), at(EntityType.DRUG, "erlotinib", 8, 9)), s));
  }

  @Test
  void aGeneTheCarriersLackOrAPoorOrNegatedStatementGivesNone() {
    assertEquals(List.of(), pairs(List.of(at(EntityType.DRUG, "erlotinib", 0, 1), at(EntityType.GENE, "EGFR", 6, 7)),
        "erlotinib is effective in patients with EGFR wild-type tumours"));
    assertEquals(List.of(), pairs(List.of(at(EntityType.DRUG, "cetuximab", 0, 1), at(EntityType.GENE, "KRAS", 6, 7)),
        "cetuximab showed limited activity in patients with KRAS-mutant tumours"));
    assertEquals(List.of(), pairs(List.of(at(EntityType.GENE, "ROS1", 7, 8), at(EntityType.DRUG, "crizotinib", 15, 16)),
        "no association was found between the ROS1 fusion partner and the response to crizotinib"));
    assertEquals(List.of(), pairs(List.of(at(EntityType.DRUG, "erlotinib", 0, 1), at(EntityType.GENE, "EGFR", 4, 5)),
        "erlotinib was given in EGFR-mutant patients"), "no cue of the drug working");
  }

  @Test
  void aClassSetOffByCommasAfterANamedDrugIsItsApposition() {
    String s = "the approval of osimertinib , a third-generation EGFR inhibitor , for EGFR-positive lung cancer";
    List<BioMention> mentions = List.of(at(EntityType.DRUG, "osimertinib", 3, 4), at(EntityType.GENE, "EGFR", 7, 8),
        at(EntityType.DRUG_CLASS, "egfr inhibitor", 7, 9), at(EntityType.GENE, "EGFR", 11, 12));
    assertEquals(List.of("EGFR osimertinib"), pairs(mentions, s));
  }

  @Test
  void aQualifiedClassListedWithADrugAndTheMembersOfAGenericClass() {
    String s = "the benefit of treatment with crizotinib and second-generation ALK inhibitors in patients with ALK fusions";
    List<BioMention> mentions = List.of(at(EntityType.DRUG, "crizotinib", 5, 6), at(EntityType.GENE, "ALK", 8, 9),
        at(EntityType.DRUG_CLASS, "alk inhibitor", 8, 10), at(EntityType.GENE, "ALK", 13, 14));
    assertEquals(List.of("ALK crizotinib", "ALK alk inhibitor"), pairs(mentions, s));
    String t = "patients with EGFR-mutant tumours show improved response rates when treated with TKIs such as erlotinib";
    assertEquals(List.of("EGFR erlotinib"), pairs(List.of(at(EntityType.GENE, "EGFR", 2, 3),
        at(EntityType.DRUG_CLASS, "tki", 11, 12), at(EntityType.DRUG, "erlotinib", 14, 15)), t),
        "the class's member, not the class");
  }

  @Test
  void carriersFirstThenResistantToTheDrugUnlessTheResistanceWasAcquired() {
    String s = "a patient with a concomitant EGFR mutation and ALK translocation resistant to erlotinib";
    List<BioMention> mentions = List.of(at(EntityType.GENE, "EGFR", 5, 6), at(EntityType.GENE, "ALK", 8, 9),
        at(EntityType.DRUG, "erlotinib", 12, 13));
    assertEquals(List.of("ALK erlotinib"), reading.read(mentions, TestTokens.of(s)).resisting().stream()
        .map(p -> p.gene().text() + " " + p.drug().text()).toList(), "not EGFR: 'and' stands between it and the cue");
    String t = "EGFR-mutant tumours that became resistant to erlotinib";
    assertEquals(List.of(), reading.read(List.of(at(EntityType.GENE, "EGFR", 0, 1),
        at(EntityType.DRUG, "erlotinib", 6, 7)), TestTokens.of(t)).resisting());
  }

  @Test
  void aMarkerAndItsLinkBeforeTheGeneOrBeforeTheListItEnds() {
    String s = "larotrectinib is effective in patients with gene fusions involving NTRK1 , NTRK2 , or NTRK3";
    List<BioMention> mentions = List.of(at(EntityType.DRUG, "larotrectinib", 0, 1),
        at(EntityType.GENE, "NTRK1", 9, 10), at(EntityType.GENE, "NTRK2", 11, 12), at(EntityType.GENE, "NTRK3", 14, 15));
    assertEquals(List.of("NTRK1 larotrectinib", "NTRK2 larotrectinib", "NTRK3 larotrectinib"), pairs(mentions, s));
    String t = "osimertinib was active in tumours with mutations in the EGFR gene";
    assertEquals(List.of("EGFR osimertinib"), pairs(List.of(at(EntityType.DRUG, "osimertinib", 0, 1),
        at(EntityType.GENE, "EGFR", 9, 10)), t));
  }
}
