package org.litmine.annotators.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.BioNlp;
import org.litmine.annotators.trial.TrialFact.Kind;

/**
 * The trial facts of sentences written for this test, read by the rule files of {@code rules/trial/} over the
 * annotators' tokens ({@code tokenize,ssplit,biotrial}: no models).
 */
class TrialFactAnnotatorTest {

  private static StanfordCoreNLP pipeline;

  @BeforeAll
  static void build() {
    pipeline = new StanfordCoreNLP(BioNlp.defaults("tokenize,ssplit,biotrial"));
  }

  private static List<TrialFact> facts(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<TrialFact> facts = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      facts.addAll(sentence.get(BioAnnotations.TrialFactsAnnotation.class));
    }
    return facts;
  }

  private static List<String> values(String text, Kind kind) {
    return TrialFact.values(facts(text), kind);
  }

  @Test
  void registryIdsOfEachRegistryAsWrittenWithoutSpaces() {
    assertEquals(List.of("NCT02468135", "ISRCTN97531246", "EudraCT 2011-004321-27"), values(
        "The study was registered (ClinicalTrials.gov NCT 02468135; ISRCTN97531246; EudraCT No. 2011-004321-27).",
        Kind.REGISTRY_ID));
    assertEquals(List.of("EudraCT 2009-012345-03", "NCT01357913"), values(
        "EudraCT number: 2009–012345–03, then NCT01357913 and again NCT01357913.", Kind.REGISTRY_ID));
  }

  @Test
  void registryIdsOfTheOtherPrimaryRegistries() {
    assertEquals(List.of("UMIN000004593", "JapicCTI-153124", "jRCT2031200123", "ChiCTR-IOR-17012345",
        "ACTRN12615000123456", "CTRI/2019/05/019234", "NCT02861937"), values("Registered (UMIN000004593; "
        + "JapicCTI-153124; jRCT2031200123; ChiCTR-IOR-17012345; ACTRN12615000123456; CTRI/2019/05/019234) and at "
        + "www.clinicaltrials.gov as #NCT02861937.", Kind.REGISTRY_ID));
  }

  @Test
  void aLongerDigitRunOrABareEudraCtNumberIsNoRegistryId() {
    assertEquals(List.of(), values("Codes NCT013579135, NCT0135791 and ISRCTN1234 are typos; 2011-004321-27 "
        + "has no registry name.", Kind.REGISTRY_ID));
  }

  @Test
  void phasesNormalizedToArabicNumbers() {
    assertEquals(List.of("3"), values("We ran a multicentre phase III trial of a new regimen.", Kind.PHASE));
    assertEquals(List.of("1/2"), values("This Phase I/II study enrolled adults.", Kind.PHASE));
    assertEquals(List.of("1b/2"), values("In the phase 1b - 2 part, doses were escalated.", Kind.PHASE));
    assertEquals(List.of("1/2"), values("A phase I-II design was used.", Kind.PHASE));
    assertEquals(List.of("2b"), values("An open-label, phase 2B, randomised trial.", Kind.PHASE));
    assertEquals(List.of("2/3"), values("Both phase II and III trials are under way.", Kind.PHASE));
    assertEquals(List.of(), values("The phases of the cell cycle, and phase 12 of the plan.", Kind.PHASE));
  }

  @Test
  void participantsBeforeAPeopleNoun() {
    assertEquals(List.of("1129"), values("In total, 1,129 women were randomly assigned.", Kind.PARTICIPANTS));
    assertEquals(List.of("87"), values("We enrolled 87 previously untreated non-small-cell lung cancer patients.",
        Kind.PARTICIPANTS));
    assertEquals(List.of(), values("Doses of 40 mg/kg were given to patients; 2.5 patients is no count, and 12 of "
        + "the 30 (40%) evaluable patients had one.", Kind.PARTICIPANTS));
    assertEquals(List.of(), values("Exercise improves outcomes,7 and regular walking helps pregnant women.",
        Kind.PARTICIPANTS));
    assertEquals(List.of(), values("Waist size (>90cm men) and N1 patients and 1-2 cases.", Kind.PARTICIPANTS));
    assertEquals(List.of(), values("Of 1,204 patients whose tumours were screened, most were ineligible.",
        Kind.PARTICIPANTS));
    assertEquals(List.of("112"), values("In all, 640 patients were screened and 112 patients were enrolled.",
        Kind.PARTICIPANTS));
    assertEquals(List.of("58"), values("This open-label phase 2 trial enrolled adults at 9 centres; 58 patients were "
        + "treated.", Kind.PARTICIPANTS));
  }

  @Test
  void participantsCountedInWords() {
    assertEquals(List.of("78"), values("Seventy-eight patients were treated.", Kind.PARTICIPANTS));
    assertEquals(List.of("137"), values("One hundred thirty-seven patients were treated.", Kind.PARTICIPANTS));
    assertEquals(List.of("205"), values("Two hundred and five patients were randomized.", Kind.PARTICIPANTS));
    assertEquals(List.of("300"), values("Three hundred women were enrolled.", Kind.PARTICIPANTS));
    assertEquals(List.of(), values("Hundreds of patients and two patients died.", Kind.PARTICIPANTS));
  }

  @Test
  void ciLevelsWrittenBeforeTheirInterval() {
    assertEquals(List.of("95", "97.5", "80", "90"), values("The rate was 41% (95% CI, 30% to 52%), the ratio 0.71 "
        + "(97.5% confidence interval 0.55-0.92), a median 8.1 months (80 % Cl 6.0-9.9) and 3.2 (90% credible "
        + "interval 2.1-4.4).", Kind.CI_LEVEL));
    assertEquals(List.of("95"), values("Hazard ratios with 95% confidence intervals [CI] were estimated.",
        Kind.CI_LEVEL));
    assertEquals(List.of("97.5"), values("It was 0.64 (97\u00b75% CI 0.50\u20130.81).", Kind.CI_LEVEL));
    assertEquals(List.of(), values("In 95% of cases the CI was wide; 5% CI and 95% CIs are not levels.",
        Kind.CI_LEVEL));
  }

  @Test
  void aCiLevelSpansItsWords() {
    String text = "Median overall survival was 14.2 months (95% confidence interval (CI), 11.0 to 17.3).";
    List<TrialFact> facts = facts(text).stream().filter(f -> f.kind() == Kind.CI_LEVEL || f.kind() == Kind.CI)
        .toList();
    assertEquals(List.of(Kind.CI_LEVEL, Kind.CI), facts.stream().map(TrialFact::kind).toList());
    assertEquals("95% confidence interval (CI)", text.substring(facts.get(0).charBegin(), facts.get(0).charEnd()));
    assertEquals(95.0, facts.get(0).level());
  }

  @Test
  void wholeIntervalsWithTheirLevelWhereWritten() {
    assertEquals(List.of("95 34 56", "95 0.23 0.41", "97.5 76.0 88.5", "- 1.2 3.4"), values("The rate was 45% (95% CI,"
        + " 34% to 56%), the ratio 0.31 (95% CI 0.23\u20130.41), the share 82.4% (97.5% CI: 76.0-88.5) and the odds"
        + " 2.1 (CI, 1.2 to 3.4).", Kind.CI));
    assertEquals(List.of("95 0.77 1.02", "80 6.0 9.9", "97.5 0.50 0.81"), values("The ratio was 0.89 [95% "
        + "confidence interval [CI] 0.77-1.02], the median 8.1 months (80 % Cl 6.0-9.9) and 0.64 (97\u00b75% CI "
        + "0.50\u20130.81).", Kind.CI));
    assertEquals(List.of("- 6.8 13.6", "95 3.8 -", "80 0.56 1.14", "95 7.9 -", "95 4.2 -"), values("It was 9\u00b74 "
        + "months (6\u00b78-13\u00b76) and (95% CI 3\u00b78-non-calculable), HR 0\u00b780, 80% CI 0\u00b756-1\u00b714; "
        + "then (95% CI 7.9-not applicable) and (95% CI 4.2-NE).", Kind.CI));
    assertEquals(List.of("95 14.9 -", "- 6.8 13.6"), values("The median was 20.3 months (95% CI, 14.9 months to not "
        + "reached) and 9.2 months (6.8-13.6) in the other arm.", Kind.CI));
    assertEquals(List.of("95 0.66 0.95", "- 0.44 0.61"), values("Survival was longer (HR 0.79, 95% CI [0.66; 0.95]; "
        + "p=0.006) and so was PFS (HR 0.52 [0.44; 0.61]), but not in 12 (10; 14) patients.", Kind.CI),
        "bounds split by a semicolon, labelled or in brackets of their own, decimals only");
  }

  @Test
  void aRangeOrAnIqrIsNoInterval() {
    assertEquals(List.of(), values("The median age was 61 years (range 22-84) and the dose 12.5 mg (IQR 10-15).",
        Kind.CI));
  }

  @Test
  void anIntervalSpansItsLabelAndBoundsAndReadsItsNumbers() {
    String text = "Median overall survival was 14.2 months (95% CI, 11.0 to 17.3; p=0.02) against 10.1 (8.4-12.0).";
    List<TrialFact> facts = facts(text).stream().filter(f -> f.kind() == Kind.CI).toList();
    assertEquals(List.of("95% CI, 11.0 to 17.3", "8.4-12.0"),
        facts.stream().map(f -> text.substring(f.charBegin(), f.charEnd())).toList());
    assertEquals(95.0, facts.get(0).ciLevel());
    assertEquals(11.0, facts.get(0).low());
    assertEquals(17.3, facts.get(0).high());
    assertEquals(null, facts.get(1).ciLevel());
  }

  @Test
  void pValuesRatiosAndRangesAreTheNumbersTheyHold() {
    String text = "The ORR was 41% (p = 0.03), the HR of 0.62 and the OR = 1.8; the median was 20\u201322 months and "
        + "the rate 11.9-30.3%.";
    List<TrialFact> facts = facts(text).stream().filter(f -> f.kind() == Kind.P_VALUE || f.kind() == Kind.RATIO
        || f.kind() == Kind.RANGE).toList();
    assertEquals(List.of("P_VALUE 0.03", "RATIO 0.62", "RATIO 1.8", "RANGE 20\u201322", "RANGE 11.9-30.3%"),
        facts.stream().map(f -> f.kind() + " " + text.substring(f.charBegin(), f.charEnd())).toList());
  }

  @Test
  void figuresAnOutcomeChangedBetweenAreNoRange() {
    assertEquals(List.of(), values("Bevacizumab increased the objective response rate from 21.2% to 36.9% and "
        + "prolonged median progression-free survival from 5.9 to 11.8 months.", Kind.RANGE));
    assertEquals(List.of("3 to 5"), values("Treatment lasted a median of 3 to 5 months.", Kind.RANGE));
  }

  @Test
  void aFactKnowsItsSpan() {
    String text = "Results of the phase II trial (NCT02468135) in 64 patients.";
    List<TrialFact> facts = facts(text);
    assertEquals(List.of(Kind.PHASE, Kind.REGISTRY_ID, Kind.PARTICIPANTS), facts.stream().map(TrialFact::kind)
        .toList());
    assertEquals("phase II", text.substring(facts.get(0).charBegin(), facts.get(0).charEnd()));
    assertEquals("NCT02468135", text.substring(facts.get(1).charBegin(), facts.get(1).charEnd()));
    assertEquals("64 patients", text.substring(facts.get(2).charBegin(), facts.get(2).charEnd()));
    assertEquals(64, facts.get(2).count());
    assertEquals(facts.get(1).tokenBegin() + 1, facts.get(1).tokenEnd());
  }

  @Test
  void theDrugsOfRegimensWrittenAsOneHyphenJoinedWord() {
    String text = "Patients received gemcitabine\u2013cisplatin or carboplatin-paclitaxel-bevacizumab; others"
        + " had docetaxel \u2013 cisplatin or chemotherapy-naive disease.";
    List<TrialFact> parts = facts(text).stream().filter(f -> f.kind() == Kind.DRUG_PART).toList();
    assertEquals(List.of("gemcitabine", "cisplatin", "carboplatin", "paclitaxel", "bevacizumab"),
        parts.stream().map(f -> text.substring(f.charBegin(), f.charEnd())).toList());
    assertEquals(List.of("gemcitabine", "cisplatin", "carboplatin", "paclitaxel", "bevacizumab"),
        parts.stream().map(TrialFact::value).toList());
    assertEquals(List.of(2, 4, 6, 6, 6), parts.stream().map(TrialFact::tokenBegin).toList());
    assertEquals(List.of(3, 5, 7, 7, 7), parts.stream().map(TrialFact::tokenEnd).toList());
  }

  @Test
  void armsNamedByALetterOrANumber() {
    String text = "Patients were assigned to arm A (n = 32) or Arm B; 31.4% in arm 1, none in arms C and D or"
        + " arm A1, and the two-arm 2 design ended in arm D.";
    List<TrialFact> letters = facts(text).stream().filter(f -> f.kind() == Kind.ARM_LETTER).toList();
    assertEquals(List.of("A", "B", "1", "2", "D"), letters.stream().map(TrialFact::value).toList());
    assertEquals(List.of("arm A", "Arm B", "arm 1", "two-arm 2", "arm D."),
        letters.stream().map(f -> text.substring(f.charBegin(), f.charEnd())).toList());
    String roman = "Patients were randomized to arm I (docetaxel; n = 120) or arm II (pemetrexed; n = 118).";
    assertEquals(List.of("I", "II"), facts(roman).stream().filter(f -> f.kind() == Kind.ARM_LETTER)
        .map(TrialFact::value).toList(), "Roman numbers");
    String groups = "Patients were randomized to group A (gemcitabine) or Group B, as the Cancer and Leukemia Group B"
        + " and the cancer and leukemia group B proposed.";
    List<TrialFact> grouped = facts(groups).stream().filter(f -> f.kind() == Kind.ARM_LETTER).toList();
    assertEquals(List.of("group A", "Group B"),
        grouped.stream().map(f -> groups.substring(f.charBegin(), f.charEnd())).toList(), "groups, not CALGB");
  }

  @Test
  void aRuleFileThatDoesNotParseFailsNamingTheAnnotatorAndTheFile(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.rules");
    Files.writeString(broken, "{ ruleType: \"tokens\", pattern: ( /phase/ ( , result: \"x\" }\n");
    Properties props = new Properties();
    props.setProperty("mytrial.rules", broken.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TrialFactAnnotator("mytrial", props));
    assertTrue(e.getMessage().startsWith("mytrial: ") && e.getMessage().contains(broken.toString()),
        e.getMessage());
  }
}
