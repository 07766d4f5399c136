package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litmine.pipeline.document.Table;

/** Trial tables with other headings and layouts than the review's, built by hand (no models: {@link HandMentions}). */
class TableTrialExtractorTest {

  static TrialVocabulary vocabulary;
  static TableTrialExtractor extractor;

  @BeforeAll
  static void load() {
    vocabulary = TrialVocabulary.load();
    extractor = new TableTrialExtractor(vocabulary, new ResponseParser(vocabulary));
  }

  /** The records of a table whose cells' drugs are {@link HandMentions}', their trial facts {@link TokenFacts}'. */
  private static List<TrialRecord> extract(Table table, String paperText) {
    List<String> cells = table.rows().stream().flatMap(List::stream).toList();
    TrialDrugs drugs = new TrialDrugs(HandMentions.of(cells, paperText), vocabulary);
    return extractor.extract("doc", table, drugs, TokenFacts.of(cells), Set.of(12, 13, 40));
  }

  @Test
  void columnsFoundBySynonymsInAnyOrder() {
    Table table = new Table("Table 3", "Trials of EGFR inhibitors", 4, List.of(
        List.of("Registry", "Agent", "Indication", "Trial phase", "No. of patients", "Combined with", "Outcome"),
        List.of("NCT01234567 [12]", "Gefitinib", "NSCLC", "Phase II", "n = 120", "Carboplatin + paclitaxel",
            "ORR 35% (95% CI 26-44%); median OS 14.2 months"),
        List.of("ISRCTN12345678", "Erlotinib", "Pancreatic cancer", "III", "1,200", "—", "Recruiting")));
    List<TrialRecord> records = extract(table, "");
    assertEquals(2, records.size());
    TrialRecord first = records.get(0);
    assertEquals("gefitinib", first.drug());
    assertEquals(List.of("carboplatin", "paclitaxel"), first.combination());
    assertEquals("NSCLC", first.cancerType());
    assertEquals("2", first.phase());
    assertEquals(120, first.participants());
    assertEquals("NCT01234567", first.trialId());
    assertEquals(12, first.ref());
    assertEquals(List.of(new TrialResult("ORR", 35.0, "%", 26.0, 44.0, null),
        new TrialResult("OS", 14.2, "months", null, null, null)), first.results());
    TrialRecord second = records.get(1);
    assertEquals(List.of(), second.combination());
    assertEquals("3", second.phase());
    assertEquals(1200, second.participants());
    assertEquals("ISRCTN12345678", second.trialId());
    assertEquals("ongoing", second.status());
    assertNull(second.ref());
  }

  @Test
  void brokenRowsJoinAndSpanningDrugCellsCarryOver() {
    Table table = new Table("Table 1", "", 2, List.of(
        List.of("Drug", "Cancer type", "Phase", "Response", "Trial ID"),
        List.of("Trastuzumab", "Breast", "2", "PR, 20%;", "NCT00000001"),
        List.of("", "cancer", "", "SD, 30%", ""),
        List.of("", "Gastric cancer", "3", "This trial is still active.", "NCT00000002")));
    List<TrialRecord> records = extract(table, "");
    assertEquals(2, records.size());
    assertEquals("Breast cancer", records.get(0).cancerType());
    assertEquals(2, records.get(0).results().size());
    assertEquals("trastuzumab", records.get(1).drug());
    assertEquals("active", records.get(1).status());
  }

  @Test
  void codeNamesStayCodesUnlessThePaperEquatesThem() {
    Table table = new Table("Table 1", "", 2, List.of(
        List.of("Drug", "Combination", "Phase", "Ref."),
        List.of("MK-0646", "None", "1", "[40]")));
    assertEquals("mk0646", extract(table, "MK-0646 was given. Dalotuzumab is an antibody.").get(0).drug());
    assertEquals("dalotuzumab", extract(table, "MK-0646 (dalotuzumab) was given.").get(0).drug());
    assertEquals(40, extract(table, "").get(0).ref());
  }

  @Test
  void tablesWithoutTrialColumnsAreSkipped() {
    Table table = new Table("Table 2", "", 3, List.of(
        List.of("Gene", "Drug", "Effect"),
        List.of("EGFR", "Gefitinib", "inhibits")));
    assertEquals(List.of(), extract(table, ""));
  }
}
