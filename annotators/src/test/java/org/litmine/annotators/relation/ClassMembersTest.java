package org.litmine.annotators.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.classify.CandidatePair;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.lexicon.LexiconSet;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;
import org.litmine.annotators.ner.TestTokens;

class ClassMembersTest {

  private final ClassMembers members = bundled();

  /** The class members reading with the bundled class targets lexicon, as the relation annotator loads it. */
  static ClassMembers bundled() {
    return ClassMembers.load(Lexicon.load(LexiconSet.RESOURCE_DIR + "class_targets.tsv"));
  }

  private static BioMention at(EntityType type, String id, int begin, int end) {
    return new BioMention(type, id, List.of(id), begin, end, 0, 0);
  }

  private static List<String> pairs(ClassMembers members, List<BioMention> mentions, String spaced) {
    List<CoreLabel> tokens = TestTokens.of(spaced);
    return members.of(mentions, tokens).stream().map(CandidatePair::drug).map(BioMention::text).toList();
  }

  @Test
  void theDrugsListedAfterAClassNamedAfterItsTargetAreItsMembers() {
    // "the EGFR ( EGFR ) tyrosine kinase inhibitors ( TKIs ) erlotinib and gefitinib are given"
    String s = "the EGFR ( EGFR ) tyrosine kinase inhibitors ( TKIs ) erlotinib and gefitinib are given";
    BioMention gene = at(EntityType.GENE, "EGFR", 1, 2);
    BioMention abbreviation = at(EntityType.GENE, "EGFR", 3, 4);
    BioMention cls = at(EntityType.DRUG_CLASS, "egfr inhibitor", 1, 8);
    List<BioMention> mentions = List.of(gene, abbreviation, cls, at(EntityType.DRUG, "erlotinib", 11, 12),
        at(EntityType.DRUG, "gefitinib", 13, 14));
    List<CandidatePair> found = members.of(mentions, TestTokens.of(s));
    assertEquals(4, found.size(), "each drug with each mention of the target inside the class");
    assertEquals(List.of("erlotinib", "erlotinib", "gefitinib", "gefitinib"),
        found.stream().map(p -> p.drug().text()).sorted().toList());
  }

  @Test
  void anOpenerMayStandBeforeTheListAndTheListEndsAtAnythingElse() {
    String s = "EGFR inhibitors such as gefitinib , erlotinib or afatinib , and the ALK inhibitor crizotinib";
    List<BioMention> mentions = List.of(at(EntityType.GENE, "EGFR", 0, 1), at(EntityType.DRUG_CLASS, "egfr inhibitor", 0, 2),
        at(EntityType.DRUG, "gefitinib", 4, 5), at(EntityType.DRUG, "erlotinib", 6, 7),
        at(EntityType.DRUG, "afatinib", 8, 9), at(EntityType.GENE, "ALK", 12, 13),
        at(EntityType.DRUG_CLASS, "alk inhibitor", 12, 14), at(EntityType.DRUG, "crizotinib", 14, 15));
    assertEquals(List.of("gefitinib", "erlotinib", "afatinib", "crizotinib"), pairs(members, mentions, s));
  }

  @Test
  void aClassWithoutItsTargetOrABracketHoldingADrugListsNoMember() {
    String s = "tyrosine kinase inhibitors such as erlotinib";
    assertEquals(List.of(), pairs(members, List.of(at(EntityType.DRUG_CLASS, "tki", 0, 3),
        at(EntityType.DRUG, "erlotinib", 5, 6)), s), "no gene inside the class");
  }

  @Test
  void aClassSetOffByCommasIsAnAppositionOfTheDrugBeforeNotTheOneAfter() {
    String s = "Unlike gefitinib , a reversible EGFR inhibitor , afatinib binds";
    assertEquals(List.of(), pairs(members, List.of(at(EntityType.DRUG, "gefitinib", 1, 2),
        at(EntityType.GENE, "EGFR", 5, 6), at(EntityType.DRUG_CLASS, "egfr inhibitor", 5, 7),
        at(EntityType.DRUG, "afatinib", 8, 9)), s));
  }

  @Test
  void aClassNounWithItsTargetAfterItOrAnAntiWordNamesAClassToo() {
    String s = "a tyrosine kinase inhibitor of EGFR ( erlotinib , gefitinib ) is given";
    assertEquals(List.of("erlotinib", "gefitinib"), pairs(members, List.of(at(EntityType.GENE, "EGFR", 5, 6),
        at(EntityType.DRUG, "erlotinib", 7, 8), at(EntityType.DRUG, "gefitinib", 9, 10)), s));
    String t = "the inhibitor of the EML4/ALK fusion protein , crizotinib , is used";
    assertEquals(List.of("crizotinib"), pairs(members, List.of(at(EntityType.GENE, "EML4/ALK", 4, 5),
        at(EntityType.DRUG, "crizotinib", 8, 9)), t));
    String u = "two anti-PD-1 ( nivolumab and pembrolizumab ) agents";
    assertEquals(List.of("nivolumab", "pembrolizumab"), pairs(members, List.of(at(EntityType.GENE, "PD-1", 1, 2),
        at(EntityType.DRUG, "nivolumab", 3, 4), at(EntityType.DRUG, "pembrolizumab", 5, 6)), u));
    String v = "PD-1 ( nivolumab ) is a receptor";
    assertEquals(List.of(), pairs(members, List.of(at(EntityType.GENE, "PD-1", 0, 1),
        at(EntityType.DRUG, "nivolumab", 2, 3)), v), "a gene alone names no class");
  }
}
