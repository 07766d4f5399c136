package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.lexicon.TsvResource;

class RegimenAcronymsTest {

  private static final RegimenAcronyms ACRONYMS = RegimenAcronyms.load();

  @Test
  void everyAgentIsADrugTheLexiconKnows() {
    Set<String> ids = new HashSet<>();
    TsvResource.read("org/litmine/annotators/lexicons/drugs.tsv", cols -> ids.add(cols[1]));
    TsvResource.read(RegimenAcronyms.REGIMENS, cols -> List.of(cols[1].split(",")).forEach(
        agent -> assertTrue(ids.contains(agent), cols[0] + ": " + agent + " is no drug of the lexicon")));
  }

  @Test
  void writtenFormsWithASchedulesNumberOrModifiedAreTheRegimens() {
    assertEquals(Map.of("mFOLFOX6", List.of("oxaliplatin", "fluorouracil", "leucovorin"),
        "FOLFIRI-3", List.of("irinotecan", "fluorouracil", "leucovorin")),
        ACRONYMS.in(List.of("mFOLFOX6 plus bevacizumab or FOLFIRI-3")));
    assertEquals(List.of("rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone"),
        ACRONYMS.in(List.of("R-CHOP every 21 days")).get("R-CHOP"));
    assertEquals(Set.of("FOLFOXIRI"), ACRONYMS.in(List.of("FOLFOXIRI plus bevacizumab")).keySet());
  }

  @Test
  void anAcronymInBracketsIsReadToo() {
    assertEquals(Map.of("FOLFIRI", List.of("irinotecan", "fluorouracil", "leucovorin")), ACRONYMS.in(List.of(
        "adding cetuximab to irinotecan, fluorouracil and leucovorin (FOLFIRI)", "FOLFIRI alone")));
  }

  @Test
  void anAcronymThatNamesAGroupInItsBracketIsThePapers() {
    assertEquals(Map.of(), ACRONYMS.in(List.of("gemcitabine plus oxaliplatin (GEMOX group, n = 56)",
        "The response rate was 20% with GEMOX")));
  }

  @Test
  void onlyWholeWordsInTheirCaseAreAcronyms() {
    assertEquals(Map.of(), ACRONYMS.in(List.of("FOLFOXES", "a BEPS score", "folfox")));
  }
}
