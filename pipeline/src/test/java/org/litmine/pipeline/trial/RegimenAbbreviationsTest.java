package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegimenAbbreviationsTest {

  @Test
  void aShortNameSpellsTheAgentsOfItsArm() {
    assertEquals(List.of("pemetrexed", "oxaliplatin"),
        RegimenAbbreviations.decode("PemOx", List.of("pemetrexed", "oxaliplatin")));
    assertEquals(List.of("pemetrexed", "carboplatin"),
        RegimenAbbreviations.decode("PCb", List.of("pemetrexed", "carboplatin", "radiotherapy")));
    assertEquals(List.of("bevacizumab", "carboplatin", "paclitaxel"),
        RegimenAbbreviations.decode("BV/CP", List.of("bevacizumab", "paclitaxel", "carboplatin")));
  }

  @Test
  void aLowerCasePrefixQualifiesAnAgentOrIsLeftOut() {
    assertEquals(List.of("nab-paclitaxel", "carboplatin"),
        RegimenAbbreviations.decode("nab-PC", List.of("nab-paclitaxel", "carboplatin")));
    assertEquals(List.of("paclitaxel", "carboplatin"),
        RegimenAbbreviations.decode("sb-PC", List.of("paclitaxel", "carboplatin")));
    assertEquals(List.of(), RegimenAbbreviations.decode("nab-PC", List.of("docetaxel", "cisplatin")));
  }

  @Test
  void aOneLetterNameIsASingleAgentsInitial() {
    assertEquals(List.of("pemetrexed"), RegimenAbbreviations.decode("P", List.of("pemetrexed")));
    assertEquals(List.of(), RegimenAbbreviations.decode("P", List.of("carboplatin", "pemetrexed")));
    assertEquals(List.of(), RegimenAbbreviations.decode("E", List.of("pemetrexed")));
  }

  @Test
  void aShortNameThatSpellsNoRegimenIsNone() {
    assertEquals(List.of(), RegimenAbbreviations.decode("PCb", List.of("pemetrexed", "cisplatin")));
    assertEquals(List.of(), RegimenAbbreviations.decode("NSCLC", List.of("pemetrexed", "cisplatin")));
    assertEquals(List.of(), RegimenAbbreviations.decode("OS", List.of("osimertinib")));
  }

  @Test
  void anAgentsLettersMayComeFromTheOlderNameTheAcronymWasFormedFrom() {
    assertEquals(List.of("mitomycin", "vinblastine", "cisplatin"),
        RegimenAbbreviations.decode("MVP", List.of("mitomycin", "vinblastine", "cisplatin")));
    assertEquals(List.of("doxorubicin", "cyclophosphamide"),
        RegimenAbbreviations.decode("AC", List.of("cyclophosphamide", "doxorubicin")));
    assertEquals(List.of("vincristine"), RegimenAbbreviations.decode("O", List.of("vincristine")));
    assertEquals(List.of(), RegimenAbbreviations.decode("MVP", List.of("mitomycin", "vinblastine", "carboplatin")));
  }
}
