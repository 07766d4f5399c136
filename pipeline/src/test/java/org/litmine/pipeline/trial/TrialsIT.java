package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.BioNlp;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.read.jats.JatsPaperReader;

/**
 * Reads the dalotuzumab trial report (JATS), annotates it with the real CoreNLP models and checks its trial records
 * as a user would: one record per arm, sharing the registry id, each with its regimen, phase, patients, cancer type
 * and main outcome figures as the paper states them.
 */
class TrialsIT {

  static final Path DALOTUZUMAB = Path.of("../../shared/corpus/trials/PMC4710681-dalotuzumab-nsclc.nxml");
  static List<TrialRecord> records;

  @BeforeAll
  static void extract() throws Exception {
    Paper paper = new JatsPaperReader().read(DALOTUZUMAB, "test");
    BioNlp nlp = new BioNlp();
    records = AnnotatedTrialPaper.trials(nlp, new TrialExtractor(), paper);
  }

  private static TrialRecord arm(String label) {
    return records.stream().filter(r -> label.equals(r.arm())).findFirst()
        .orElseThrow(() -> new AssertionError("no record for " + label + " in " + records));
  }

  private static boolean has(TrialRecord r, String metric, double value, String unit) {
    return r.results().stream().anyMatch(x -> x.metric().equals(metric) && Math.abs(x.value() - value) < 1e-9
        && unit.equals(x.unit()));
  }

  @Test
  void oneRecordPerArmSharingTheRegistryId() {
    List<TrialRecord> arms = records.stream().filter(r -> r.arm() != null).toList();
    assertEquals(2, arms.size(), records.toString());
    assertEquals("NCT00799240", arms.get(0).trialId());
    assertEquals("NCT00799240", arms.get(1).trialId());
    assertNotEquals(arms.get(0).arm(), arms.get(1).arm());
  }

  @Test
  void controlArmIsPemetrexedWithCisplatin() {
    TrialRecord control = arm("Arm A");
    assertEquals("pemetrexed", control.drug());
    assertEquals(List.of("cisplatin"), control.combination());
    assertEquals(14, control.participants());
    assertEquals("2", control.phase());
  }

  @Test
  void experimentalArmIsDalotuzumabWithPemetrexedAndCisplatin() {
    TrialRecord experimental = arm("Arm B");
    assertEquals("dalotuzumab", experimental.drug());
    assertEquals(Set.of("pemetrexed", "cisplatin"), Set.copyOf(experimental.combination()));
    assertEquals(12, experimental.participants());
    assertEquals("2", experimental.phase());
  }

  @Test
  void cancerTypeIsTheNonSquamousLungCancerOfTheTitle() {
    for (TrialRecord r : List.of(arm("Arm A"), arm("Arm B"))) {
      assertTrue(r.cancerType() != null && r.cancerType().toLowerCase().contains("non-squamous lung cancer"),
          String.valueOf(r.cancerType()));
    }
  }

  @Test
  void mainOutcomeFiguresPerArm() {
    TrialRecord a = arm("Arm A");
    TrialRecord b = arm("Arm B");
    assertTrue(has(a, "PR", 14, "%"), a.results().toString());
    assertTrue(has(a, "TTP", 173, "days"), a.results().toString());
    assertTrue(has(a, "OS", 262, "days"), a.results().toString());
    assertTrue(has(b, "PR", 25, "%"), b.results().toString());
    assertTrue(has(b, "TTP", 199, "days"), b.results().toString());
    assertTrue(has(b, "OS", 276.5, "days"), b.results().toString());
    assertFalse(has(a, "PR", 25, "%"), "arm B's figure leaked into arm A");
  }

  @Test
  void discussionOfOtherTrialsGivesNoRecords() {
    assertEquals(2, records.size(), records.toString());
  }
}
