package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Text records from hand-made sentences (drug and cancer mentions given, as the annotator would give them; trial facts
 * the trial annotator's, over tokens alone: {@link TokenFacts}).
 */
class TextTrialExtractorTest {

  private static final TrialVocabulary VOCABULARY = TrialVocabulary.load();
  private static final TextTrialExtractor EXTRACTOR =
      new TextTrialExtractor(VOCABULARY, new ResponseParser(VOCABULARY));

  private static TrialSentence sentence(String text, List<String> drugs, List<String> cancers) {
    return new TrialSentence(text, "Results", 0, drugs, drugs, cancers, TokenFacts.of(text));
  }

  @Test
  void comparatorArmOfATableTrialBecomesItsOwnRecord() {
    TrialRecord row = new TrialRecord("d", null, "sunitinib", List.of(), "Renal cell carcinoma", "2", 60,
        "NCT00000003", 21, null, List.of(), "table");
    List<TrialSentence> sentences = List.of(
        sentence("A phase 2 trial in metastatic renal cell carcinoma patients compared sunitinib with everolimus "
            + "[21].", List.of("sunitinib", "everolimus"), List.of("renal cell carcinoma")),
        sentence("Median overall survival was 9.5 (95% CI 8.1–11.0) and 7.0 (95% CI 5.2–8.8) months for "
            + "everolimus and sunitinib, respectively [21].", List.of("everolimus", "sunitinib"), List.of()));
    List<TrialRecord> records = EXTRACTOR.extract("d", sentences, List.of(row), Set.of(21));
    assertEquals(1, records.size());
    TrialRecord arm = records.get(0);
    assertEquals("everolimus", arm.arm());
    assertEquals("everolimus", arm.drug());
    assertEquals("2", arm.phase());
    assertEquals("renal cell carcinoma", arm.cancerType());
    assertEquals("NCT00000003", arm.trialId());
    assertEquals(List.of(new TrialResult("OS", 9.5, "months", 8.1, 11.0, "everolimus")), arm.results());
  }

  @Test
  void pooledAnalysisWithAlternativeDrugsHasNoCombination() {
    List<TrialRecord> records = EXTRACTOR.extract("d", List.of(sentence(
        "A pooled analysis of 120 melanoma patients treated with nivolumab or pembrolizumab shows partial "
            + "response in 30% cases [7].", List.of("nivolumab", "pembrolizumab"), List.of("melanoma"))),
        List.of(), Set.of());
    assertEquals(1, records.size());
    assertEquals("nivolumab", records.get(0).drug());
    assertEquals(List.of(), records.get(0).combination());
    assertEquals(120, records.get(0).participants());
    assertEquals(7, records.get(0).ref());
  }

  @Test
  void registeredTrialWithoutFiguresIsOngoing() {
    List<TrialRecord> records = EXTRACTOR.extract("d", List.of(sentence(
        "The inhibitor XY-123 is subject to phase I clinical trial (NCT01111111) [3].", List.of("xy123"),
        List.of())), List.of(), Set.of());
    assertEquals("ongoing", records.get(0).status());
    assertEquals("1", records.get(0).phase());
    assertEquals("NCT01111111", records.get(0).trialId());
  }

  @Test
  void sentencesRepeatingATableTrialGiveNothing() {
    TrialRecord row = new TrialRecord("d", null, "sunitinib", List.of(), "RCC", "2", 60, "NCT00000003", 21, null,
        List.of(), "table");
    List<TrialRecord> records = EXTRACTOR.extract("d", List.of(sentence(
        "In this phase 2 trial, sunitinib achieved partial response in 12% of patients [21].",
        List.of("sunitinib"), List.of())), List.of(row), Set.of());
    assertEquals(List.of(), records);
  }
}
