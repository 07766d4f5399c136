package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.read.TextPaperReader;

/**
 * The arm records of trial abstracts written for this test (constructions of abstracts, not copies of any), read
 * without CoreNLP models: sentences split at a full stop before a capital letter, the drugs {@link HandMentions}', the
 * trial facts (phases, counts) the trial annotator's over tokens ({@link TokenFacts}).
 */
class OwnTrialTextExtractorTest {

  private static final TrialExtractor EXTRACTOR = new TrialExtractor();

  @TempDir
  Path dir;

  @Test
  void armsOneAgentsDosesDefineAreKeptApart() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab versus docetaxel in previously treated lung cancer: a randomised trial.

        RESULTS 300 patients were allocated: 100 to nivolumab 1 mg/kg, 101 to nivolumab 3 mg/kg and 99 to docetaxel. \
        Median overall survival was 9.0 months with nivolumab 1 mg/kg, 11.0 months with nivolumab 3 mg/kg, and 8.0 \
        months with docetaxel. Overall survival was longer for nivolumab 1 mg/kg versus docetaxel (hazard ratio \
        0.80, 95% CI 0.65-0.98; p=0.03) and for nivolumab 3 mg/kg versus docetaxel (0.70, 0.56-0.86; p=0.001).
        """);
    assertEquals("nivolumab 1 mg/kg n=100: OS 9.0 months; HR(OS) 0.8 [0.65,0.98] vs docetaxel"
        + " | nivolumab 3 mg/kg n=101: OS 11.0 months; HR(OS) 0.7 [0.56,0.86] vs docetaxel"
        + " | docetaxel n=99: OS 8.0 months", describe(records));
  }

  @Test
  void threeArmsSharingAnAgentAreKeptApartByTheirShortNames() throws Exception {
    List<TrialRecord> records = read("""
        Pemetrexed combined with erlotinib or low-dose gefitinib versus erlotinib alone in lung cancer: a randomised \
        phase 2 trial.

        METHODS Patients were randomly assigned 1:1:1 to pemetrexed 500 mg/m2 (after a 2-day lead-in) plus erlotinib \
        150 mg on days 1-14 (PEM-ERL), pemetrexed plus gefitinib 250 mg on days 1-14 (PEM-GEF), or erlotinib alone \
        (ERL), in 21-day cycles.
        RESULTS Of 150 patients, 50 were assigned to PEM-ERL, 51 to PEM-GEF and 49 to ERL. The response rate was 30% \
        with PEM-ERL, 25% with PEM-GEF and 12% with ERL. Median progression-free survival was 6.1 months for PEM-ERL, \
        5.2 months for PEM-GEF and 3.0 months for ERL.
        """);
    assertEquals("pem-erl n=50: ORR 30.0 %; PFS 6.1 months | pem-gef n=51: ORR 25.0 %; PFS 5.2 months"
        + " | erl n=49: ORR 12.0 %; PFS 3.0 months", describe(records));
  }

  @Test
  void armsOfOneAgentsDosesAreFoundByTheDoseGroupsTheResultsName() throws Exception {
    List<TrialRecord> records = read("""
        Two doses of pomalidomide in relapsed myeloma: a randomised phase 2 trial.

        METHODS Patients were randomly assigned to pomalidomide at a starting dose of 2 mg or 4 mg daily, with \
        dexamethasone.
        RESULTS Of 120 patients, 61 were assigned to the 2-mg group and 59 to the 4-mg group. The response rate was \
        28% in the 2-mg group and 35% in the 4-mg group. Median progression-free survival was 4.1 months (95% CI \
        3.2-5.0) and 5.6 months (95% CI 4.4-6.9) in the 2-mg and 4-mg groups, respectively.
        """);
    assertEquals("pomalidomide 2 mg n=61: ORR 28.0 %; PFS 4.1 months [3.2,5.0]"
        + " | pomalidomide 4 mg n=59: ORR 35.0 %; PFS 5.6 months [4.4,6.9]",
        describe(records));
  }

  @Test
  void aPairAfterFiguresOfBothArmsInOneSentenceFollowsTheirOrder() throws Exception {
    List<TrialRecord> records = read("""
        Gemcitabine versus gemcitabine plus cisplatin in mesothelioma: a randomised phase 2 trial.

        RESULTS Median survival was 8.0 months with gemcitabine and 10.2 months with gemcitabine plus cisplatin \
        (P = .20), with 1-year survival rates of 30% and 41%.
        """);
    assertEquals("gemcitabine n=null: OS 8.0 months; OS rate@12 months 30.0 %"
        + " | gemcitabine plus cisplatin n=null: OS 10.2 months; OS rate@12 months 41.0 %", describe(records));
  }

  @Test
  void threeRegimensOfAnyNumberOfAgentsListedWithTheirPatientsAreThreeArms() throws Exception {
    List<TrialRecord> records = read("""
        Results

        In this randomised phase 2 study, 270 patients were assigned to nivolumab (n=90), nivolumab plus \
        trastuzumab (n=91) or paclitaxel, carboplatin and bevacizumab (PCB; n=89). The ORR was 30% (27/90) in the \
        nivolumab arm and 41% (37/91) in the nivolumab plus trastuzumab arm compared with 25% (22/89) in the PCB arm.
        """);
    assertEquals("nivolumab n=90: ORR 30.0 % | nivolumab plus trastuzumab n=91: ORR 41.0 % | pcb n=89: ORR 25.0 %",
        describe(records));
  }

  @Test
  void aShortNameAfterALoadingDoseAndItsMaintenanceNamesTheArm() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib with or without bevacizumab in lung cancer: a randomised phase 2 trial.

        Methods: Pts were randomized 2:1 to erlotinib 150 mg daily + bevacizumab 15 mg/kg loading then 7.5 mg/kg \
        every 3 weeks (E+B) or erlotinib 150 mg daily alone (E).
        Results: 90 pts were randomized (E+B 60; E 30). Confirmed ORR was 40% (24/60) with E+B vs 19% (6/30) with \
        E; DCR 88% vs 72%. Median OS was 11.6 mo for E and 15.4 mo for E+B.
        """);
    assertEquals("e+b: ORR 40.0 %; DCR 88.0 %; OS 15.4 months | e: ORR 19.0 %; DCR 72.0 %; OS 11.6 months",
        withoutCounts(describe(records)));
  }

  @Test
  void aPairInASentenceNamingNoArmIsInTheTrialsArmOrder() throws Exception {
    List<TrialRecord> records = read("""
        Afatinib versus gefitinib in EGFR-mutant lung cancer: a randomised phase 3 trial.

        FINDINGS 200 patients were randomly assigned (100 to afatinib and 100 to gefitinib). The proportion of \
        patients with an objective response did not differ between groups (40 [40%] vs 35 [35%]; p=0.45).
        """);
    assertEquals("afatinib n=100: ORR 40.0 % | gefitinib n=100: ORR 35.0 %", describe(records));
  }

  @Test
  void respectivelyInASentenceNamingNoArmFollowsTheArmsLastNamedInThatOrder() throws Exception {
    List<TrialRecord> records = read("""
        Afatinib versus gefitinib in EGFR-mutant lung cancer: a randomised phase 3 trial.

        RESULTS The response rate was 35% in the gefitinib group and 40% in the afatinib group. The 1-year survival \
        rates were 70% and 75%, respectively.
        """);
    assertEquals("afatinib n=null: ORR 40.0 %; OS rate@12 months 75.0 % | gefitinib n=null: ORR 35.0 %;"
        + " OS rate@12 months 70.0 %", describe(records));
  }

  @Test
  void theArmAResultFavoursIsNoneOfTheListGivenRespectively() throws Exception {
    List<TrialRecord> records = read("""
        Afatinib versus gefitinib in EGFR-mutant lung cancer: a randomised phase 3 trial.

        RESULTS The response rate was 40% in the afatinib group and 35% in the gefitinib group. Overall survival was \
        20.1 months and 18.0 months, respectively (hazard ratio, 0.85), in favour of afatinib.
        """);
    assertEquals("afatinib n=null: ORR 40.0 %; OS 20.1 months; HR(OS) 0.85 vs gefitinib | gefitinib n=null:"
        + " ORR 35.0 %; OS 18.0 months", describe(records));
  }

  @Test
  void aPairAfterASemicolonIsInTheOrderTheSentenceNamesTheArms() throws Exception {
    List<TrialRecord> records = read("""
        Durvalumab versus placebo after chemoradiotherapy in lung cancer: a randomised phase 3 trial.

        RESULTS Median progression-free survival was 15.0 months with durvalumab versus 6.0 months with placebo \
        (hazard ratio, 0.50; 95% CI, 0.40 to 0.63); the 12-month progression-free survival rate was 55.0% versus 35.0%.
        """);
    assertEquals("durvalumab n=null: PFS 15.0 months; HR(PFS) 0.5 [0.4,0.63] vs placebo; PFR@12 months 55.0 %"
        + " | placebo n=null: PFS 6.0 months; PFR@12 months 35.0 %", describe(records));
  }

  @Test
  void letteredArmsTakeTheRegimenWrittenAfterTheirLetter() throws Exception {
    List<TrialRecord> records = read("""
        Carboplatin and paclitaxel with or without bevacizumab in lung cancer: a randomized phase II trial.

        RESULTS 99 patients were randomly assigned to arm A (carboplatin plus paclitaxel; n = 32) or arm B \
        (carboplatin plus paclitaxel plus bevacizumab; n = 67). The response rates were 18.8% and 31.5% for arms A \
        and B, respectively.
        """);
    assertEquals("arm a carboplatin [paclitaxel] n=32 | arm b bevacizumab [carboplatin, paclitaxel] n=67",
        records.stream().map(r -> r.arm().toLowerCase(Locale.ROOT) + " " + r.drug() + " " + r.combination() + " n="
            + r.participants()).collect(Collectors.joining(" | ")));
    assertEquals("arm a n=32: ORR 18.8 % | arm b n=67: ORR 31.5 %", describe(records));
  }

  @Test
  void groupsNamedByALetterAreLetteredArms() throws Exception {
    List<TrialRecord> records = read("""
        Gemcitabine plus erlotinib or gemcitabine alone in pancreatic cancer: a randomized phase II trial.

        METHODS Patients were randomly assigned to group A (gemcitabine plus erlotinib) or group B (gemcitabine         alone); the Cancer and Leukemia Group B designed the trial. RESULTS Sixty patients were enrolled, 30 in each         group. The response rate was 33.3% in group A and 10.0% in group B. Median overall survival was 9.1 months in         group A and 6.4 months in group B (hazard ratio 0.62; 95% CI 0.41-0.93).
        """);
    assertEquals("group a erlotinib [gemcitabine] | group b gemcitabine []",
        records.stream().map(r -> r.arm().toLowerCase(Locale.ROOT) + " " + r.drug() + " " + r.combination())
            .collect(Collectors.joining(" | ")));
    assertEquals("group a n=30: ORR 33.3 %; OS 9.1 months; HR(OS) 0.62 [0.41,0.93] vs group B"
        + " | group b n=30: ORR 10.0 %; OS 6.4 months", describe(records));
  }

  @Test
  void mediansInYearsAndRecurrenceFreeSurvivalAreRead() throws Exception {
    List<TrialRecord> records = read("""
        Adjuvant gemcitabine versus observation after resection of biliary tract cancer: a randomized phase III trial.

        RESULTS After resection, 300 patients were randomly assigned to gemcitabine (n = 150) or observation         (n = 150). Median overall survival was 4.3 years in the gemcitabine group and 3.0 years in the observation         group. Median recurrence-free survival was 2.1 years and 1.5 years, respectively.
        """);
    assertEquals("gemcitabine n=150: OS 4.3 years; RFS 2.1 years | observation n=150: OS 3.0 years; RFS 1.5 years",
        describe(records));
  }

  @Test
  void sharesOfPatientsAliveAtATimePointAreSurvivalRates() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab versus docetaxel in previously treated lung cancer: a randomized phase III trial.

        RESULTS A total of 272 patients were randomly assigned to nivolumab (n = 135) or docetaxel (n = 137). At 12 \
        months, 42% of the patients in the nivolumab group and 24% in the docetaxel group were alive. At 6 months, 30% \
        of the patients in the nivolumab group and 20% in the docetaxel group were alive without disease progression.
        """);
    assertEquals("nivolumab n=135: OS rate@12 months 42.0 %; PFR@6 months 30.0 %"
        + " | docetaxel n=137: OS rate@12 months 24.0 %; PFR@6 months 20.0 %", describe(records));
  }

  @Test
  void alternativesGivenEachWithAnAgentAndRatiosListedForThemAgainstTheFrontedArm() throws Exception {
    List<TrialRecord> records = read("""
        Weekly docetaxel, pemetrexed or gemcitabine with bevacizumab in lung cancer: a randomized phase III trial.

        METHODS Patients were randomly assigned to weekly docetaxel (n = 120), pemetrexed (n = 118), or gemcitabine \
        (n = 121), each given with bevacizumab. RESULTS Median progression-free survival was 6.1 months with \
        docetaxel, 5.2 months with pemetrexed, and 4.4 months with gemcitabine. Compared with docetaxel, the hazard \
        ratio for progression was 1.18 (95% CI, 0.90 to 1.55) for pemetrexed and 1.44 (95% CI, 1.10 to 1.89) for \
        gemcitabine.
        """);
    assertEquals("docetaxel [bevacizumab] n=120 | pemetrexed [bevacizumab] n=118 | gemcitabine [bevacizumab] n=121",
        records.stream().map(r -> r.arm() + " " + r.combination() + " n=" + r.participants())
            .collect(Collectors.joining(" | ")));
    assertEquals("docetaxel n=120: PFS 6.1 months | pemetrexed n=118: PFS 5.2 months; HR(PFS) 1.18 [0.9,1.55] vs"
        + " docetaxel | gemcitabine n=121: PFS 4.4 months; HR(PFS) 1.44 [1.1,1.89] vs docetaxel", describe(records));
  }

  @Test
  void aStatisticsAbbreviationIsNoRegimensShortName() throws Exception {
    List<TrialRecord> records = read("""
        Cisplatin plus irinotecan versus irinotecan alone in lung cancer: a randomized phase III trial.

        RESULTS Patients were randomly assigned to cisplatin plus irinotecan (n = 150) or irinotecan alone \
        (n = 75). Cisplatin plus irinotecan improved PFS compared with irinotecan alone (median PFS, 4.1 v 1.5 \
        months; HR, 0.69; 95% CI, 0.54 to 0.88; P = .003).
        """);
    assertEquals("cisplatin plus irinotecan n=150: PFS 4.1 months; HR(PFS) 0.69 [0.54,0.88] vs irinotecan"
        + " | irinotecan n=75: PFS 1.5 months", describe(records), "'CI' of '95% CI' names no arm");
  }

  @Test
  void aShareAliveWithoutProgressionAtATimePointIsPfr() throws Exception {
    List<TrialRecord> records = read("""
        Crizotinib plus erlotinib versus erlotinib alone in lung cancer: a randomized phase II trial.

        RESULTS Patients were randomly assigned to crizotinib plus erlotinib (n = 60) or erlotinib alone (n = 61). \
        The percentage of patients who were alive without disease progression at 6 months was 48% (95% CI, 35 to 60) \
        in the crizotinib plus erlotinib group and 30% (95% CI, 19 to 42) in the erlotinib group.
        """);
    assertEquals("crizotinib plus erlotinib n=60: PFR@6 months 48.0 % [35.0,60.0]"
        + " | erlotinib n=61: PFR@6 months 30.0 % [19.0,42.0]", describe(records));
  }

  @Test
  void eventFreeSurvivalAtATimePointAndARatioForAnEventAreEfsAndAPathologicalResponseIsAPcrNoCr() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab plus chemotherapy versus placebo plus chemotherapy in early lung cancer: a randomized phase 3 trial.

        METHODS Patients were randomly assigned to nivolumab plus chemotherapy (n=300) or placebo plus chemotherapy \
        (n=150). RESULTS The pathological complete response rate was 24.0% versus 2.2%. Event-free survival at 24 \
        months was 63.8% (95% CI, 57.0 to 69.8) in the nivolumab-chemotherapy group and 45.3% (95% CI, 36.5 to 53.6) \
        in the placebo-chemotherapy group (hazard ratio for event or death, 0.63; 95% CI, 0.45 to 0.87).
        """);
    assertEquals("nivolumab-chemotherapy n=300: pCR 24.0 %; EFS rate@24 months 63.8 % [57.0,69.8]; HR(EFS) 0.63"
        + " [0.45,0.87] vs placebo-chemotherapy | placebo-chemotherapy n=150: pCR 2.2 %; EFS rate@24 months 45.3 %"
        + " [36.5,53.6]",
        describe(records));
  }

  @Test
  void aCiInBracketsSplitByASemicolonAndASentenceTheSplitterJoinedAfterALetteredArm() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib plus bevacizumab versus erlotinib alone in lung cancer: a randomized phase II trial.

        RESULTS Patients were randomized to arm A (erlotinib plus bevacizumab; n = 75) or arm B (erlotinib; \
        n = 77). ORR was 40.0% in arm A and 28.6% in arm B. mOS was 18.2 mo vs 15.1 mo (HR 0.81, 95% CI [0.60; \
        1.10]). mPFS was 9.7 vs 6.1 mo (HR 0.56 [0.41; 0.77]).
        """);
    assertEquals("arm a n=75: ORR 40.0 %; OS 18.2 months; HR(OS) 0.81 [0.6,1.1] vs arm B; PFS 9.7 months;"
        + " HR(PFS) 0.56 [0.41,0.77] vs arm B | arm b n=77: ORR 28.6 %; OS 15.1 months; PFS 6.1 months",
        describe(records));
  }

  @Test
  void theFullStopOfMoBeforeTheArmIsTheFiguresOwn() throws Exception {
    List<TrialRecord> records = read("""
        Gefitinib versus docetaxel in lung cancer: a randomized phase III trial.

        RESULTS A total of 200 patients were randomly assigned to gefitinib (n = 100) or docetaxel (n = 100). Median \
        progression-free survival was 11 mo. in the gefitinib group and 5 mo. in the docetaxel group.
        """);
    assertEquals("gefitinib n=100: PFS 11.0 months | docetaxel n=100: PFS 5.0 months", describe(records));
  }

  @Test
  void letteredArmsTakeTheRegimenWrittenBeforeTheirLetter() throws Exception {
    List<TrialRecord> records = read("""
        Adding bevacizumab to carboplatin and paclitaxel in lung cancer: a randomized phase II trial.

        METHODS Patients were randomly assigned to carboplatin and paclitaxel (arm A) or carboplatin and paclitaxel \
        plus bevacizumab (arm B). RESULTS ORR was 20% (95% CI, 12% to 30%) in arm A and 35% (95% CI, 25% to 46%) in \
        arm B.
        """);
    assertEquals("arm a carboplatin [paclitaxel] | arm b bevacizumab [carboplatin, paclitaxel]",
        records.stream().map(r -> r.arm().toLowerCase(Locale.ROOT) + " " + r.drug() + " " + r.combination())
            .collect(Collectors.joining(" | ")));
    assertEquals("arm a n=null: ORR 20.0 % [12.0,30.0] | arm b n=null: ORR 35.0 % [25.0,46.0]", describe(records));
  }

  @Test
  void threeSingleAgentsListedAsTheAlternativesAreThreeArms() throws Exception {
    List<TrialRecord> records = read("""
        Randomized phase III trial of pemetrexed, docetaxel, or gemcitabine in lung cancer.

        RESULTS In all, 300 patients were randomly assigned (1:1:1) to pemetrexed (n = 100), docetaxel (n = 101), or \
        gemcitabine (n = 99). Median overall survival was 8.0, 7.5, and 6.9 months, respectively.
        """);
    assertEquals("docetaxel n=101: OS 7.5 months | gemcitabine n=99: OS 6.9 months | pemetrexed n=100: OS 8.0 months",
        describe(records.stream().sorted(java.util.Comparator.comparing(TrialRecord::arm)).toList()));
  }

  @Test
  void twoAgentsWithTheirDosesAndTheirCombinationListedAsTheAlternativesAreThreeArms() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib, bevacizumab or both in lung cancer: a randomized phase II trial.

        METHODS Patients were randomly assigned to erlotinib 150 mg daily, bevacizumab 15 mg/kg every 3 weeks, or the combination. \
        RESULTS Response rates were 20%, 10% and 30% in the erlotinib, bevacizumab and combination arms, respectively. \
        Median progression-free survival was 8.0 months with erlotinib, 5.0 months with bevacizumab and 9.0 months \
        with the combination.
        """);
    assertEquals("erlotinib n=null: ORR 20.0 %; PFS 8.0 months | bevacizumab n=null: ORR 10.0 %; PFS 5.0 months"
        + " | combination n=null: ORR 30.0 %; PFS 9.0 months", describe(records));
    assertEquals("erlotinib [bevacizumab]", records.get(2).drug() + " " + records.get(2).combination());
  }

  @Test
  void aTitlesArmsWithOrWithoutAnAgentAreNamedAsTheTextSpellsThemOut() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib with or without bevacizumab in lung cancer: a randomised phase 3 trial.

        METHODS Patients were randomly assigned 1:1 to bevacizumab 15 mg/kg or placebo every 3 weeks, both given with \
        erlotinib 150 mg daily. FINDINGS 200 patients were randomly assigned to erlotinib plus bevacizumab (n=100) or \
        erlotinib plus placebo (n=100). Median overall survival was 20.0 months (95% CI 16.0-not reached) with \
        erlotinib plus bevacizumab and 21.0 months (18.0-not reached) with erlotinib plus placebo (HR 1.05, 95% CI \
        0.85-1.30; p=0.70).
        """);
    assertEquals("erlotinib plus bevacizumab n=100: OS 20.0 months [16.0,null]; HR(OS) 1.05 [0.85,1.3] vs erlotinib"
        + " plus placebo | erlotinib plus placebo n=100: OS 21.0 months [18.0,null]", describe(records));
  }

  @Test
  void anArmOfObservationTakesNoAgentOfTheRegimenBeforeIt() throws Exception {
    List<TrialRecord> records = read("""
        A randomized trial of adjuvant chemotherapy in resected lung cancer.

        RESULTS In all, 400 patients were randomly assigned to receive four cycles of cisplatin plus vinorelbine \
        (200 patients) or observation (200 patients). Five-year survival was 60% with chemotherapy and 50% with \
        observation (hazard ratio for death, 0.70; 95% CI, 0.55 to 0.90).
        """);
    assertEquals("chemotherapy n=200: OS rate@60 months 60.0 %; HR(OS) 0.7 [0.55,0.9] vs observation"
        + " | observation n=200: OS rate@60 months 50.0 %", describe(records));
    assertEquals(List.of(), records.get(1).combination());
  }

  @Test
  void armsGivenAsWhatTheirPatientsReceivedAndAPairWithAndWithoutAnAgent() throws Exception {
    List<TrialRecord> records = read("""
        Bevacizumab with carboplatin and paclitaxel in lung cancer: a randomized phase III study.

        RESULTS Of 400 patients randomized, 200 received carboplatin-paclitaxel plus bevacizumab and 200 received \
        carboplatin-paclitaxel alone. Median overall survival was 12.0 months with bevacizumab versus 10.0 months \
        without (HR, 0.80; 95% CI, 0.68 to 0.94).
        """);
    assertEquals("carboplatin-paclitaxel plus bevacizumab n=200: OS 12.0 months; HR(OS) 0.8 [0.68,0.94] vs"
        + " carboplatin-paclitaxel | carboplatin-paclitaxel n=200: OS 10.0 months", describe(records));
  }

  @Test
  void anArmNamedInABracketAfterAFigureAndShortNamesDefinedWithTheirPatients() throws Exception {
    List<TrialRecord> records = read("""
        Gemcitabine plus cisplatin versus gemcitabine plus carboplatin in lung cancer: a randomised phase III trial.

        Results 300 patients were randomly allocated to gemcitabine plus cisplatin (GC; n = 150) or gemcitabine plus \
        carboplatin (GCb; n = 150). Median time to progression was 5.0 months (GC) versus 4.5 months (GCb).
        """);
    assertEquals("gc n=150: TTP 5.0 months | gcb n=150: TTP 4.5 months", describe(records));
  }

  @Test
  void aCombinationTheTextNeverCallsChemotherapyAndAMedianNotReachedInEitherGroup() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib with or without bevacizumab in EGFR-mutant lung cancer: a randomised phase 2 study.

        Findings 100 patients were randomly assigned: 50 to erlotinib plus bevacizumab and 50 to erlotinib alone. The \
        12-month progression-free survival rate was 55.0% with the combination and 40.0% with erlotinib alone. \
        Median overall survival was not reached in either group.
        """);
    assertEquals("erlotinib + bevacizumab: PFR@12 months 55.0 %; OS NR months"
        + " | erlotinib: PFR@12 months 40.0 %; OS NR months", describe(records).replaceAll(" n=\\S+:", ":"));
  }

  @Test
  void aFigureOfEachArmNamedBeforeItAndTheFiguresOfItsBracket() throws Exception {
    List<TrialRecord> records = read("""
        Afatinib versus gefitinib in EGFR-mutant lung cancer: a randomised phase 3 trial.

        RESULTS 200 patients were randomly assigned (100 to afatinib and 100 to gefitinib). The 1-year survival rate \
        for each arm was 61.5%. The response rate was 40% for both arms (partial response = 38%, complete response = \
        2%); 30% of patients had stable disease in the afatinib group.
        """);
    assertEquals("afatinib: OS rate@12 months 61.5 %; ORR 40.0 %; PR 38.0 %; CR 2.0 %; SD 30.0 %"
        + " | gefitinib: OS rate@12 months 61.5 %; ORR 40.0 %; PR 38.0 %; CR 2.0 %",
        describe(records).replaceAll(" n=\\S+:", ":"));
  }

  @Test
  void anArmAComparisonOpensTheSentenceWithTakesTheSecondFigureOfEachPair() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus placebo in advanced lung cancer: a randomised phase 2 trial.

        RESULTS 120 patients were randomly assigned (60 to erlotinib and 60 to placebo). Compared with placebo, \
        erlotinib resulted in a higher response rate (25% v 5%) and a longer median time to progression (4.4 v 2.1 \
        months).
        """);
    assertEquals("erlotinib: ORR 25.0 %; TTP 4.4 months | placebo: ORR 5.0 %; TTP 2.1 months",
        describe(records).replaceAll(" n=\\S+:", ":"));
  }

  @Test
  void patientsReceivingAnArmAndRatesGivenRespectivelyAfterAClauseNamingTheArms() throws Exception {
    List<TrialRecord> records = read("""
        Afatinib versus erlotinib in lung cancer: a randomised phase 3 trial.

        RESULTS 200 patients were randomly assigned (100 to afatinib and 100 to erlotinib). Objective responses were \
        observed in 12 of 100 patients (12%) receiving afatinib and 6 of 100 patients (6%) receiving erlotinib. \
        Median overall survival was 8.1 months for afatinib and 6.9 months for erlotinib; the 1-year survival rates \
        were 36% and 28%, respectively.
        """);
    assertEquals("afatinib: ORR 12.0 %; OS 8.1 months; OS rate@12 months 36.0 %"
        + " | erlotinib: ORR 6.0 %; OS 6.9 months; OS rate@12 months 28.0 %",
        describe(records).replaceAll(" n=\\S+:", ":"));
  }

  @Test
  void theSingleAgentArmOfATrialAgainstARegimen() throws Exception {
    List<TrialRecord> records = read("""
        Vinorelbine plus cisplatin versus cisplatin alone in advanced lung cancer: a randomized phase III study.

        RESULTS 240 patients were randomly assigned (120 to vinorelbine plus cisplatin and 120 to cisplatin alone). \
        Median time to progression was 4.3 months in the combination arm and 2.6 months in the single-agent arm.
        """);
    assertEquals("vinorelbine plus cisplatin: TTP 4.3 months | cisplatin: TTP 2.6 months",
        describe(records).replaceAll(" n=\\S+:", ":"));
  }

  @Test
  void aDrugThePatientsHadBeforeIsNoAgentOfTheArm() throws Exception {
    List<TrialRecord> records = read("""
        Alectinib in crizotinib-refractory ALK-rearranged lung cancer: a phase II study.

        RESULTS In all, 80 patients were enrolled. The objective response rate was 50% (95% CI, 38% to 62%).
        """);
    assertEquals("alectinib [] n=80", records.get(0).drug() + " " + records.get(0).combination() + " n="
        + records.get(0).participants());
  }

  @Test
  void twoRegimensTheTextNamesTogetherBySlashAreOneArmOfAlternatives() throws Exception {
    List<TrialRecord> records = read("""
        Docetaxel versus vinorelbine or gemcitabine in previously treated lung cancer: a randomized phase III trial.

        RESULTS The response rate was 10.8% in the docetaxel arm and 2.1% in the V/G arm. In all, 40% of docetaxel \
        and 31% of V/G patients had stable disease.
        """);
    assertEquals("docetaxel n=null: ORR 10.8 %; SD 40.0 % | v/g n=null: ORR 2.1 %; SD 31.0 %", describe(records));
    assertEquals("vinorelbine [gemcitabine]", records.get(1).drug() + " " + records.get(1).combination());
  }

  @Test
  void aMetricInTheBracketThatDetailsAFigureIsNotTheNextFigures() throws Exception {
    List<TrialRecord> records = read("""
        Docetaxel versus pemetrexed in previously treated lung cancer: a randomized phase III trial.

        RESULTS The overall response rates were 36.5% for docetaxel (three complete responses and 58 partial \
        responses) and 21.7% for pemetrexed (one complete response and 32 partial responses; P = .004).
        """);
    assertEquals("docetaxel n=null: ORR 36.5 % | pemetrexed n=null: ORR 21.7 %", describe(records));
  }

  @Test
  void armsListedAfterTheFiguresInThePluralTakeThemInOrder() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus docetaxel in lung cancer: a randomized phase III trial.

        RESULTS One-year survival rates were 40% and 30% for the erlotinib and docetaxel arms. The proportion of \
        patients alive at 2 years was 21% with erlotinib versus 12% with docetaxel.
        """);
    assertEquals("erlotinib n=null: OS rate@12 months 40.0 %; OS rate@24 months 21.0 %"
        + " | docetaxel n=null: OS rate@12 months 30.0 %; OS rate@24 months 12.0 %", describe(records));
  }

  @Test
  void aPairFavoringAnArmIsThatArmsBetterFigureAndARestatedFigureIsKeptOnceWithItsInterval() throws Exception {
    List<TrialRecord> records = read("""
        Afatinib versus gefitinib in EGFR-mutant lung cancer: a randomised phase 2b trial.

        FINDINGS The response rate was 70% (95% CI, 62 to 77) in the afatinib arm and 56% (95% CI, 48 to 64) in \
        the gefitinib arm. Response rates differed (afatinib 70% vs gefitinib 56%). Survival at 2 years was 61% \
        vs. 51% (P = 0.01) favoring afatinib.
        """);
    assertEquals("afatinib n=null: ORR 70.0 % [62.0,77.0]; OS rate@24 months 61.0 %"
        + " | gefitinib n=null: ORR 56.0 % [48.0,64.0]; OS rate@24 months 51.0 %", describe(records));
  }

  @Test
  void twoAgentsAndBothDrugsWithTwoLetterArmNamesAreThreeArms() throws Exception {
    List<TrialRecord> records = read("""
        Gefitinib, pemetrexed or both in previously treated lung cancer: a randomised three-arm phase II trial.

        METHODS Patients were randomised 1:1:1 to gefitinib 250 mg orally once daily (arm G), pemetrexed 500 mg/m2 \
        intravenously on days 1, 8 and 15 every 28 days thereafter (arm P) or both drugs (arm GP). Assuming a disease \
        control rate of 35% with pemetrexed, 45 patients per arm gave 80% power. RESULTS 150 \
        patients were randomised: 50 to arm G, 51 to arm P and 49 to arm GP. The disease control rate was 38.0%, \
        40.0% and 52.0% in arms P, G and GP, respectively, and the objective response rate 12.0%, 10.0% and 20.0%. \
        Median progression-free survival was 3.1 months in arm G, 3.0 months in arm P and 4.5 months in arm GP. \
        Compared with arm P, the hazard ratio for progression was 0.95 for arm G and 0.70 for arm GP.
        """);
    assertEquals("arm G [gefitinib] n=50: DCR 40.0 %; ORR 10.0 %; PFS 3.1 months; HR(PFS) 0.95 vs arm P"
        + " | arm P [pemetrexed] n=51: DCR 38.0 %; ORR 12.0 %; PFS 3.0 months"
        + " | arm GP [gefitinib, pemetrexed] n=49: DCR 52.0 %; ORR 20.0 %; PFS 4.5 months; HR(PFS) 0.7 vs arm P",
        withAgents(records));
  }

  @Test
  void armsNamedByARegimensShortNameAndThatNamePrefixedAreTwoArms() throws Exception {
    List<TrialRecord> records = read("""
        Elotuzumab, pomalidomide, and dexamethasone versus pomalidomide and dexamethasone in refractory myeloma.

        Pomalidomide and dexamethasone (Pd) is a standard treatment after lenalidomide. In this open-label phase 3 \
        trial, 400 patients were randomly assigned 1:1 to elotuzumab plus Pd (E-Pd; n = 201) or Pd alone (n = 199). \
        Median progression-free survival was not reached with E-Pd vs 11.2 months (95% CI, 9.4-13.0) with Pd (hazard \
        ratio for disease progression or death, 0.61; 95% CI, 0.48-0.77). The 24-month progression-free survival rate \
        was 61.0% with E-Pd and 45.5% with Pd. E-Pd also improved the overall response rate (70.1% vs 58.2%) and the \
        complete response rate (12.4% vs 6.0%), and minimal residual disease negativity at a threshold of 10-5 was \
        achieved in 20.4% vs 5.1% of patients.
        """);
    assertEquals("E-Pd [elotuzumab, pomalidomide, dexamethasone] n=201: PFS NR months; HR(PFS) 0.61 [0.48,0.77] vs"
        + " Pd; PFR@24 months 61.0 %; ORR 70.1 %; CR 12.4 %; MRD negativity 20.4 % | Pd [pomalidomide, dexamethasone]"
        + " n=199: PFS 11.2 months [9.4,13.0]; PFR@24 months 45.5 %; ORR 58.2 %; CR 6.0 %; MRD negativity 5.1 %",
        withAgents(records));
  }

  @Test
  void participantsAfterTheArmWordsAndAShareOfMenOfAMenOnlyTrial() throws Exception {
    List<TrialRecord> records = read("""
        Apalutamide versus flutamide in men with castration-resistant prostate cancer: a randomised phase III trial.

        Methods: Men were randomised 1:1 to apalutamide 240 mg once daily (experimental arm) or flutamide 250 mg three \
        times daily (control arm). Results: 298 men were randomised (experimental arm n = 150; control arm n = 148). A \
        PSA response (decline of 50% or more from baseline) was achieved by 70.0% vs 30.5% of men.
        """);
    assertEquals("experimental n=150: PSA response 70.0 % | control n=148: PSA response 30.5 %", describe(records));
  }

  @Test
  void participantsOfTwoArmsInABracketAfterThemRespectively() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib plus bevacizumab versus erlotinib alone in lung cancer: a randomized phase II trial.

        RESULTS 226 patients were randomly assigned to erlotinib plus bevacizumab or erlotinib alone (114 and 112 \
        patients, respectively). The objective response rate was 60.5% and 50.0%, respectively.
        """);
    assertEquals("erlotinib plus bevacizumab n=114: ORR 60.5 % | erlotinib n=112: ORR 50.0 %", describe(records));
  }

  @Test
  void ratesAtATimePointInYearsAbbreviatedInAConferenceAbstract() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab plus docetaxel versus docetaxel alone in previously treated lung cancer: a randomized phase II trial.

        Methods: Pts were randomized 1:1 to Arm 1 (nivolumab plus docetaxel) or Arm 2 (docetaxel) for up to 2 yrs. \
        Results: 120 pts were randomized (Arm 1 n=60; Arm 2 n=60). ORR 31% vs 18% (p=0.04); 2-yr OS 40% vs 25%.
        """);
    assertEquals("arm 1 n=60: ORR 31.0 %; OS rate@24 months 40.0 % | arm 2 n=60: ORR 18.0 %; OS rate@24 months 25.0 %",
        describe(records));
  }

  @Test
  void threeAgentsListedWithTheirArmLettersAreThoseArms() throws Exception {
    List<TrialRecord> records = read("""
        A randomized three-arm phase II trial in advanced lung cancer.

        RESULTS Patients were randomly assigned to gemcitabine (arm A), pemetrexed (arm B) or docetaxel (arm C). \
        ORR was 45% (97.5% CI, 34% to 56%) in arm A, 54% (97.5% CI, 43% to 65%) in arm B and 30% (97.5% CI, 20% to \
        41%) in arm C.
        """);
    assertEquals("arm a n=null: ORR 45.0 % [34.0,56.0] | arm b n=null: ORR 54.0 % [43.0,65.0]"
        + " | arm c n=null: ORR 30.0 % [20.0,41.0]", describe(records));
  }

  @Test
  void aTitleOpeningWithThreeAlternativesHasThreeArms() throws Exception {
    List<TrialRecord> records = read("""
        Gemcitabine, pemetrexed or docetaxel in lung cancer: a randomized three-arm phase II trial.

        RESULTS ORR was 45% in the gemcitabine arm, 54% in the pemetrexed arm and 30% in the docetaxel arm.
        """);
    assertEquals("gemcitabine n=null: ORR 45.0 % | pemetrexed n=null: ORR 54.0 % | docetaxel n=null: ORR 30.0 %",
        describe(records));
  }

  @Test
  void anOddsRatioForResponseComparesResponseRates() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus docetaxel in EGFR-mutant lung cancer: a randomised phase 3 trial.

        FINDINGS Median PFS was 9.7 months with erlotinib and 5.2 months with docetaxel. An objective response was \
        seen in 30 of 50 patients (60%) in the erlotinib group. The odds ratio for response was 2.1 (95% CI, 1.3 to \
        3.4).
        """);
    assertEquals("erlotinib n=null: PFS 9.7 months; ORR 60.0 %; OR(ORR) 2.1 [1.3,3.4] vs docetaxel"
        + " | docetaxel n=null: PFS 5.2 months", describe(records));
  }

  @Test
  void theGroupAnOutcomeOccurredInIsNamedWithoutThePatientsItCounts() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus docetaxel in untreated lung cancer: a randomized phase 3 trial.

        RESULTS A response occurred in 126 patients in the erlotinib group (response rate, 82.9%; 95% CI, 76.0 to \
        88.5) and in 114 patients in the docetaxel group (response rate, 75.5%; 95% CI, 67.8 to 82.1).
        """);
    assertEquals("erlotinib n=null: ORR 82.9 % [76.0,88.5] | docetaxel n=null: ORR 75.5 % [67.8,82.1]",
        describe(records));
  }

  @Test
  void aMedianWrittenIntoTheShortFormIsTheMetric() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus docetaxel in lung cancer: a randomized phase II trial.

        Results: mPFS was 7.2 vs 5.1 mo (HR 0.60, 95% CI 0.45-0.80) for erlotinib vs docetaxel. mOS was 15.2 mo vs \
        12.1 mo, respectively.
        """);
    assertEquals("erlotinib n=null: PFS 7.2 months; HR(PFS) 0.6 [0.45,0.8] vs docetaxel; OS 15.2 months"
        + " | docetaxel n=null: PFS 5.1 months; OS 12.1 months", describe(records));
  }

  @Test
  void figuresOfAListOfMetricsAreOfTheOneArmTheListNames() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        Results: In the erlotinib arm, the median PFS and OS were 5.2 and 10.1 months, respectively. For gefitinib, \
        the response rate and disease control rate were 30% and 60%, respectively.
        """);
    assertEquals("erlotinib n=null: PFS 5.2 months; OS 10.1 months | gefitinib n=null: ORR 30.0 %; DCR 60.0 %",
        describe(records));
  }

  @Test
  void blocksOfAListOfMetricsEachEndingInItsArmAreThatArmsFigures() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        Results: The ORR and DCR were 30% and 60% in the erlotinib arm and 20% and 50% in the gefitinib arm, \
        respectively.
        """);
    assertEquals("erlotinib n=null: ORR 30.0 %; DCR 60.0 % | gefitinib n=null: ORR 20.0 %; DCR 50.0 %",
        describe(records));
  }

  @Test
  void ratesOfAListOfMetricsAtATimePointTakeTheArmNamedAfterRespectively() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        Results: The 1-year PFS and OS rates were 22% and 41%, respectively, in the erlotinib group.
        """);
    assertEquals("erlotinib n=null: PFR@12 months 22.0 %; OS rate@12 months 41.0 % | gefitinib n=null",
        describe(records));
  }

  @Test
  void figuresBeforeArmsListedToTheClausesEndAreTheirsInOrder() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        Results: ORR: 30% vs 20% for erlotinib and gefitinib.
        """);
    assertEquals("erlotinib n=null: ORR 30.0 % | gefitinib n=null: ORR 20.0 %", describe(records));
  }

  @Test
  void regimensOfTwoAgentsListedAsAlternativesAreAnArmEach() throws Exception {
    List<TrialRecord> records = read("""
        A randomized phase III trial comparing cisplatin plus gemcitabine, cisplatin plus docetaxel, and carboplatin \
        plus paclitaxel in advanced lung cancer.

        RESULTS Response rates were 22%, 17% and 15% for cisplatin plus gemcitabine, cisplatin plus docetaxel and \
        carboplatin plus paclitaxel, respectively.
        """);
    assertEquals("cisplatin plus gemcitabine n=null: ORR 22.0 % | cisplatin plus docetaxel n=null: ORR 17.0 %"
        + " | carboplatin plus paclitaxel n=null: ORR 15.0 %", describe(records));
  }

  @Test
  void aPairInASentenceNamingOnlyTheTrialsFirstArmIsInTheTrialsOrder() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        Results: The risk of progression was lower with erlotinib (HR, 0.80; 95% CI, 0.65-0.99; P = .04); median PFS \
        was 5.2 versus 4.1 months.
        """);
    assertEquals("erlotinib n=null: HR(PFS) 0.8 [0.65,0.99] vs gefitinib; PFS 5.2 months | gefitinib n=null:"
        + " PFS 4.1 months", describe(records));
  }

  @Test
  void twoSidesOfOneAgentAreItsDosesEvenWrittenOnceAndNamedByTheDoseAlone() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab 3 mg/kg versus 1 mg/kg in lung cancer: a randomized phase II study.

        RESULTS Patients were randomized to nivolumab 3 mg/kg (n = 60) or nivolumab 1 mg/kg (n = 58). The ORR was \
        30% with 3 mg/kg and 22% with 1 mg/kg. Median PFS was 5.5 and 4.0 months in the 3-mg/kg and 1-mg/kg arms, \
        respectively.
        """);
    assertEquals("nivolumab 3 mg/kg n=60: ORR 30.0 %; PFS 5.5 months | nivolumab 1 mg/kg n=58: ORR 22.0 %;"
        + " PFS 4.0 months", describe(records));
  }

  @Test
  void aFigureTakesTheArmItsOwnClauseNamesAfterASemicolon() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        Results: PFS was 5.2 months in the erlotinib group; in the gefitinib group, it was 4.1 months.
        """);
    assertEquals("erlotinib n=null: PFS 5.2 months | gefitinib n=null: PFS 4.1 months", describe(records));
  }

  @Test
  void armsPatientsWrittenInWordsAfterTheArmOrListedRespectively() throws Exception {
    String title = "Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.\n\nResults: ";
    String figures = " The response rate was 30% with erlotinib and 20% with gefitinib.";
    for (String sentence : List.of("Erlotinib was given to 121 patients and gefitinib to 119.",
        "The erlotinib arm included 121 patients and the gefitinib arm 119 patients.",
        "Overall, 121 and 119 patients received erlotinib and gefitinib, respectively.")) {
      assertEquals("erlotinib n=121: ORR 30.0 % | gefitinib n=119: ORR 20.0 %",
          describe(read(title + sentence + figures)), sentence);
    }
  }

  @Test
  void anArmNamedAfterABracketWithABracketInsideIsTheFiguresArm() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        Results: The median OS was 10.1 months (interquartile range [IQR], 6.2-15.3) with erlotinib and 9.0 months \
        (IQR, 5.1-14.0) with gefitinib.
        """);
    assertEquals("erlotinib n=null: OS 10.1 months | gefitinib n=null: OS 9.0 months", describe(records));
  }

  @Test
  void aMetricIsNamedInThePluralToo() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        Results: Disease control rates were 64% and 69% for erlotinib and gefitinib, respectively. Objective tumor \
        response rates were 30% with erlotinib and 25% with gefitinib.
        """);
    assertEquals("erlotinib n=null: DCR 64.0 %; ORR 30.0 % | gefitinib n=null: DCR 69.0 %; ORR 25.0 %",
        describe(records));
  }

  @Test
  void anArmsNameJoinedToAnAgentItAlsoReceivesNamesThatArm() throws Exception {
    List<TrialRecord> records = read("""
        Phase III trial comparing paclitaxel poliglumex (CT-2103, PPX) in combination with carboplatin versus \
        standard paclitaxel and carboplatin in advanced lung cancer.

        RESULTS Time to progression was similar: 3.9 months for PPX/carboplatin versus 4.6 months for \
        paclitaxel/carboplatin (p = 0.210).
        """);
    assertEquals("ppx n=null: TTP 3.9 months | paclitaxel and carboplatin n=null: TTP 4.6 months",
        describe(records));
  }

  @Test
  void aSingleArmAbstractThatSaysItsPatientsWereTreatedReportsItsOwnTrial() throws Exception {
    List<TrialRecord> records = read("""
        Pemetrexed as second-line therapy for advanced lung cancer.

        METHODS Pemetrexed 500 mg/m2 was given every 3 weeks. RESULTS The response rate was 9.4% and the median \
        overall survival was 9.1 months.
        """);
    assertEquals("pemetrexed n=null: ORR 9.4 %; OS 9.1 months", describe(records));
  }

  @Test
  void aSingleArmsPatientsAreThoseWhoReceivedItsTreatment() throws Exception {
    List<TrialRecord> records = read("""
        Weekly docetaxel in elderly patients with lung cancer: a multicenter study.

        Forty-two patients received docetaxel 36 mg/m2 weekly. The response rate was 19%.
        """);
    assertEquals("docetaxel n=42: ORR 19.0 %", describe(records));
  }

  @Test
  void patientsAPaperReviewsAfterTheirTreatmentAreNoTrial() throws Exception {
    List<TrialRecord> records = read("""
        High-dose gefitinib for brain metastases.

        RESULTS We identified 35 patients. Twelve patients were treated with high-dose gefitinib. The response rate was \
        30% and the median overall survival was 6.2 months.
        """);
    assertEquals("", describe(records));
  }

  @Test
  void anAbstractThatSaysNeitherTrialNorTreatmentReportsNoTrial() throws Exception {
    List<TrialRecord> records = read("""
        Pemetrexed in advanced lung cancer.

        We review what is known of pemetrexed. The response rate was 9.4% and the median overall survival was 9.1 \
        months.
        """);
    assertEquals("", describe(records));
  }

  @Test
  void dosesOfOneAgentGivenAsTheAlternativesAreAnArmEachNamedByDoseAndRank() throws Exception {
    List<TrialRecord> records = read("""
        Two doses of nivolumab in lung cancer: a randomized phase II study.

        RESULTS 120 patients were randomized to nivolumab 1 mg/kg or 3 mg/kg. The ORR was 20% in the 1-mg/kg group \
        and 30% in the 3-mg/kg group. Median PFS was longer in the high-dose group than in the low-dose group (5.5 vs \
        4.0 months).
        """);
    assertEquals("nivolumab 1 mg/kg n=null: ORR 20.0 %; PFS 4.0 months | nivolumab 3 mg/kg n=null: ORR 30.0 %;"
        + " PFS 5.5 months", describe(records));
  }

  @Test
  void thePlaceboGroupOfAnAddOnTrialIsTheArmWithoutTheAgent() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib plus gemcitabine versus gemcitabine alone in pancreatic cancer: a randomized phase III trial.

        RESULTS Objective responses occurred in 45 patients (30%) in the erlotinib group and 30 patients (20%) in \
        the placebo group.
        """);
    assertEquals("erlotinib n=null: ORR 30.0 % | placebo n=null: ORR 20.0 %", describe(records));
  }

  @Test
  void patientsCountedBeforeAllTheAlternativesAreTheTrialsNotTheFirstArms() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        RESULTS In all, 256 patients were randomly assigned to erlotinib or gefitinib. Responses were observed in 30% \
        of patients with erlotinib and 20% with gefitinib.
        """);
    assertEquals("erlotinib n=null: ORR 30.0 % | gefitinib n=null: ORR 20.0 %", describe(records));
  }

  @Test
  void figuresOfAClauseThatOpensWithAnArmAreThatArms() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        RESULTS In the erlotinib arm, the ORR was 31.6% and median PFS was 5.1 months; in the gefitinib arm, the ORR \
        was 24.5% and median PFS was 4.6 months.
        """);
    assertEquals("erlotinib n=null: ORR 31.6 %; PFS 5.1 months | gefitinib n=null: ORR 24.5 %; PFS 4.6 months",
        describe(records));
  }

  @Test
  void twoWaysOfGivingOneAgentAreAnArmEach() throws Exception {
    List<TrialRecord> records = read("""
        Weekly versus every-3-weeks docetaxel in lung cancer: a randomized phase III trial.

        RESULTS The response rate was 18% in the weekly arm and 22% in the 3-weekly arm. Median survival was 6.5 \
        months with weekly docetaxel and 7.2 months with docetaxel every three weeks.
        """);
    assertEquals("weekly n=null: ORR 18.0 %; OS 6.5 months | every 3 weeks n=null: ORR 22.0 %; OS 7.2 months",
        describe(records));
  }

  @Test
  void aTripletAgainstADoubletIsNamedByItsCount() throws Exception {
    List<TrialRecord> records = read("""
        Paclitaxel, carboplatin and bevacizumab versus paclitaxel and carboplatin in lung cancer: a randomized phase \
        III trial.

        RESULTS The response rate was 35% with the triplet and 15% with the doublet.
        """);
    assertEquals("paclitaxel + carboplatin + bevacizumab n=null: ORR 35.0 % | paclitaxel and carboplatin n=null:"
        + " ORR 15.0 %", describe(records));
  }

  @Test
  void anArmNamedBeforeASemicolonIsNotTheNextClausesFigures() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase II trial.

        RESULTS Median PFS was 6.7 months for erlotinib vs. 4.2 months for gefitinib (P = .002); median OS was 12.1 \
        vs. 9.8 months (P = .04).
        """);
    assertEquals("erlotinib n=null: PFS 6.7 months; OS 12.1 months | gefitinib n=null: PFS 4.2 months; OS 9.8 months",
        describe(records));
  }

  @Test
  void anAbstractThatEvaluatedARegimenInItsPatientsReportsItsTrial() throws Exception {
    List<TrialRecord> records = read("""
        Efficacy of gemcitabine and cisplatin in lung cancer.

        We evaluated the combination of gemcitabine and cisplatin in 50 chemotherapy-naive patients with stage IV \
        disease. The overall response rate was 42%, and median survival was 9.8 months.
        """);
    assertEquals("gemcitabine n=50: ORR 42.0 %; OS 9.8 months", describe(records));
  }

  @Test
  void threeRegimensListedAfterTheirFiguresTakeThemInOrder() throws Exception {
    String title = "Gemcitabine plus cisplatin, gemcitabine plus carboplatin, or paclitaxel plus carboplatin in lung "
        + "cancer: a randomized phase III trial.\n\nRESULTS ";
    for (String sentence : List.of(
        "Response rates were 30%, 25% and 20% for gemcitabine plus cisplatin, gemcitabine plus carboplatin and "
            + "paclitaxel plus carboplatin, respectively.",
        "Response rates were 30%, 25% and 20% in the gemcitabine-cisplatin, gemcitabine-carboplatin and "
            + "paclitaxel-carboplatin arms, respectively.")) {
      assertEquals("gemcitabine plus cisplatin n=null: ORR 30.0 % | gemcitabine plus carboplatin n=null: ORR 25.0 %"
          + " | paclitaxel plus carboplatin n=null: ORR 20.0 %", describe(read(title + sentence)), sentence);
    }
  }

  @Test
  void aRatioOfATrialThatComparesNoArmsIsNoResult() throws Exception {
    List<TrialRecord> records = read("""
        Gefitinib in lung cancer: a phase II study.

        RESULTS Forty patients were treated. The response rate was 30%. High expression of the protein was associated \
        with shorter survival (hazard ratio 2.1, 95% CI 1.2-3.6).
        """);
    assertEquals("gefitinib n=40: ORR 30.0 %", describe(records));
  }

  @Test
  void shortNamesOfOneAgentsLettersAndDosesAreItsDoseArms() throws Exception {
    List<TrialRecord> records = read("""
        Docetaxel versus vinorelbine in previously treated lung cancer: a randomized phase III trial.

        RESULTS Response rates were 10.8% with D100 and 6.7% with D75, each higher than the 0.8% response with \
        vinorelbine.
        """);
    assertEquals("d100 n=null: ORR 10.8 % | d75 n=null: ORR 6.7 % | vinorelbine n=null: ORR 0.8 %",
        describe(records));
  }

  @Test
  void armsPatientsInBracketsAfterTheirDoseAndDiseaseControlAsARate() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase III trial.

        RESULTS Patients received erlotinib 150 mg daily (n = 112) or gefitinib 250 mg daily for 28 days (n = 114). \
        Disease control was more frequent with erlotinib (60 [54%] of 112 patients vs 50 [44%] of 114).
        """);
    assertEquals("erlotinib n=112: DCR 54.0 % | gefitinib n=114: DCR 44.0 %", describe(records));
  }

  @Test
  void anArmsPatientsFollowADosePerDay() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase III trial.

        RESULTS Patients were randomly assigned to erlotinib 150 mg/day (n = 112) or gefitinib 250 mg/day (n = 114). \
        Median survival was 7.6 months with erlotinib and 8.0 months with gefitinib.
        """);
    assertEquals("erlotinib n=112: OS 7.6 months | gefitinib n=114: OS 8.0 months", describe(records));
  }

  @Test
  void aShortNameWithALetterPerAgentNamesTheArmThoughNotTheirInitials() throws Exception {
    List<TrialRecord> records = read("""
        A randomized trial of cisplatin and etoposide with or without ifosfamide in small-cell lung cancer.

        RESULTS Patients were randomly allocated to cisplatin plus etoposide (PE; 82 patients) or PE plus ifosfamide \
        (VIP; 81 patients). Objective responses occurred in 55 of 82 patients (67%) on PE and in 59 of 81 (73%) on VIP. \
        Median survival was 7.3 months for PE and 9.0 months for VIP.
        """);
    assertEquals("pe n=82: ORR 67.0 %; OS 7.3 months | vip n=81: ORR 73.0 %; OS 9.0 months", describe(records));
  }

  @Test
  void armsNumberedInRomanNumerals() throws Exception {
    List<TrialRecord> records = read("""
        A randomized comparison of two schedules of paclitaxel in metastatic breast cancer.

        RESULTS Patients were randomized to arm I (paclitaxel 175 mg/m2 every 3 weeks; n = 120) or arm II \
        (paclitaxel 80 mg/m2 weekly; n = 118). The response rate was 29% in arm I and 42% in arm II.
        """);
    assertEquals("arm i n=120: ORR 29.0 % | arm ii n=118: ORR 42.0 %", describe(records));
  }

  @Test
  void ratesInThePluralAsManyAsTheArmsAreTheirsInTrialOrder() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomized phase III trial.

        RESULTS Two-year survival rates were 21% and 14%. Response rates were 30% and 20%.
        """);
    assertEquals("erlotinib n=null: OS rate@24 months 21.0 %; ORR 30.0 % | gefitinib n=null: OS rate@24 months 14.0 %;"
        + " ORR 20.0 %", describe(records));
  }

  @Test
  void aGroupIsTheArmOfTheRegimenASentenceGivesItWhateverItsName() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib combined with docetaxel versus docetaxel alone in advanced lung cancer: a randomized study.

        METHODS A total of 120 patients were randomly divided into an observation group and a control group, with 60 \
        cases in each group. The control group was treated with docetaxel, and the observation group was treated with \
        erlotinib combined with docetaxel. RESULTS The objective response rate and disease control rate of the \
        observation group were 30.0% and 80.0%, which were higher than those of the control group (15.0% and 60.0%). \
        Median progression-free survival was 5.5 and 3.5 months.
        """);
    assertEquals("observation n=60: ORR 30.0 %; DCR 80.0 %; PFS 5.5 months | control n=60: ORR 15.0 %; DCR 60.0 %;"
        + " PFS 3.5 months", describe(records));
    assertEquals(List.of("erlotinib", "docetaxel"), List.of(records.get(0).drug(), records.get(0).combination().get(0)));
  }

  @Test
  void aRegimenNamedByItsAcronymAloneIsItsAgents() throws Exception {
    List<TrialRecord> records = read("""
        Bevacizumab plus FOLFOX4 versus FOLFOX4 alone in metastatic colorectal cancer: a randomized phase III trial.

        RESULTS Patients were randomized to bevacizumab plus FOLFOX4 (experimental arm; n = 200) or FOLFOX4 alone \
        (standard arm; n = 198). In the experimental arm versus the standard arm, mPFS was 9.0 months (95% CI: \
        8.0-10.0) versus 7.0 months (95% CI: 6.0-8.0); HR: 0.75 (95% CI: 0.60-0.93). ORR: 50% versus 40%.
        """);
    assertEquals("experimental n=200: PFS 9.0 months [8.0,10.0]; HR(PFS) 0.75 [0.6,0.93] vs standard; ORR 50.0 %"
        + " | standard n=198: PFS 7.0 months [6.0,8.0]; ORR 40.0 %", describe(records));
    assertEquals("bevacizumab [oxaliplatin, fluorouracil, leucovorin] | oxaliplatin [fluorouracil, leucovorin]",
        records.get(0).drug() + " " + records.get(0).combination() + " | " + records.get(1).drug() + " "
            + records.get(1).combination());
  }

  @Test
  void armsPatientsAfterADoseInThousandsOrAnAgentBothArmsGet() throws Exception {
    List<TrialRecord> records = read("""
        Durvalumab versus placebo after chemoradiotherapy in lung cancer: a randomized phase 3 trial.

        METHODS Patients were randomized 2:1 to durvalumab 1,500 mg every 4 weeks (n = 200) or placebo (n = 100). \
        RESULTS Median PFS was 16.0 months with durvalumab and 6.0 months with placebo.
        """);
    assertEquals("durvalumab n=200: PFS 16.0 months | placebo n=100: PFS 6.0 months", describe(records));
    List<TrialRecord> shared = read("""
        Erlotinib plus gemcitabine versus placebo plus gemcitabine in pancreatic cancer: a randomized phase 3 study.

        Patients were randomized to erlotinib plus gemcitabine (n = 150) or placebo plus gemcitabine (n = 148). \
        Median overall survival was 6.2 months with erlotinib plus gemcitabine and 5.9 months with placebo plus \
        gemcitabine.
        """);
    assertEquals("erlotinib plus gemcitabine n=150: OS 6.2 months | placebo plus gemcitabine n=148: OS 5.9 months",
        describe(shared));
  }

  @Test
  void aRatioBesideBothArmsSurvivalRatesIsTheBetterArmsAndOfThatSurvival() throws Exception {
    List<TrialRecord> records = read("""
        Concurrent cisplatin and radiotherapy versus radiotherapy alone in head and neck cancer: a randomized phase III \
        trial.

        METHODS Patients were randomly assigned to radiotherapy alone (RT group, n = 150) or radiotherapy with \
        concurrent cisplatin (CRT group, n = 152). RESULTS The 3-year overall survival was 60.0% in the RT group \
        versus 70.0% in the CRT group (HR 0.70, 95% CI 0.50-0.95). The 3-year progression-free survival was 50.0% \
        versus 62.0% (HR 0.72, 95% CI 0.55-0.94).
        """);
    assertEquals("rt n=150: OS rate@36 months 60.0 %; PFR@36 months 50.0 % | crt n=152: OS rate@36 months 70.0 %;"
        + " HR(OS) 0.7 [0.5,0.95] vs RT; PFR@36 months 62.0 %; HR(PFS) 0.72 [0.55,0.94] vs RT", describe(records));
  }

  @Test
  void numberedArmsAfterAFrontedComparatorKeepTheTrialsOrderForRespectively() throws Exception {
    List<TrialRecord> records = read("""
        Gemcitabine plus cisplatin, gemcitabine plus carboplatin or gemcitabine alone in lung cancer: a randomized \
        phase III trial.

        METHODS Patients were randomly assigned to arm 1 (gemcitabine plus cisplatin; n = 90), arm 2 (gemcitabine \
        plus carboplatin; n = 91) or arm 3 (gemcitabine alone; n = 92). RESULTS Median OS was 9.0, 8.5 and 6.0 \
        months in arms 1, 2 and 3, respectively. Compared with arm 3, the HR for death was 0.70 (95% CI 0.52-0.94) \
        for arm 1 and 0.80 (95% CI 0.60-1.07) for arm 2. Response rates were 30%, 25% and 10%, respectively.
        """);
    assertEquals("arm 1 n=90: OS 9.0 months; HR(OS) 0.7 [0.52,0.94] vs arm 3; ORR 30.0 % | arm 2 n=91: OS 8.5 months;"
        + " HR(OS) 0.8 [0.6,1.07] vs arm 3; ORR 25.0 % | arm 3 n=92: OS 6.0 months; ORR 10.0 %", describe(records));
  }

  @Test
  void aCiInBracketsAfterThePatientsOfAnArmIsTheFiguresBefore() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab versus docetaxel in lung cancer: a randomized phase 3 trial.

        RESULTS An objective response occurred in 20.0% of the patients in the nivolumab group (95% CI, 14.1 to \
        27.0) and in 9.0% in the docetaxel group (95% CI, 5.0 to 14.6).
        """);
    assertEquals("nivolumab n=null: ORR 20.0 % [14.1,27.0] | docetaxel n=null: ORR 9.0 % [5.0,14.6]",
        describe(records));
  }

  @Test
  void anInvestigatorsChoiceOfChemotherapyIsOneArmNotItsAlternatives() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab versus investigator's choice of chemotherapy in lung cancer: a randomized phase 3 trial.

        METHODS Patients were randomized to nivolumab (n = 120) or investigator's choice of chemotherapy with \
        docetaxel, gemcitabine or vinorelbine (n = 118). RESULTS Median OS was 9.0 months with nivolumab and 7.0 \
        months with chemotherapy.
        """);
    assertEquals("nivolumab n=120: OS 9.0 months | chemotherapy n=118: OS 7.0 months", describe(records));
    List<TrialRecord> counted = read("""
        Nivolumab versus chemotherapy in lung cancer: a randomized trial.

        METHODS Patients were randomized to nivolumab (120 patients) or the investigator's choice of single-agent \
        chemotherapy (118 patients). RESULTS Median OS was 9.0 months with nivolumab and 7.0 months with chemotherapy.
        """);
    assertEquals("nivolumab n=120: OS 9.0 months | chemotherapy n=118: OS 7.0 months", describe(counted));
  }

  @Test
  void figuresAnOutcomeChangedBetweenAreTheControlsThenTheAddOnArms() throws Exception {
    List<TrialRecord> records = read("""
        Paclitaxel plus bevacizumab versus paclitaxel alone in breast cancer: a randomized phase III trial.

        RESULTS Patients were randomized to paclitaxel alone (n = 300) or paclitaxel plus bevacizumab (n = 310). The \
        addition of bevacizumab increased the objective response rate from 20.0% to 35.0% and prolonged median \
        progression-free survival from 6.0 to 11.0 months. Median PFS was 17.9 wk v 16.3 wk in a later analysis.
        """);
    // the pair in a sentence naming no arm follows the last sentence that named both: paclitaxel alone first
    assertEquals("paclitaxel plus bevacizumab n=310: ORR 35.0 %; PFS 11.0 months; PFS 16.3 weeks"
        + " | paclitaxel n=300: ORR 20.0 %; PFS 6.0 months; PFS 17.9 weeks", describe(records));
  }

  @Test
  void theChemotherapyAloneGroupIsTheComparatorsNotTheRegimens() throws Exception {
    List<TrialRecord> records = read("""
        Trastuzumab plus chemotherapy versus chemotherapy alone in gastric cancer: a randomised controlled trial.

        FINDINGS 400 patients were randomly assigned to trastuzumab plus chemotherapy (n=200) or chemotherapy alone \
        (n=200). Median overall survival was 13.0 months in the trastuzumab plus chemotherapy group compared with \
        11.0 months in the chemotherapy alone group.
        """);
    assertEquals("trastuzumab plus chemotherapy n=200: OS 13.0 months | chemotherapy alone n=200: OS 11.0 months",
        describe(records));
  }

  @Test
  void aTitlesUnnamedChemotherapyIsSpelledOutByTheDrugsTheTextNames() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab plus chemotherapy versus chemotherapy alone in lung cancer: a randomized phase 3 trial.

        METHODS Patients were randomly assigned to nivolumab plus carboplatin and paclitaxel (nivolumab group, n = \
        100) or placebo plus carboplatin and paclitaxel (placebo group, n = 101). RESULTS ORR, DCR and median PFS \
        were 60.0%, 85.0% and 8.0 months in the nivolumab group and 35.0%, 80.0% and 5.0 months in the placebo \
        group, respectively.
        """);
    assertEquals("nivolumab n=100: ORR 60.0 %; DCR 85.0 %; PFS 8.0 months | placebo n=101: ORR 35.0 %; DCR 80.0 %;"
        + " PFS 5.0 months", describe(records));
  }

  @Test
  void aSidesNameInTheBracketAfterItWithArm() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus docetaxel in lung cancer: a randomized phase II trial.

        METHODS Eighty patients were randomized 1:1 to erlotinib (E arm) or docetaxel (D arm). RESULTS The ORR was \
        20.0% in the E arm and 10.0% in the D arm.
        """);
    assertEquals("e n=null: ORR 20.0 % | d n=null: ORR 10.0 %", describe(records));
  }

  @Test
  void letteredGroupsGivenTheirRegimensByAVerbWithAnAcronym() throws Exception {
    List<TrialRecord> records = read("""
        Bevacizumab plus FOLFIRI versus erlotinib plus FOLFIRI in colorectal cancer: a randomized phase II trial.

        METHODS Group A received bevacizumab plus FOLFIRI (n = 48) and group B received erlotinib plus FOLFIRI \
        (n = 47). RESULTS The response rate was 52% in group A and 62% in group B.
        """);
    assertEquals("group a n=48: ORR 52.0 % | group b n=47: ORR 62.0 %", describe(records));
    assertEquals("bevacizumab [irinotecan, fluorouracil, leucovorin] | erlotinib [irinotecan, fluorouracil, leucovorin]",
        records.get(0).drug() + " " + records.get(0).combination() + " | " + records.get(1).drug() + " "
            + records.get(1).combination());
  }

  @Test
  void anArmOfOneAgentPlusAnUnnamedChemotherapyListsChemotherapyInItsCombination() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab plus chemotherapy versus placebo plus chemotherapy in gastric cancer: a randomized phase 3 trial.

        RESULTS Median OS was 14.0 months with nivolumab plus chemotherapy and 11.0 months with placebo plus \
        chemotherapy.
        """);
    assertEquals("nivolumab [chemotherapy] | placebo [chemotherapy]", records.get(0).drug() + " "
        + records.get(0).combination() + " | " + records.get(1).drug() + " " + records.get(1).combination());
  }

  @Test
  void aComparatorFrontedAfterAHeadingAndASixMonthRate() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus placebo in pancreatic cancer: a randomized, placebo-controlled phase 3 trial.

        Methods: 400 patients were randomly assigned to erlotinib (n=200) or placebo (n=200). Findings: Compared \
        with placebo, erlotinib improved median PFS (11.0 vs 4.6 months; HR 0.35; 95% CI 0.27-0.45). Six-month PFS \
        was 67% vs 31%. ORR was 20.0% (40/200) v 5.0% (10/200).
        """);
    assertEquals("erlotinib n=200: PFS 11.0 months; HR(PFS) 0.35 [0.27,0.45] vs placebo; PFR@6 months 67.0 %;"
        + " ORR 20.0 % | placebo n=200: PFS 4.6 months; PFR@6 months 31.0 %; ORR 5.0 %", describe(records));
  }

  @Test
  void armsOfOneAgentToldApartByTimingAndTheMonotherapyArmOfAnAddOnTrial() throws Exception {
    List<TrialRecord> timing = read("""
        Immediate versus delayed docetaxel in lung cancer: a randomized phase III trial.

        METHODS Patients were randomly assigned to immediate docetaxel (n = 153) or delayed docetaxel (n = 156). \
        RESULTS Median PFS was 5.7 months in the immediate-docetaxel group and 2.7 months in the delayed-docetaxel \
        group.
        """);
    assertEquals("immediate docetaxel n=153: PFS 5.7 months | delayed docetaxel n=156: PFS 2.7 months",
        describe(timing));
    List<TrialRecord> addOn = read("""
        Erlotinib plus bevacizumab versus erlotinib monotherapy in lung cancer: a randomized phase 3 trial.

        METHODS Patients were randomly assigned to erlotinib plus bevacizumab (combination arm, n = 211) or \
        erlotinib plus placebo (monotherapy arm, n = 212). RESULTS Median PFS was 11.0 months in the combination \
        arm and 8.8 months in the monotherapy arm.
        """);
    assertEquals("combination n=211: PFS 11.0 months | monotherapy n=212: PFS 8.8 months", describe(addOn));
  }

  @Test
  void mediansInMosAndARateAt12MoAndTheRiskOfProgressionOrDeath() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus placebo in gastric cancer: a randomized phase 3 trial.

        Results: mPFS was 10.6 vs 8.7 mos (HR 0.75; 95% CI 0.60-0.94). 12-mo OS rate was 67.5% vs 59.9%. Erlotinib \
        reduced the risk of progression or death by 25% (HR 0.80; 95% CI 0.70-0.92). ORR was 40.6% compared to 22.8%.
        """);
    assertEquals("erlotinib n=null: PFS 10.6 months; HR(PFS) 0.75 [0.6,0.94] vs placebo; OS rate@12 months 67.5 %;"
        + " HR(PFS) 0.8 [0.7,0.92] vs placebo; ORR 40.6 % | placebo n=null: PFS 8.7 months; OS rate@12 months 59.9 %;"
        + " ORR 22.8 %", describe(records));
  }

  @Test
  void aRatioOfLocoregionalControlIsLeftOutAndAPairFollowsTheLastOrderOfTheArms() throws Exception {
    List<TrialRecord> records = read("""
        Radiotherapy plus nivolumab in head and neck cancer: a randomized phase III trial.

        METHODS Patients were randomly assigned to radiotherapy alone (n = 213) or radiotherapy plus nivolumab (n = \
        211). RESULTS The median duration of locoregional control was 24.4 months with nivolumab plus radiotherapy \
        and 14.9 months with radiotherapy alone (hazard ratio for locoregional progression or death, 0.68). The \
        3-year OS rate was 55% vs 45%. Response was achieved in 45 of 100 (45%) patients with nivolumab plus \
        radiotherapy vs 30 of 98 (31%) with radiotherapy alone.
        """);
    assertEquals("radiotherapy n=213: OS rate@36 months 45.0 %; ORR 31.0 % | radiotherapy plus nivolumab n=211:"
        + " OS rate@36 months 55.0 %; ORR 45.0 %", describe(records));
  }

  @Test
  void figuresWrittenAsOneSlashedPairAreTheSlashedMetricsInOrder() throws Exception {
    List<TrialRecord> records = read("""
        Pemetrexed or gemcitabine in mesothelioma: a randomized phase II study.

        RESULTS Ninety patients were assigned to pemetrexed (n = 45) or gemcitabine (n = 45). The ORR/DCR were \
        31%/62% with pemetrexed and 24%/58% with gemcitabine. Median TTP/OS were 6.1/14.2 months and 5.0/11.9 \
        months, respectively. Of 18/45 patients with grade 3 toxicity, none stopped treatment.
        """);
    assertEquals("pemetrexed n=45: ORR 31.0 %; DCR 62.0 %; TTP 6.1 months; OS 14.2 months"
        + " | gemcitabine n=45: ORR 24.0 %; DCR 58.0 %; TTP 5.0 months; OS 11.9 months", describe(records));
  }

  @Test
  void anArmGivenAtProgressionKeepsTheCountAfterItsTiming() throws Exception {
    List<TrialRecord> records = read("""
        Early versus deferred pemetrexed maintenance in lung cancer: a randomized trial.

        METHODS Patients with stable disease were randomized to early pemetrexed (n = 120) or deferred pemetrexed \
        upon disease progression (n = 118). RESULTS Median OS was 13.0 months in the early pemetrexed arm and 11.5 \
        months in the deferred pemetrexed arm.
        """);
    assertEquals("early pemetrexed n=120: OS 13.0 months | deferred pemetrexed n=118: OS 11.5 months",
        describe(records));
  }

  @Test
  void aFigureOfPatientsCountedAsAShareOfAllIsASubgroupsAndLeftOut() throws Exception {
    List<TrialRecord> records = read("""
        Alectinib in ALK-positive lung cancer: a single-arm phase 2 trial.

        RESULTS In all, 138 patients received alectinib. The ORR was 48% (95% CI, 40% to 57%). Among 61 \
        patients (44%) with brain metastases at baseline, the ORR was 63%. Among 50 patients who had been treated \
        with crizotinib previously, the ORR was 41%.
        """);
    assertEquals("alectinib n=138: ORR 48.0 % [40.0,57.0]", describe(records));
  }

  @Test
  void endpointsOfOtherCancersKeepTheirOwnNames() throws Exception {
    List<TrialRecord> records = read("""
        Adjuvant trastuzumab plus docetaxel versus docetaxel in early breast cancer: a randomised phase 3 trial.

        RESULTS 812 women were assigned to trastuzumab plus docetaxel (n = 405) or docetaxel (n = 407). The 5-year \
        invasive disease-free survival was 88.1% with trastuzumab plus docetaxel and 81.7% with docetaxel (hazard \
        ratio, 0.66; 95% CI, 0.49 to 0.88). Median distant metastasis-free survival was not reached in either group.
        """);
    assertEquals("trastuzumab plus docetaxel n=405: iDFS rate@60 months 88.1 %; HR(iDFS) 0.66 [0.49,0.88] vs"
        + " docetaxel; DMFS NR months | docetaxel n=407: iDFS rate@60 months 81.7 %; DMFS NR months",
        describe(records));
  }

  @Test
  void aRegimenEitherAloneOrInCombinationGivesTwoArms() throws Exception {
    List<TrialRecord> records = read("""
        Bevacizumab with carboplatin and paclitaxel in lung cancer.

        METHODS We randomly assigned 400 patients to carboplatin and paclitaxel either alone (control group) or in \
        combination with bevacizumab (bevacizumab group). RESULTS The response rate was 35% in the bevacizumab group \
        and 15% in the control group.
        """);
    assertEquals("bevacizumab n=null: ORR 35.0 % | control n=null: ORR 15.0 %", describe(records));
  }

  @Test
  void groupsARandomDivisionMakesAreTheTrialsOwnArms() throws Exception {
    List<TrialRecord> records = read("""
        Efficacy of durvalumab combined with etoposide versus etoposide in extensive small cell lung cancer.

        Methods: A total of 90 patients were randomly divided into an observation group and a control group, with 45 \
        cases in each group. The control group was given etoposide, and the observation group was given durvalumab \
        combined with etoposide. Results: The objective response rate of the observation group was 62.2%, higher than \
        44.4% of the control group (P<0.05).
        """);
    assertEquals("observation n=45: ORR 62.2 % | control n=45: ORR 44.4 %",
        describe(records));
  }

  @Test
  void aSharedAgentPlusEitherOfTwoGivesTwoArmsThatBothHaveIt() throws Exception {
    List<TrialRecord> records = read("""
        Carboplatin with bevacizumab in lung cancer.

        METHODS In this double-blind, placebo-controlled, multicentre, international phase 3 trial, patients were \
        randomly assigned to carboplatin plus either bevacizumab (bevacizumab group) or placebo (control group). \
        RESULTS The response rate was 35% in the bevacizumab group and 15% in the control group.
        """);
    assertEquals("bevacizumab [bevacizumab, carboplatin] phase 3: ORR 35.0 % | control [placebo, carboplatin] phase 3:"
        + " ORR 15.0 %", records.stream().map(r -> r.arm() + " " + agents(r) + " phase " + r.phase() + ": "
        + describe(List.of(r)).replaceFirst("^[^:]*: ", "")).collect(Collectors.joining(" | ")));
  }

  @Test
  void aChoiceOfAgentsInsideOneArmStaysThatArms() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab versus chemotherapy in lung cancer.

        METHODS Patients were randomly assigned to receive nivolumab (nivolumab group) or gemcitabine and either \
        cisplatin or carboplatin (chemotherapy group). RESULTS The response rate was 35% in the nivolumab group and \
        25% in the chemotherapy group.
        """);
    assertEquals("nivolumab [nivolumab] | chemotherapy [gemcitabine, cisplatin, carboplatin]",
        records.stream().map(r -> r.arm() + " " + agents(r)).collect(Collectors.joining(" | ")));
  }

  @Test
  void anArmsCountAfterADoseScheduledQ3W() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab vs docetaxel in previously treated NSCLC: a phase 3 trial.

        Methods: Pts were randomized 1:1 to nivolumab 240 mg Q2W (n=300) or docetaxel 75 mg/m2 Q3W (n=298). Results: \
        Median OS was 11.1 mo with nivolumab vs 8.9 mo with docetaxel.
        """);
    assertEquals("nivolumab n=300: OS 11.1 months | docetaxel n=298: OS 8.9 months", describe(records));
  }

  @Test
  void aRegimensShortNameJoinedByPlusOrHyphensNamesItsArm() throws Exception {
    List<TrialRecord> records = read("""
        Bevacizumab with carboplatin and paclitaxel versus carboplatin and paclitaxel in lung cancer.

        METHODS Patients were randomly assigned to bevacizumab, carboplatin and paclitaxel (B+CP) or carboplatin and \
        paclitaxel alone. RESULTS The 1-year survival rate was 51.2% with B+CP and 44.0% with carboplatin and \
        paclitaxel alone.
        """);
    assertEquals("b+cp n=null: OS rate@12 months 51.2 % | carboplatin and paclitaxel n=null: OS rate@12 months 44.0 %",
        describe(records));
  }

  /** Each record as its arm, its agents, its participants and its results. */
  private static String withAgents(List<TrialRecord> records) {
    return records.stream().map(r -> r.arm() + " " + agents(r) + " " + describe(List.of(r)).replaceFirst("^.*? n=", "n="))
        .collect(Collectors.joining(" | "));
  }

  /** Each record as its arm, its agents and its results. */
  private static String withAgentsAndResults(List<TrialRecord> records) {
    return records.stream().map(r -> r.arm() + " " + agents(r) + ": " + describe(List.of(r)).replaceFirst("^[^:]*: ", ""))
        .collect(Collectors.joining(" | "));
  }

  private static List<String> agents(TrialRecord r) {
    List<String> all = new ArrayList<>(List.of(r.drug()));
    all.addAll(r.combination());
    return all;
  }

  @Test
  void aGroupGivenAnotherGroupsRegimenAndMoreIsAnArmOfBoth() throws Exception {
    List<TrialRecord> records = read("""
        Clinical efficacy of erlotinib combined with docetaxel in advanced lung cancer.

        Methods: A total of 120 patients were selected and randomly divided into observation group and control group, \
        with 60 cases in each group. The control group was treated with docetaxel (75 mg/m2, every 3 weeks), and the \
        observation group was given erlotinib (150 mg daily) on the basis of the control group. Results: The objective \
        response rate of the observation group was 30.0% (18/60), which was higher than that of the control group \
        [15.0% (9/60)].
        """);
    assertEquals("observation [erlotinib, docetaxel] | control [docetaxel]",
        records.stream().map(r -> r.arm() + " " + agents(r)).collect(Collectors.joining(" | ")));
    assertEquals("observation n=60: ORR 30.0 % | control n=60: ORR 15.0 %", describe(records));
  }

  @Test
  void aTitleInTitleCaseIsReadAsTheSentencesWriteItAndAShortNameOfAnAcronymNamesItsArm() throws Exception {
    List<TrialRecord> records = read("""
        Modified FOLFIRINOX Versus Gemcitabine Plus Nab-Paclitaxel in Metastatic Pancreatic Cancer: A Randomized Trial

        METHODS Patients were randomly assigned to modified FOLFIRINOX (mFFX) or to gemcitabine plus nab-paclitaxel \
        (GnP). RESULTS Median PFS was 6.3 months with mFFX and 5.1 months with GnP (HR, 0.77; 95% CI, 0.62 to 0.96).
        """);
    assertEquals("mffx n=null: PFS 6.3 months; HR(PFS) 0.77 [0.62,0.96] vs GnP | gnp n=null: PFS 5.1 months",
        describe(records));
  }

  @Test
  void dosesWithTheirCountsAreArmsAndARatioForTwoDosesIsBetweenThem() throws Exception {
    List<TrialRecord> records = read("""
        Randomized phase II study of two starting doses of erlotinib in lung cancer

        Patients were randomly assigned 1:1 to erlotinib 40 mg (n = 42) or 60 mg (n = 42) once daily. Median PFS was \
        8.3 months (90% CI, 6.4 to 9.9) in the 40-mg arm and 9.1 months (90% CI, 7.2 to 11.0) in the 60-mg arm (HR \
        for 40 mg v 60 mg, 1.09; 90% CI, 0.74 to 1.61). Of 14 patients who crossed over, 3 (21.4%) achieved a \
        partial response on 60 mg.
        """);
    assertEquals("erlotinib 40 mg n=42: PFS 8.3 months [6.4,9.9]; HR(PFS) 1.09 [0.74,1.61] vs erlotinib 60 mg"
        + " | erlotinib 60 mg n=42: PFS 9.1 months [7.2,11.0]", describe(records));
  }

  @Test
  void ratiosAgainstOneArmAndSharesAliveAndFreeOfProgression() throws Exception {
    List<TrialRecord> records = read("""
        Two doses of erlotinib versus placebo in lung cancer: a randomised phase 3 trial

        Patients were randomly assigned (1:1:1) to erlotinib 300 mg once daily, erlotinib 200 mg once daily, or \
        placebo. Median progression-free survival was 12.9 months in the erlotinib 300 mg group, 11.7 months in the \
        erlotinib 200 mg group, and 5.4 months in the placebo group; hazard ratios versus placebo were 0.41 (95% CI \
        0.32-0.52) for the erlotinib 300 mg group and 0.45 (0.35-0.57) for the erlotinib 200 mg group. The HR for the \
        200 mg group compared with the 300 mg group was 1.07 (95% CI 0.85-1.35). At 18 months, 35.2%, 31.8%, and \
        9.6% of patients, respectively, were alive and free of progression.
        """);
    assertEquals("erlotinib 300 mg n=null: PFS 12.9 months; HR(PFS) 0.41 [0.32,0.52] vs placebo; PFR@18 months 35.2 %"
        + " | erlotinib 200 mg n=null: PFS 11.7 months; HR(PFS) 0.45 [0.35,0.57] vs placebo; HR(PFS) 1.07 [0.85,1.35]"
        + " vs erlotinib 300 mg; PFR@18 months 31.8 % | placebo n=null: PFS 5.4 months; PFR@18 months 9.6 %",
        describe(records));
  }

  @Test
  void aSentenceOpeningOnPatientsTheTitleAndAssignmentDoNotNameIsASubgroups() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus docetaxel in previously treated non-small-cell lung cancer: a randomised phase 3 trial

        Patients with stage IV non-small-cell lung cancer were randomly assigned to erlotinib or docetaxel. In \
        patients with measurable disease, the response rate was 20% with erlotinib and 10% with docetaxel. In \
        patients with squamous-cell histology and KRAS mutations, median PFS was 3.9 versus 3.4 months.
        """);
    assertEquals("erlotinib n=null: ORR 20.0 % | docetaxel n=null: ORR 10.0 %", describe(records));
  }

  @Test
  void agentsBothAlternativesAreGivenWithAfterThemJoinEachArm() throws Exception {
    for (String assignment : List.of("erlotinib or placebo, both with cisplatin and pemetrexed",
        "erlotinib or placebo in addition to cisplatin and pemetrexed",
        "erlotinib or placebo plus cisplatin and pemetrexed")) {
      List<TrialRecord> records = read("""
          Erlotinib Plus Chemotherapy Versus Chemotherapy in Lung Cancer After Progression: Overall Survival

          Patients were randomly assigned to %s. Median overall survival was 13.4 months with erlotinib and 19.5 \
          months with placebo.
          """.formatted(assignment));
      assertEquals("erlotinib [erlotinib, cisplatin, pemetrexed] | placebo [placebo, cisplatin, pemetrexed]",
          records.stream().map(r -> r.drug() + " " + agents(r)).collect(Collectors.joining(" | ")), assignment);
    }
  }

  @Test
  void aTrialsDesignAndAdverseEventsGiveNoResults() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib in advanced lung cancer: a phase II trial

        Methods: Patients received erlotinib 150 mg daily. A Simon two-stage design was used to reject a null ORR of \
        10%; with 40 patients the study had 80% power to detect an ORR of 30%. Results: The ORR was 22.0% (95% CI, \
        10.6%-37.6%), which met the prespecified threshold of 15%. In p16+ pts, the ORR was 38.1%. Gr >=3 TRAEs \
        occurred in 37% of pts, most commonly rash (15%).
        """);
    assertEquals("erlotinib n=null: ORR 22.0 % [10.6,37.6]", describe(records));
  }

  @Test
  void sharesAliveAndProgressionFreeWeeksAfterRandomization() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus placebo after stable disease in lung cancer: a randomised discontinuation trial

        Findings: Patients were randomly assigned to erlotinib (n=22) or placebo (n=21). 12 weeks after \
        randomisation, 15 (68%) patients in the erlotinib group and five (24%) in the placebo group were alive and \
        progression-free.
        """);
    assertEquals("erlotinib n=22: PFR@12 weeks 68.0 % | placebo n=21: PFR@12 weeks 24.0 %", describe(records));
  }

  @Test
  void twoSchedulesOfOneAgentOneOfThemTheStandardAreItsArms() throws Exception {
    List<TrialRecord> records = read("""
        Biweekly versus standard 3-weekly docetaxel schedule in metastatic breast cancer: a randomised phase II trial

        Results: Of 153 randomised patients, 77 were allocated to the biweekly arm and 76 to the standard arm. Median \
        PFS was 7.9 months in the biweekly arm and 6.0 months in the standard arm.
        """);
    assertEquals("biweekly n=77: PFS 7.9 months | standard 3 weekly n=76: PFS 6.0 months", describe(records));
  }

  @Test
  void aMetricsShortFormInBracketsIsNoSecondMetricOfTheList() throws Exception {
    List<TrialRecord> records = read("""
        Gemcitabine in advanced biliary tract cancer: a phase II study

        Patients received gemcitabine. The 6-month PFS rate was 47.4% (90% CI, 33.1-60.5), which met the prespecified \
        threshold of 35%. Median PFS and overall survival (OS) were 5.7 and 10.9 months, respectively.
        """);
    assertEquals("gemcitabine n=null: PFR@6 months 47.4 % [33.1,60.5]; PFS 5.7 months; OS 10.9 months",
        describe(records));
  }

  @Test
  void armsNamedInBracketsAfterTheirScheduleOrByLetterAndComma() throws Exception {
    List<TrialRecord> records = read("""
        Maintenance docetaxel versus observation after induction in lung cancer: a randomised phase II study

        Methods: Patients were randomised to oral docetaxel 2.3 mg/m2/day on days 1-5 every 21 days for up to four \
        cycles (maintenance arm) or to observation (observation arm). Results: 102 were randomised, 51 to each arm. \
        The median progression-free survival was 3.7 months in the maintenance arm and 2.4 months in the observation \
        arm.
        """);
    assertEquals("maintenance n=51: PFS 3.7 months | observation n=51: PFS 2.4 months", describe(records));
    records = read("""
        A randomised three-arm trial of cisplatin combined with gemcitabine, docetaxel or irinotecan in gastric cancer

        Patients were randomised to arm A, cisplatin 80 mg/m2 on day 1 plus gemcitabine 800 mg/m2 on days 1-5 (CG), \
        every 4 weeks; arm B, docetaxel 60 mg/m2 plus cisplatin 60 mg/m2 on day 1 (DC), every 3 weeks; or arm C, \
        irinotecan 70 mg/m2 plus cisplatin 80 mg/m2 (IC). Response rates were 26% in arm A, 37% in arm B and 33% in \
        arm C.
        """);
    assertEquals("arm a [gemcitabine, cisplatin]: ORR 26.0 % | arm b [docetaxel, cisplatin]: ORR 37.0 %"
        + " | arm c [irinotecan, cisplatin]: ORR 33.0 %", records.stream().map(r -> r.arm().toLowerCase(Locale.ROOT)
        + " " + agents(r) + ": " + describe(List.of(r)).replaceFirst("^[^:]*: ", ""))
        .collect(Collectors.joining(" | ")));
  }

  @Test
  void aLetteredArmsRegimenMayHoldItsScheduleInBrackets() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib plus docetaxel versus placebo plus docetaxel in lung cancer: a randomised phase 3 trial

        Methods Patients were randomised (1:1) to erlotinib 150 mg (4 days on, 3 days off) plus docetaxel (group A) \
        or matching placebo plus docetaxel (group B). Findings Median PFS was 6.4 months in group A and 3.1 months in \
        group B (hazard ratio 0.66 [95% CI 0.55-0.80]).
        """);
    assertEquals("group A [erlotinib, docetaxel] | group B [placebo, docetaxel]",
        records.stream().map(r -> r.arm() + " " + agents(r)).collect(Collectors.joining(" | ")));
  }

  @Test
  void aMedianNotReachedWrittenNrAndRatiosOfASubgroupNamedBesideThem() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus placebo in resected lung cancer: a randomised phase 3 trial

        Methods: Pts were randomized 1:1 to erlotinib (n=211) or placebo (n=209). Results: Median RFS was NR with \
        erlotinib vs 38.5 mo (95% CI 30.7-NE) with placebo; HR 0.54 (95% CI 0.38-0.78). The RFS benefit was seen in \
        patients with hepatitis B virus infection (HR, 0.66) and the HR for RFS was 0.70 in pts with V600K tumours.
        """);
    assertEquals("erlotinib n=211: RFS NR months; HR(RFS) 0.54 [0.38,0.78] vs placebo | placebo n=209: RFS 38.5"
        + " months [30.7,null]", describe(records));
  }

  @Test
  void ratesAtListedTimePointsAndRatesListedATimePointAtATime() throws Exception {
    List<TrialRecord> records = read("""
        Adjuvant erlotinib versus placebo in resected lung cancer: a randomised phase 3 trial

        Methods: Pts were randomized 1:1 to erlotinib (n=150) or placebo (n=148). Results: RFS rates at 12, 24 and 36 \
        mo were 88.1%, 79.2% and 70.4% with erlotinib vs 80.3%, 65.0% and 51.2% with placebo.
        """);
    assertEquals("erlotinib n=150: RFS rate@12 months 88.1 %; RFS rate@24 months 79.2 %; RFS rate@36 months 70.4 %"
        + " | placebo n=148: RFS rate@12 months 80.3 %; RFS rate@24 months 65.0 %; RFS rate@36 months 51.2 %",
        describe(records));
    records = read("""
        Randomized Trial of Docetaxel/Cisplatin Versus Vinorelbine/Cisplatin in Lung Cancer

        Methods: Patients were randomly assigned to docetaxel plus cisplatin (DC) or to vinorelbine plus cisplatin \
        (VC). Results: One-year survival rates were 41% and 37%, and two-year survival rates 16% and 12%, respectively.
        """);
    assertEquals("dc n=null: OS rate@12 months 41.0 %; OS rate@24 months 16.0 % | vc n=null: OS rate@12 months 37.0 %;"
        + " OS rate@24 months 12.0 %", describe(records));
  }

  @Test
  void threeArmsListedBetweenSemicolonsWithRatiosAgainstTheThird() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib Combinations versus Docetaxel in Advanced Lung Cancer

        METHODS We randomly assigned patients to receive erlotinib (150 mg orally once daily) plus bevacizumab (15 \
        mg/kg every 3 weeks); erlotinib (100 mg orally once daily) plus gemcitabine (1000 mg/m2 weekly); or docetaxel \
        (75 mg/m2 every 3 weeks). RESULTS A total of 148 patients were assigned to erlotinib plus bevacizumab, 151 to \
        erlotinib plus gemcitabine, and 150 to docetaxel. Median progression-free survival was 9.8 months with \
        erlotinib plus bevacizumab, 7.6 months with erlotinib plus gemcitabine, and 4.1 months with docetaxel (hazard \
        ratio for disease progression or death vs. docetaxel, 0.47 [95% confidence interval {CI}, 0.38 to 0.58] for \
        erlotinib plus bevacizumab and 0.71 [95% CI, 0.58 to 0.87] for erlotinib plus gemcitabine). The hazard ratio \
        for death was 0.74 (95% CI, 0.57 to 0.96) for erlotinib plus bevacizumab and 1.08 (95% CI, 0.85 to 1.38) for \
        erlotinib plus gemcitabine, each as compared with docetaxel.
        """);
    assertEquals("erlotinib plus bevacizumab [bevacizumab, erlotinib] n=148: PFS 9.8 months; HR(PFS) 0.47 [0.38,0.58]"
        + " vs docetaxel; HR(OS) 0.74 [0.57,0.96] vs docetaxel | erlotinib plus gemcitabine [gemcitabine, erlotinib]"
        + " n=151: PFS 7.6 months; HR(PFS) 0.71 [0.58,0.87] vs docetaxel; HR(OS) 1.08 [0.85,1.38] vs docetaxel"
        + " | docetaxel [docetaxel] n=150: PFS 4.1 months", withAgents(records));
  }

  @Test
  void armsNamedByTheirAgentsFirstLettersAndARatioIsTheArmThatAddsAnAgent() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib plus bevacizumab versus bevacizumab alone as maintenance in lung cancer: a randomized phase III trial

        Methods: Patients were randomly assigned to maintenance erlotinib 150 mg daily on days 1-21 plus bevacizumab \
        7.5 mg/kg every 3 weeks (Erl-Bev; n = 198) or bevacizumab alone at the same dose (Bev; n = 196). Results: \
        Median progression-free survival was 5.0 months in the Bev arm and 8.1 months in the Erl-Bev arm. Median OS \
        was 21.7 months with Bev compared with 23.9 months with Erl-Bev (HR 0.89; 95% CI 0.71-1.12).
        """);
    assertEquals("erl-bev n=198: PFS 8.1 months; OS 23.9 months; HR(OS) 0.89 [0.71,1.12] vs Bev | bev n=196: PFS 5.0"
        + " months; OS 21.7 months", describe(records));
  }

  @Test
  void regimensNamedInBracketsListedWithCommasAndADesignThresholdIsNoResult() throws Exception {
    List<TrialRecord> records = read("""
        Randomized phase II trial of gemcitabine-cisplatin (GC), GC plus nab-paclitaxel (GCN) or \
        gemcitabine-carboplatin (GK) in biliary tract cancer

        Methods: Pts were randomized 1:1:1 to GC, GCN or GK. The arm with the highest 6-mo PFS rate was to be \
        selected if its lower 90% confidence limit exceeded 50%. Results: 120 pts were randomized (GC, n = 40; GCN, \
        n = 41; GK, n = 39); median age 64 y (range 38-81), 52% intrahepatic. Median PFS was 6.9, 8.7 and 6.2 mo with \
        GC, GCN and GK, respectively.
        """);
    assertEquals("GC [gemcitabine, cisplatin] n=40: PFS 6.9 months | GCN [nab-paclitaxel, gemcitabine, cisplatin]"
        + " n=41: PFS 8.7 months | GK [carboplatin, gemcitabine] n=39: PFS 6.2 months", withAgents(records));
  }

  @Test
  void theSameRegimenPlusAnAgentAndShortNamesInSquareBrackets() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib plus cisplatin-based chemoradiotherapy versus chemoradiotherapy alone in head and neck cancer: a \
        randomised, phase 3 trial

        Methods: Patients were randomly assigned (1:1) to radiotherapy (70 Gy in 35 fractions) with concurrent weekly \
        cisplatin 30 mg/m² (chemoradiotherapy [CRT]) or to the same regimen plus erlotinib 150 mg daily during \
        radiotherapy (erlotinib plus chemoradiotherapy [ECRT]). Results: 536 patients were randomly assigned, 270 to \
        ECRT and 266 to CRT. Median progression-free survival was 39.2 months with ECRT and 27.5 months with CRT (HR \
        0.76 [95% CI 0.61-0.95]).
        """);
    assertEquals("CRT [cisplatin, radiotherapy] n=266: PFS 27.5 months | ECRT [erlotinib, radiotherapy, cisplatin]"
        + " n=270: PFS 39.2 months; HR(PFS) 0.76 [0.61,0.95] vs CRT", withAgents(records));
  }

  @Test
  void aRegimenWithAnAgentOrWithoutItAndTheNameOfTheRegimenAlone() throws Exception {
    List<TrialRecord> records = read("""
        Bevacizumab with erlotinib, gemcitabine and cisplatin versus erlotinib, gemcitabine and cisplatin in lung \
        cancer: a randomized phase 3 trial

        Methods: Patients were randomly assigned (1:1) to erlotinib, gemcitabine and cisplatin with bevacizumab \
        (B-EGC) or without it (EGC). Results: 386 patients were randomized (B-EGC, n = 194; EGC, n = 192). Rates of \
        partial response were 59.7% and 54.4%, and CR rates 15.2% and 13.8%, in the B-EGC and EGC arms, \
        respectively. Median PFS had not been reached in either arm.
        """);
    assertEquals("b-egc n=194: PR 59.7 %; CR 15.2 %; PFS NR months | egc n=192: PR 54.4 %; CR 13.8 %; PFS NR months",
        describe(records));
  }

  @Test
  void ratiosWithTheArmsTheyCompareWrittenAfterTheirEndpoint() throws Exception {
    List<TrialRecord> records = read("""
        Weekly Versus Three-Weekly Cisplatin With Concurrent Radiotherapy for Cervical Cancer: A Randomized Phase III \
        Trial

        Methods: Women were randomly assigned 1:1 to cisplatin 40 mg/m2 weekly (weekly arm) or cisplatin 75 mg/m2 \
        every 3 weeks (three-weekly arm), concurrent with radiotherapy. Results: The HR for death (three-weekly v \
        weekly) was 0.91 (90% CI, 0.70 to 1.18). The 3-year PFS rate was 66.2% for weekly and 68.9% for three-weekly \
        cisplatin (HR for progression or death, three-weekly v weekly, 0.93; 95% CI, 0.70 to 1.23).
        """);
    assertEquals("weekly n=null: PFR@36 months 66.2 % | three-weekly n=null: HR(OS) 0.91 [0.7,1.18] vs weekly;"
        + " PFR@36 months 68.9 %; HR(PFS) 0.93 [0.7,1.23] vs weekly", describe(records));
  }

  @Test
  void groupsNamedByTheirRegimensShortNameWithTheRegimenInBrackets() throws Exception {
    List<TrialRecord> records = read("""
        Gemcitabine plus cisplatin versus docetaxel plus cisplatin for advanced gastric cancer: a randomized phase III \
        trial

        Methods: Patients were randomly assigned at a ratio of 1:1 to the GP group (gemcitabine 1 000 mg/m2 on days 1 \
        and 8, cisplatin 75 mg/m2 on day 1) or the DP group (docetaxel 75 mg/m2 on day 1, cisplatin 75 mg/m2 on day \
        1). Results: 486 were randomized, 244 to the GP group and 242 to the DP group. The ORR of the DP group was \
        36.4% (88/242), and that of the GP group was 42.2% (103/244); the DCR was 78.1% and 80.7%, respectively.
        """);
    assertEquals("gp n=244: ORR 42.2 %; DCR 80.7 % | dp n=242: ORR 36.4 %; DCR 78.1 %", describe(records));
  }

  @Test
  void aRegimenAloneOrWithAnAgentAndARatioAsComparedWithTheControlGroup() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib plus gemcitabine and cisplatin in relapsed lung cancer

        Methods: Patients were randomly assigned in a 1:1 ratio to receive gemcitabine and cisplatin alone (control \
        group) or with subcutaneous erlotinib (erlotinib group). Results: An overall response (partial response or \
        better) was observed in 68 patients (44.4%) in the control group and in 109 (72.2%) in the erlotinib group. \
        The hazard ratio for disease progression or death in the erlotinib group, as compared with the control group, \
        was 0.58 (95% CI, 0.44 to 0.76).
        """);
    assertEquals("erlotinib [erlotinib, gemcitabine, cisplatin] n=null: ORR 72.2 %; HR(PFS) 0.58 [0.44,0.76] vs"
        + " control | control [gemcitabine, cisplatin] n=null: ORR 44.4 %", withAgents(records));
  }

  @Test
  void aDoseWrittenOutAndAGroupNamedInBracketsWithTheArticle() throws Exception {
    List<TrialRecord> records = read("""
        Bevacizumab plus FOLFOX in metastatic colorectal cancer

        Methods: Patients were randomly assigned, in a 1:1 ratio, to receive bevacizumab at a dose of 5 mg per \
        kilogram of body weight plus modified FOLFOX6 (the bevacizumab group) or modified FOLFOX6 alone (the \
        chemotherapy-alone group). Results: Median PFS was 11.8 months in the bevacizumab group and 9.7 months in the \
        chemotherapy-alone group.
        """);
    assertEquals("bevacizumab [bevacizumab, oxaliplatin, fluorouracil, leucovorin]: PFS 11.8 months"
        + " | chemotherapy-alone [oxaliplatin, fluorouracil, leucovorin]: PFS 9.7 months", withAgentsAndResults(records));
  }

  @Test
  void aSingleArmTitleTakesNoComparisonOfOtherAgentsFromItsText() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib Plus Bevacizumab in Biliary Tract Cancer: A Single-Arm Phase II Trial

        Methods: Patients whose disease had progressed on gemcitabine or cisplatin received erlotinib plus \
        bevacizumab. Results: The ORR was 23.4% (95% CI, 12.3 to 38.0).
        """);
    assertEquals("erlotinib n=null: ORR 23.4 % [12.3,38.0]", describe(records));
  }

  @Test
  void aLetteredArmsLongScheduleAPValueInARatiosBracketAndAMetricDefinedInAClause() throws Exception {
    List<TrialRecord> records = read("""
        Gemcitabine alone or in combination with erlotinib or bevacizumab: a randomized phase II trial

        Patients were randomly assigned 1:1:1 to gemcitabine 1000 mg intravenously on days 1 and 15 of cycle 1 and \
        day 1 of each subsequent 28-day cycle (arm A), gemcitabine on the same schedule plus erlotinib 150 mg (arm B), \
        or gemcitabine plus bevacizumab 10 mg/kg (arm C). Compared with arm A, the HR for progression or death was 0.47 \
        (80% CI, 0.37 to 0.60; one-sided P < .001) for arm B and 0.66 (80% CI, 0.52 to 0.83; one-sided P = .021) for \
        arm C. The clinical benefit rate, defined as complete or partial response or stable disease lasting 24 \
        weeks or longer, was 38.5% in arm A, 66.7% in arm B, and 56.3% in arm C.
        """);
    assertEquals("arm A [gemcitabine]: CBR 38.5 % | arm B [erlotinib, gemcitabine]: HR(PFS) 0.47 [0.37,0.6] vs arm A;"
        + " CBR 66.7 % | arm C [bevacizumab, gemcitabine]: HR(PFS) 0.66 [0.52,0.83] vs arm A; CBR 56.3 %",
        withAgentsAndResults(records));
  }

  @Test
  void initialsJoinedByPlusAndAPlaceboArmsOwnShortFormNameTheirArms() throws Exception {
    List<TrialRecord> records = read("""
        Adjuvant erlotinib plus gemcitabine versus placebo in resected melanoma: a randomized phase 3 trial

        Methods: Pts were randomized 1:1 to erlotinib 150 mg QD + gemcitabine 45 mg BID (E+G; n=211) or matching \
        placebo (PBO; n=209) for 12 mo. Results: Median RFS was NR with E+G vs 38.5 mo (95% CI 30.7-NE) with PBO; \
        HR 0.54 (95% CI 0.38-0.78; P<0.001).
        """);
    assertEquals("e+g n=211: RFS NR months; HR(RFS) 0.54 [0.38,0.78] vs PBO | pbo n=209: RFS 38.5 months [30.7,null]",
        describe(records));
  }

  @Test
  void aBolusAgentADoseInBracketedSquareMetresAndResponsesAfterCrossover() throws Exception {
    List<TrialRecord> records = read("""
        Irinotecan, bolus gemcitabine, and cisplatin (IGC) versus classical GC in lung cancer: a randomized phase III \
        trial

        PATIENTS AND METHODS: Patients were randomly assigned to irinotecan 100 mg/m(2), gemcitabine 400 mg/m(2), and \
        cisplatin 20 mg/m(2) weekly (IGC), or to gemcitabine 425 mg/m(2) and cisplatin 20 mg/m(2) (GC). RESULTS: A \
        total of 402 patients were randomly assigned (IGC, n = 199; GC, n = 203). Median survival was 13.2 months with \
        GC vs. 15.4 months with IGC. After crossover, responses were seen in 4 of 29 patients (14%).
        """);
    assertEquals("IGC [irinotecan, gemcitabine, cisplatin] n=199: OS 15.4 months | GC [gemcitabine, cisplatin] n=203:"
        + " OS 13.2 months", withAgents(records));
  }

  @Test
  void dosesOfOneAgentWithTheirRouteScheduleAndNamesInBrackets() throws Exception {
    List<TrialRecord> records = read("""
        Two Starting Doses of Erlotinib in Neuroendocrine Tumors: A Randomized Phase II Trial

        Methods: Patients were randomly assigned 1:1 to receive erlotinib (OSI-774) 150 mg orally once daily (150-mg \
        arm) or 100 mg orally once daily (100-mg arm). Results: 148 patients were randomly assigned: 75 to the 150-mg \
        arm and 73 to the 100-mg arm. Median PFS was 13.8 months in the 150-mg arm and 12.9 months in the 100-mg arm.
        """);
    assertEquals("erlotinib 150 mg n=75: PFS 13.8 months | erlotinib 100 mg n=73: PFS 12.9 months", describe(records));
  }

  @Test
  void listedTimePointsKeepEachItsOwnUnit() throws Exception {
    List<TrialRecord> records = read("""
        Irinotecan plus capecitabine in refractory biliary cancer: a phase II study.

        RESULTS Forty patients were treated. Median overall survival was 7.1 months; the 6-month and 2-year overall \
        survival rates were 58.0% and 11.5%.
        """);
    assertEquals("irinotecan n=40: OS 7.1 months; OS rate@6 months 58.0 %; OS rate@24 months 11.5 %",
        describe(records));
  }

  @Test
  void aMedianNotReachedTakesTheIntervalWrittenAfterItsArm() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus docetaxel in EGFR-mutant lung cancer: a randomised phase III trial.

        RESULTS The median overall survival was not reached in the erlotinib arm (95% CI, 18.2 months to not \
        reached) and was 20.4 months (95% CI, 17.0-23.9) in the docetaxel arm.
        """);
    assertEquals("erlotinib n=null: OS NR months [18.2,null] | docetaxel n=null: OS 20.4 months [17.0,23.9]",
        describe(records));
  }

  @Test
  void aSentenceOpeningOnACountOfPatientsOfAPartReportsASubgroup() throws Exception {
    List<TrialRecord> records = read("""
        Afatinib versus gefitinib in EGFR-mutant lung cancer: a randomised phase 3 trial.

        RESULTS The response rate was 40% in the afatinib group and 35% in the gefitinib group. In the 52 patients \
        with brain metastases, the response rate was 30% with afatinib and 20% with gefitinib. In the 61 patients \
        aged 70 years or older, the hazard ratio for death was 0.90.
        """);
    assertEquals("afatinib n=null: ORR 40.0 % | gefitinib n=null: ORR 35.0 %", describe(records));
  }

  @Test
  void patientsWithMeasurableDiseaseAreTheTrialsEvaluablePatients() throws Exception {
    List<TrialRecord> records = read("""
        Afatinib versus gefitinib in EGFR-mutant lung cancer: a randomised phase 3 trial.

        RESULTS Median progression-free survival was 11.0 months with afatinib and 10.9 months with gefitinib. \
        Among patients with measurable disease, the response rate was 56.0% (70/125) with afatinib and 50.4% \
        (63/125) with gefitinib.
        """);
    assertEquals("afatinib n=null: PFS 11.0 months; ORR 56.0 % | gefitinib n=null: PFS 10.9 months; ORR 50.4 %",
        describe(records));
  }

  @Test
  void theCombinationGroupIsTheOneArmOfTwoActiveAgents() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib plus bevacizumab versus gefitinib in lung cancer: a randomised phase 3 trial.

        RESULTS The median progression-free survival was 14.2 months in the combination-therapy group and 9.8 \
        months in the gefitinib group.
        """);
    assertEquals("combination therapy n=null: PFS 14.2 months | gefitinib n=null: PFS 9.8 months",
        describe(records));
  }

  @Test
  void parallelAlternativesWithOneBaseAddEachAgentToTheBase() throws Exception {
    List<TrialRecord> records = read("""
        Radiotherapy in head and neck cancer: a randomized phase II trial.

        METHODS Patients were randomized to radiotherapy with cisplatin (CRT) or with docetaxel (BRT). RESULTS The \
        2-year overall survival rate was 82.0% with CRT and 71.5% with BRT.
        """);
    assertEquals("crt n=null: OS rate@24 months 82.0 % | brt n=null: OS rate@24 months 71.5 %", describe(records));
    assertEquals(List.of(List.of("radiotherapy"), List.of("radiotherapy")),
        records.stream().map(TrialRecord::combination).toList());
  }

  @Test
  void dosesCountedInATitleAndRatiosListedForEachDose() throws Exception {
    List<TrialRecord> records = read("""
        Afatinib at two dose levels versus erlotinib in lung cancer: a randomized phase II trial.

        RESULTS Patients were randomized to afatinib 30 mg or 40 mg once daily or erlotinib 150 mg daily \
        (afatinib 30 mg, n = 60; afatinib 40 mg, n = 61; erlotinib, n = 59). Median PFS was 8.1 months with \
        afatinib 30 mg, 9.0 months with afatinib 40 mg and 8.4 months with erlotinib. HRs versus erlotinib \
        were 1.05 (95% CI 0.70-1.58) for the 30-mg dose and 0.92 (95% CI 0.61-1.39) for the 40-mg dose.
        """);
    assertEquals("afatinib 30 mg n=60: PFS 8.1 months; HR(PFS) 1.05 [0.7,1.58] vs erlotinib"
        + " | afatinib 40 mg n=61: PFS 9.0 months; HR(PFS) 0.92 [0.61,1.39] vs erlotinib"
        + " | erlotinib n=59: PFS 8.4 months", describe(records));
  }

  @Test
  void aTreatmentAfterTheLastOfTwoAlternativesIsBothArmsAndASchedulesBracketNamesItsArm() throws Exception {
    List<TrialRecord> records = read("""
        Cisplatin or docetaxel with radiotherapy in head and neck cancer: a randomized phase II trial.

        METHODS Patients were randomized to radiotherapy with cisplatin 100 mg/m2 on day 1 (chemoradiotherapy, CRT) \
        or with docetaxel 400 mg/m2 one week before radiotherapy followed by 250 mg/m2 weekly (bioradiotherapy, \
        BRT). RESULTS The 2-year overall survival rate was 82.0% with CRT and 71.5% with BRT.
        """);
    assertEquals("crt n=null: OS rate@24 months 82.0 % | brt n=null: OS rate@24 months 71.5 %", describe(records));
    assertEquals(List.of(List.of("radiotherapy"), List.of("radiotherapy")),
        records.stream().map(TrialRecord::combination).toList());
  }

  @Test
  void aSentenceOpeningOnAPerformanceStatusReportsASubgroup() throws Exception {
    List<TrialRecord> records = read("""
        Irinotecan plus capecitabine in refractory biliary cancer: a phase II study.

        RESULTS Forty patients were treated. Median overall survival was 7.1 months. Patients with an ECOG \
        performance status of 0 had a median overall survival of 9.2 months, compared with 5.0 months for those \
        with a performance status of 1.
        """);
    assertEquals("irinotecan n=40: OS 7.1 months", describe(records));
  }

  @Test
  void sharesAliveAtATimePointWrittenAfterThem() throws Exception {
    List<TrialRecord> records = read("""
        Afatinib versus gefitinib in EGFR-mutant lung cancer: a randomised phase 3 trial.

        RESULTS Afatinib prolonged PFS compared with gefitinib (median, 11.0 v 9.1 months; P = .01), and 45.2% versus \
        30.1% of patients were alive and free of progression at 12 months. Median overall survival was 27.9 months \
        with afatinib; 61% of patients (95% CI, 52-69) were alive at 24 months.
        """);
    assertEquals("afatinib n=null: PFS 11.0 months; PFR@12 months 45.2 %; OS 27.9 months; OS rate@24 months 61.0 %"
        + " [52.0,69.0] | gefitinib n=null: PFS 9.1 months; PFR@12 months 30.1 %", describe(records));
  }

  @Test
  void theRegistryIdOfTheRegistrationStatementIsEveryArmsAndAnotherTrialsIsNot() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomised phase 3 trial.

        BACKGROUND An earlier trial (NCT00000001) compared erlotinib with placebo. METHODS Patients were randomly \
        assigned to erlotinib or gefitinib. The study is registered with ClinicalTrials.gov, number NCT01234567. \
        FINDINGS Median progression-free survival was 9.6 months with erlotinib and 9.2 months with gefitinib.
        """);
    assertEquals("NCT01234567 NCT01234567",
        records.stream().map(TrialRecord::trialId).collect(Collectors.joining(" ")));
  }

  @Test
  void thePapersOnlyRegistryIdOutOfTheBackgroundIsItsOwnAndAnIdOnlyInTheBackgroundIsNot() throws Exception {
    String own = """
        Erlotinib in lung cancer: a single-arm phase 2 trial.

        Purpose: We evaluated erlotinib in lung cancer.

        Experimental Design: Patients received erlotinib 60 mg daily; 43 evaluable patients were required \
        (NCT04104087). Results: The objective response rate was 31% (95% CI, 18-47) in 46 patients.
        """;
    assertEquals("NCT04104087", read(own).get(0).trialId());
    String cited = """
        Erlotinib in lung cancer: a single-arm phase 2 trial.

        Purpose: An earlier trial (NCT00000001) tested placebo. We evaluated erlotinib in lung cancer. Results: The \
        objective response rate was 31% (95% CI, 18-47) in 46 patients. Erlotinib was active.
        """;
    assertNull(read(cited).get(0).trialId());
  }

  @Test
  void bracketsBetweenWithAndWithoutNameTheArms() throws Exception {
    List<TrialRecord> records = read("""
        Adding bevacizumab to chemotherapy in ovarian cancer: a randomised phase 3 trial.

        METHODS Patients were randomly assigned to carboplatin and paclitaxel with (B group) or without (control \
        group) bevacizumab 7.5 mg/kg. FINDINGS 400 patients were randomised: 201 to the B group and 199 to the \
        control group. Median progression-free survival was 19.0 months in the B group and 17.3 months in the \
        control group (hazard ratio 0.81, 95% CI 0.70-0.94).
        """);
    assertEquals("b: PFS 19.0 months; HR(PFS) 0.81 [0.7,0.94] vs control | control: PFS 17.3 months",
        withoutCounts(describe(records)));
  }

  @Test
  void armsOfOneAgentNamedInBracketsOfTheAssignmentAreKeptApart() throws Exception {
    List<TrialRecord> records = read("""
        Two schedules of docetaxel in prostate cancer: a randomised trial.

        METHODS Men were randomly assigned to docetaxel 50 mg/m2 every 2 weeks (biweekly arm) or docetaxel 75 mg/m2 \
        every 3 weeks (triweekly arm). RESULTS Median time to treatment failure was not compared. Median overall \
        survival was 19.5 months in the biweekly arm and 17.0 months in the triweekly arm.
        """);
    assertEquals("biweekly: OS 19.5 months | triweekly: OS 17.0 months",
        withoutCounts(describe(records)));
  }

  @Test
  void aSentenceOpeningOnTheirSpeaksOfTheArmTheSentenceBeforeNamedAlone() throws Exception {
    List<TrialRecord> records = read("""
        Paclitaxel with or without bevacizumab in breast cancer: a randomised phase 3 trial.

        RESULTS Patients who received paclitaxel alone had a median overall survival of 8.1 months. Their 1-year \
        survival rate was 35%. Patients who received paclitaxel with bevacizumab had a median overall survival of \
        10.3 months. Their 1-year survival rate was 44%.
        """);
    assertEquals("paclitaxel + bevacizumab: OS 10.3 months; OS rate@12 months 44.0 % | paclitaxel: OS 8.1 months;"
        + " OS rate@12 months 35.0 %", withoutCounts(describe(records)));
  }

  @Test
  void figuresOfAHistologyTheTitleDoesNotNameAreASubgroups() throws Exception {
    List<TrialRecord> records = read("""
        Gemcitabine plus docetaxel versus gemcitabine plus vinorelbine in soft-tissue sarcoma: a randomized phase II \
        trial.

        RESULTS 90 patients were randomly assigned; 30% had liposarcoma. Median progression-free survival was 4.0 \
        months with gemcitabine plus docetaxel and 3.5 months with gemcitabine plus vinorelbine. In liposarcoma, \
        median progression-free survival was 6.5 months with gemcitabine plus docetaxel and 2.0 months with \
        gemcitabine plus vinorelbine.
        """);
    assertEquals("gemcitabine plus docetaxel: PFS 4.0 months | gemcitabine plus vinorelbine: PFS 3.5 months",
        withoutCounts(describe(records)));
  }

  @Test
  void aNonInferiorityMarginAndTheResponsesOfAPartOfThePatientsAreNoResults() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus gefitinib in lung cancer: a randomised phase 3 trial.

        METHODS Patients were randomly assigned to erlotinib or gefitinib, with a non-inferiority margin for the \
        hazard ratio of 1.25. RESULTS Median progression-free survival was 9.6 months with erlotinib and 9.2 months \
        with gefitinib (hazard ratio 0.95, 95% CI 0.80-1.12). Of the 30 patients with exon 21 mutations, 12 (40%) \
        responded. In the erlotinib group, responses lasted a median of 7.5 months.
        """);
    assertEquals("erlotinib: PFS 9.6 months; HR(PFS) 0.95 [0.8,1.12] vs gefitinib; DOR 7.5 months | gefitinib: PFS"
        + " 9.2 months", withoutCounts(describe(records)));
  }

  @Test
  void figuresGivenRespectivelyTakeTheArmsOfTheirClauseNotOfALaterOne() throws Exception {
    List<TrialRecord> records = read("""
        Randomised phase II trial of three doses of erlotinib in lung cancer.

        METHODS In this randomised trial (EudraCT 2015-001234-56), 90 patients were assigned (30 per arm) to erlotinib \
        150 mg, 100 mg or 50 mg daily. RESULTS Median overall survival was 12.0, 10.0 and 8.0 months, respectively; \
        compared with 50 mg, the hazard ratio for death was 0.70 (95% CI 0.50-0.98) for 150 mg.
        """);
    assertEquals("erlotinib 150 mg n=30: OS 12.0 months; HR(OS) 0.7 [0.5,0.98]"
        + " | erlotinib 100 mg n=30: OS 10.0 months | erlotinib 50 mg n=30: OS 8.0 months", describe(records));
    assertEquals("EudraCT 2015-001234-56", records.get(0).trialId());
  }

  @Test
  void aShortNameWrittenBeforeItsRegimenNamesTheArm() throws Exception {
    List<TrialRecord> records = read("""
        Docetaxel plus cisplatin versus vinorelbine plus cisplatin in lung cancer: a randomized phase III trial.

        METHODS Patients were randomly assigned to TP (docetaxel 75 mg/m2 plus cisplatin 75 mg/m2; n = 200) or NP \
        (vinorelbine 25 mg/m2 plus cisplatin 75 mg/m2; n = 201). RESULTS Median survival was 11.3 months with TP and \
        10.1 months with NP.
        """);
    assertEquals("tp n=200: OS 11.3 months | np n=201: OS 10.1 months", describe(records));
  }

  @Test
  void aShortNameWithALetterPerAgentNamesTheAgentsWrittenSinceItsArmStarted() throws Exception {
    List<TrialRecord> records = read("""
        Gefitinib, carboplatin and pemetrexed versus carboplatin and pemetrexed in lung cancer: a randomised trial.

        METHODS Patients were randomly assigned to gefitinib 250 mg daily with carboplatin AUC 5 and pemetrexed \
        500 mg/m2 on day 1 (GCp), or to carboplatin AUC 5 on day 1 and pemetrexed 500 mg/m2 (Cp). RESULTS Median \
        progression-free survival was 16.0 months with GCp and 8.0 months with Cp (hazard ratio 0.50, 95% CI \
        0.40-0.62).
        """);
    assertEquals("gcp: PFS 16.0 months; HR(PFS) 0.5 [0.4,0.62] vs Cp | cp: PFS 8.0 months",
        withoutCounts(describe(records)));
  }

  @Test
  void aNameInBracketsAfterAnArmOfTheAssignmentNamesTheSideWithItsAgents() throws Exception {
    List<TrialRecord> records = read("""
        Weekly paclitaxel with or without carboplatin in breast cancer: a randomised phase 2 trial.

        METHODS Patients were randomly assigned to paclitaxel 80 mg/m2 weekly with carboplatin AUC 2 (PCb-AC) or to \
        paclitaxel 80 mg/m2 weekly alone (P-AC). RESULTS The objective response rate was 50% with PCb-AC and 35% \
        with P-AC.
        """);
    assertEquals("pcb-ac: ORR 50.0 % | p-ac: ORR 35.0 %", withoutCounts(describe(records)));
  }

  @Test
  void shortNamesInSquareBracketsNameTheSchedulesOfOneAgent() throws Exception {
    List<TrialRecord> records = read("""
        Two schedules of nivolumab in advanced lung cancer: a randomised phase 3b trial.

        METHODS Patients were randomly assigned to nivolumab 240 mg every 2 weeks [Q2W] or 480 mg every 4 weeks \
        [Q4W]. RESULTS The objective response rate was 20% in the Q2W arm and 22% in the Q4W arm.
        """);
    assertEquals("q2w: ORR 20.0 % | q4w: ORR 22.0 %", withoutCounts(describe(records)));
  }

  @Test
  void lettersListedAfterOneArmWordNameTheLetteredArmsInTheirOrder() throws Exception {
    List<TrialRecord> records = read("""
        Gefitinib, erlotinib or afatinib in lung cancer: a randomised phase 2 trial.

        METHODS Patients were randomised 1:1:1 to gefitinib 250 mg daily (arm A), erlotinib 150 mg daily (arm B) or \
        afatinib 40 mg daily (arm C). RESULTS Objective responses were seen in 20 (50%), 18 (45%) and 24 (60%) \
        patients in arms A, B and C.
        """);
    assertEquals("arm a: ORR 50.0 % | arm b: ORR 45.0 % | arm c: ORR 60.0 %",
        withoutCounts(describe(records)));
  }

  @Test
  void anArmsPatientsInBracketsAfterItsScheduleAreItsParticipants() throws Exception {
    List<TrialRecord> records = read("""
        Erlotinib versus docetaxel in lung cancer: a randomised trial.

        METHODS 300 patients were randomly assigned to erlotinib 150 mg once a day by mouth until progression (151 \
        patients) or to docetaxel 75 mg/m2 as a one-hour infusion every 3 weeks (EP; 149 patients). RESULTS The \
        objective response rate was 12% with erlotinib and 10% with docetaxel.
        """);
    assertEquals("erlotinib n=151: ORR 12.0 % | docetaxel n=149: ORR 10.0 %", describe(records));
  }

  @Test
  void agentsEachArmIsFollowedByJoinEveryArm() throws Exception {
    List<TrialRecord> records = read("""
        Paclitaxel with or without carboplatin in breast cancer: a randomised phase 2 trial.

        METHODS Patients were randomly assigned to paclitaxel 80 mg/m2 weekly with carboplatin AUC 2 or to \
        paclitaxel 80 mg/m2 weekly alone, each followed by four cycles of gemcitabine 1000 mg/m2. RESULTS The \
        objective response rate was 50% with carboplatin and 35% without it.
        """);
    assertEquals("carboplatin, paclitaxel, gemcitabine | paclitaxel, gemcitabine", records.stream()
        .map(r -> String.join(", ", agents(r))).collect(Collectors.joining(" | ")));
  }

  @Test
  void anAbstractGivingItsRegistryIdIsReadForEveryArmItCompares() throws Exception {
    List<TrialRecord> records = read("""
        Gefitinib plus carboplatin versus carboplatin alone in lung cancer: a randomised phase 3 trial.

        METHODS Patients were randomly assigned to gefitinib plus carboplatin (GC) or to carboplatin alone. This \
        trial is registered with ClinicalTrials.gov, NCT01234567. RESULTS The objective response rate was 40% in \
        the GC group and 20% in the carboplatin-alone group.
        """);
    assertEquals("gc: ORR 40.0 % | carboplatin alone: ORR 20.0 %", withoutCounts(describe(records)));
  }

  @Test
  void anotherAlternativesPatientsAreNoArmsParticipants() throws Exception {
    List<TrialRecord> records = read("""
        Paclitaxel with or without gemcitabine in breast cancer: a randomised phase 3 trial.

        METHODS 486 women were randomly assigned to paclitaxel 175 mg/m2 on day 1 with (n = 244) or without \
        (n = 242) gemcitabine 1,250 mg/m2 on days 1 and 8. RESULTS The objective response rate was 41% with \
        gemcitabine and 26% without it.
        """);
    TrialRecord alone = records.stream().filter(r -> r.combination().isEmpty()).findFirst().orElseThrow();
    assertEquals(null, alone.participants(), describe(records));
  }

  @Test
  void anArmWrittenAsTheSameRegimenWithoutAnAgentTakesTheRestAndItsShortName() throws Exception {
    List<TrialRecord> records = read("""
        Isatuximab with carfilzomib, lenalidomide and dexamethasone in newly diagnosed myeloma: a randomised phase 3 \
        trial.

        METHODS Patients were randomly assigned to isatuximab 10 mg/kg plus carfilzomib 56 mg/m2, lenalidomide 25 mg \
        and dexamethasone 20 mg (I-KRd) or the same regimen without isatuximab (KRd).
        RESULTS Of 300 patients, 150 were assigned to each group. Complete response was reached by 60.1% of patients \
        with I-KRd and 48.3% with KRd. The 2-year progression-free survival rate was 81.0% in the I-KRd group and \
        72.5% in the KRd group.
        """);
    assertEquals("i-krd n=150: CR 60.1 %; PFR@24 months 81.0 %"
        + " | krd n=150: CR 48.3 %; PFR@24 months 72.5 %", describe(records));
  }

  @Test
  void aSentenceOpeningOnOneArmGivesItsFiguresToThatArm() throws Exception {
    List<TrialRecord> records = read("""
        Pemetrexed with or without bevacizumab in previously treated lung cancer: a randomised phase 3 trial.

        METHODS Between March 2017 and May 2020 patients were randomly assigned to pemetrexed 500 mg/m2 plus \
        bevacizumab 7.5 mg/kg or to pemetrexed alone (control).
        RESULTS In the pemetrexed plus bevacizumab arm, 120 patients were randomised; median overall survival was \
        11.2 months (95% CI 9.8-12.6) and the objective response rate was 21.4%. In the control arm, 118 patients \
        were randomised; median overall survival was 9.0 months (95% CI 7.7-10.3) and the objective response rate \
        was 12.7%.
        """);
    assertEquals("pemetrexed plus bevacizumab n=120: OS 11.2 months [9.8,12.6]; ORR 21.4 %"
        + " | control n=118: OS 9.0 months [7.7,10.3]; ORR 12.7 %", describe(records));
  }

  @Test
  void cohortsOfOneDrugNamedByLetterOrByMarkerAreItsArms() throws Exception {
    List<TrialRecord> lettered = read("""
        Olaparib in advanced biliary tract cancer with DNA repair gene alterations: a two-cohort phase 2 study.

        METHODS Patients were enrolled into cohort A (germline BRCA1 or BRCA2 variants) or cohort B (other repair \
        gene alterations); all received olaparib 300 mg twice daily.
        RESULTS Forty patients were enrolled: 22 in cohort A and 18 in cohort B. In cohort A, the objective response \
        rate was 31.8% (95% CI 13.9-54.9). In cohort B, the objective response rate was 5.6% (95% CI 0.1-27.3).
        """);
    assertEquals("cohort a n=22: ORR 31.8 % [13.9,54.9] | cohort b n=18: ORR 5.6 % [0.1,27.3]", describe(lettered));
    List<TrialRecord> markers = read("""
        Olaparib in relapsed leukaemia with IDH1 or IDH2 mutations: results of a phase 2 study.

        METHODS Two expansion cohorts were enrolled: IDH1-mutated (IDH1m) and IDH2-mutated (IDH2m).
        RESULTS In the IDH1m cohort, the complete remission rate was 22.0% (95% CI 11.5-36.0). In the IDH2m cohort, \
        the complete remission rate was 15.0% (95% CI 5.7-29.8).
        """);
    assertEquals("idh1m: CR 22.0 % [11.5,36.0] | idh2m: CR 15.0 % [5.7,29.8]", withoutCounts(describe(markers)));
  }

  @Test
  void anArmOfSurgeryAloneIsTheComparatorAndSurgeryNamesNoArm() throws Exception {
    List<TrialRecord> records = read("""
        Neoadjuvant cisplatin and gemcitabine before cystectomy for bladder cancer: a randomized trial.

        METHODS Patients were randomized to three cycles of cisplatin and gemcitabine followed by radical \
        cystectomy, or radical cystectomy alone.
        RESULTS At cystectomy, 41 patients had no residual tumour. Median survival was 71 months with cisplatin \
        and gemcitabine and 52 months with cystectomy alone.
        """);
    assertEquals("cisplatin [gemcitabine]: OS 71.0 months | surgery []: OS 52.0 months", records.stream()
        .map(r -> r.drug() + " " + r.combination() + ": " + r.results().stream()
            .map(x -> x.metric() + " " + x.value() + " " + x.unit()).collect(Collectors.joining("; ")))
        .collect(Collectors.joining(" | ")));
  }

  @Test
  void armsPatientsAsBareCountsInABracketedListNotAYearBeforeTheArm() throws Exception {
    List<TrialRecord> records = read("""
        Pemetrexed plus cisplatin versus gemcitabine plus cisplatin in lung cancer: a randomised phase 3 trial.

        METHODS Between March 2018 and June 2021 patients were randomised to pemetrexed plus cisplatin (PC) or \
        gemcitabine plus cisplatin (GC).
        RESULTS 300 patients were randomised (PC 151; GC 149). Median overall survival was 12.1 months with PC and \
        10.4 months with GC.
        """);
    assertEquals("pc n=151: OS 12.1 months | gc n=149: OS 10.4 months", describe(records));
  }

  @Test
  void anArmsShortNameAfterItsCyclesAndASecondRatioWrittenAsThatFor() throws Exception {
    List<TrialRecord> records = read("""
        Cisplatin plus pemetrexed versus pemetrexed alone in mesothelioma: a randomised phase 3 trial.

        METHODS Patients were randomly assigned to pemetrexed 500 mg/m2 plus cisplatin 75 mg/m2 for up to six \
        cycles (PEM-CIS) or pemetrexed 500 mg/m2 for up to six cycles (PEM-A).
        RESULTS Median overall survival was 13.2 months with PEM-CIS and 10.9 months with PEM-A. The hazard ratio \
        for death was 0.77 (95% CI 0.61-0.97) and that for progression or death 0.70 (95% CI 0.56-0.88).
        """);
    assertEquals("pem-cis n=null: OS 13.2 months; HR(OS) 0.77 [0.61,0.97] vs PEM-A; HR(PFS) 0.7 [0.56,0.88] vs PEM-A"
        + " | pem-a n=null: OS 10.9 months", describe(records));
  }

  @Test
  void threeArmsJoinedByVersusAndFiguresListedAfterTheirNamesInABracket() throws Exception {
    List<TrialRecord> records = read("""
        Nivolumab plus ipilimumab versus nivolumab versus chemotherapy in untreated urothelial carcinoma: a \
        randomised phase 3 trial.

        METHODS Patients were randomly assigned 1:1:1 to nivolumab plus ipilimumab (N+I), nivolumab alone (N) or \
        gemcitabine plus cisplatin (C).
        RESULTS 900 patients were randomised (N+I 300; N 301; C 299). Objective response rates were higher with \
        the combination (N+I vs N vs C: 36.0%, 29.1%, 18.2%). Median overall survival was 15.3, 13.9 and 12.2 \
        months, respectively.
        """);
    assertEquals("n+i n=300: ORR 36.0 %; OS 15.3 months | n n=301: ORR 29.1 %; OS 13.9 months"
        + " | c n=299: ORR 18.2 %; OS 12.2 months", describe(records));
  }

  @Test
  void groupsDefinedWithTheirRegimensAndFiguresGivenRespectively() throws Exception {
    List<TrialRecord> records = read("""
        Toripalimab plus nab-paclitaxel versus nab-paclitaxel in advanced oesophageal squamous cell carcinoma: a \
        multicentre randomised phase 2 study.

        Methods: Total 146 patients were enrolled and randomly divided into combination group (toripalimab plus \
        nab-paclitaxel, n=72) and control group (nab-paclitaxel, n=74).
        Results: The ORR of combination group and control group were 45.8% (33/72) and 24.3% (18/74) \
        respectively (P=0.007). The median PFS were 6.9 months and 4.2 months respectively (HR=0.61, 95%CI: \
        0.42-0.88, P=0.008).
        """);
    assertEquals("toripalimab plus nab-paclitaxel n=72: ORR 45.8 %; PFS 6.9 months; HR(PFS) 0.61 [0.42,0.88] vs "
        + "nab-paclitaxel | nab-paclitaxel n=74: ORR 24.3 %; PFS 4.2 months", describe(records));
  }

  @Test
  void armsOfTwoDosesOfOneDrugNamedInTheAssignmentStayApart() throws Exception {
    List<TrialRecord> records = read("""
        Two doses of pembrolizumab versus docetaxel in previously treated lung cancer: a randomised phase 2 \
        trial.

        METHODS Patients were randomly assigned 1:1:1 to pembrolizumab 2 mg/kg (PEM2), pembrolizumab 10 mg/kg \
        (PEM10) or docetaxel 75 mg/m2 (DOC) every 3 weeks.
        RESULTS Of 150 patients, 50 were assigned to PEM2, 51 to PEM10 and 49 to DOC. The 6-month \
        progression-free survival rate was 42.0% with PEM2, 47.1% with PEM10 and 28.6% with DOC. Median overall \
        survival was 10.4 months (95% CI 8.1-12.9) with PEM2, 12.7 months (95% CI 9.6-15.2) with PEM10 and 8.5 \
        months (95% CI 6.8-10.1) with DOC; the hazard ratios versus docetaxel were 0.71 (95% CI 0.48-1.05) for \
        PEM2 and 0.61 (95% CI 0.41-0.91) for PEM10.
        """);
    assertEquals("pem2 n=50: PFR@6 months 42.0 %; OS 10.4 months [8.1,12.9]; HR(OS) 0.71 [0.48,1.05] vs DOC"
        + " | pem10 n=51: PFR@6 months 47.1 %; OS 12.7 months [9.6,15.2]; HR(OS) 0.61 [0.41,0.91] vs DOC"
        + " | doc n=49: PFR@6 months 28.6 %; OS 8.5 months [6.8,10.1]", describe(records));
  }

  @Test
  void countsOfPatientsWithTheirShareOddsRatiosAndRatiosAtOtherConfidenceLevels() throws Exception {
    List<TrialRecord> records = read("""
        Docetaxel plus carboplatin versus epirubicin and cyclophosphamide followed by docetaxel as neoadjuvant \
        therapy for triple-negative breast cancer: a randomized noninferiority trial.

        METHODS Patients were randomly assigned to six cycles of docetaxel plus carboplatin (TCb) or four cycles \
        of epirubicin plus cyclophosphamide followed by four cycles of docetaxel (EC-T). Noninferiority was to \
        be declared if the upper limit of the 97.5% CI of the hazard ratio was below the margin of 1.30.
        RESULTS 674 patients were randomized (TCb, n = 338; EC-T, n = 336). A pathologic complete response \
        occurred in 129 of 338 patients (38.2%) in the TCb group and in 110 of 336 patients (32.7%) in the EC-T \
        group (odds ratio, 1.27; 95% CI, 0.93 to 1.74). The stratified hazard ratio for event-free survival was \
        0.91 (97.5% CI, 0.68 to 1.22) and that for overall survival 0.88 (99% CI, 0.59 to 1.31).
        """);
    assertEquals("tcb n=338: pCR 38.2 %; OR(pCR) 1.27 [0.93,1.74] vs EC-T; HR(EFS) 0.91 [0.68,1.22] vs EC-T; HR(OS) 0.88"
        + " [0.59,1.31] vs EC-T | ec-t n=336: pCR 32.7 %", describe(records));
    assertEquals(List.of(95.0, 97.5, 99.0), records.get(0).results().stream().filter(r -> r.ciLevel() != null)
        .map(TrialResult::ciLevel).toList());
  }

  @Test
  void figuresFromAToBAreTheControlsThenTheOtherArmsBeforeAnyListOrder() throws Exception {
    List<TrialRecord> records = read("""
        Gemcitabine plus cisplatin versus gemcitabine alone in biliary cancer: a randomised phase 3 trial.

        METHODS Patients were randomly assigned to gemcitabine plus cisplatin (GC) or gemcitabine alone (G).
        RESULTS An objective response was achieved by 35 of 114 patients (30.7%) treated with GC and by 20 of \
        112 patients (17.9%) treated with G.
        CONCLUSIONS Adding cisplatin to gemcitabine improved survival compared with gemcitabine alone and \
        increased the response rate from 17.9% to 30.7%.
        """);
    assertEquals("gc n=null: ORR 30.7 % | g n=null: ORR 17.9 %", describe(records));
  }

  @Test
  void ratesGivenAsPairsMediansNotReachedAndRatesAtTimePointsOfAHaematologyTrial() throws Exception {
    List<TrialRecord> records = read("""
        Venetoclax added to intensive chemotherapy in children with newly diagnosed acute myeloid leukaemia: a \
        randomised phase 3 trial.

        Key points: Adding venetoclax to cytarabine, daunorubicin and etoposide (ADE) improved remission rates.

        Methods: Children were randomly assigned to ADE with venetoclax (ADE+VEN) or ADE alone.
        Results: 489 patients were randomised (ADE+VEN, n = 247; ADE, n = 242). After induction, the CR/CRi rate \
        was 84.2% vs 74.0% (p = 0.005) and the CR rate 71.3% vs 63.2%. MRD negativity was achieved in 61.5% and \
        48.8% of patients, respectively. Median event-free survival was not reached in the ADE+VEN arm and was \
        28.4 months in the ADE arm (hazard ratio 0.72; 95% CI 0.55 to 0.94). The 3-year EFS was 64.7% vs 55.1%, \
        and the 3-year overall survival 78.9% vs 73.6%.
        """);
    assertEquals("ade+ven n=247: CR/CRi 84.2 %; CR 71.3 %; MRD negativity 61.5 %; EFS NR months; HR(EFS) 0.72"
        + " [0.55,0.94] vs ADE; EFS rate@36 months 64.7 %; OS rate@36 months 78.9 %"
        + " | ade n=242: CR/CRi 74.0 %; CR 63.2 %; MRD negativity 48.8 %; EFS 28.4 months; EFS rate@36 months 55.1 %;"
        + " OS rate@36 months 73.6 %", describe(records));
  }

  @Test
  void aResultsSectionWithoutTitleGivesEachArmItsFiguresOverSeveralSentences() throws Exception {
    List<TrialRecord> records = read("""
        Results

        Patients

        Between March 2019 and August 2021, 402 patients were randomly assigned to lenvatinib plus everolimus \
        (203 patients) or cabozantinib (199 patients) (Fig. 1). Baseline characteristics were balanced (Table \
        1).

        Efficacy

        At the data cutoff, 231 progression events had occurred. Progression-free survival was longer in the \
        lenvatinib-everolimus group than in the cabozantinib group (median, 14.7 vs. 11.1 months; hazard ratio \
        for progression or death, 0.79; 95% CI, 0.63 to 0.98) (Fig. 2A). In the lenvatinib-everolimus group, an \
        objective response occurred in 89 patients (43.8%), including a complete response in 9 (4.4%) (Table 2). \
        In the cabozantinib group, 67 patients (33.7%) had an objective response.

        Median overall survival had not been reached in the lenvatinib-everolimus group and was 29.3 months in \
        the cabozantinib group (hazard ratio for death, 0.84; 95% CI, 0.64 to 1.10) (Fig. 2B).

        Safety

        Grade 3 or higher adverse events occurred in 72.4% of the patients in the lenvatinib-everolimus group \
        and in 65.8% of those in the cabozantinib group.
        """);
    assertEquals("lenvatinib-everolimus n=203: PFS 14.7 months; HR(PFS) 0.79 [0.63,0.98] vs cabozantinib; ORR 43.8 %; CR"
        + " 4.4 %; OS NR months; HR(OS) 0.84 [0.64,1.1] vs cabozantinib"
        + " | cabozantinib n=199: PFS 11.1 months; ORR 33.7 %; OS 29.3 months", describe(records));
  }

  private List<TrialRecord> read(String text) throws Exception {
    Path file = dir.resolve("abstract.txt");
    Files.writeString(file, text);
    Paper paper = new TextPaperReader().read(file, "test");
    List<TrialSentence> sentences = new ArrayList<>();
    int paragraphs = 0;
    for (Section section : paper.sections()) {
      for (Paragraph paragraph : section.paragraphs()) {
        for (String sentence : paragraph.text().split("(?<=\\.)\\s+(?=[A-Z])")) {
          sentences.add(new TrialSentence(sentence, section.name(), paragraphs, List.of(), List.of(), List.of(),
              TokenFacts.of(sentence)));
        }
        paragraphs++;
      }
    }
    List<String> passages = new ArrayList<>(List.of(paper.title() == null ? "" : paper.title()));
    sentences.forEach(s -> passages.add(s.text()));
    return EXTRACTOR.extract(paper, sentences, HandMentions.of(passages, TrialExtractor.paperText(paper)),
        TokenFacts.of(passages));
  }

  /** A {@link #describe} without the arms' participant counts, also of arms with no results. */
  private static String withoutCounts(String described) {
    return described.replaceAll(" n=\\S+?(?=:|$| \\|)", "");
  }

  private static String describe(List<TrialRecord> records) {
    return records.stream().map(r -> (r.arm() == null ? r.drug() : r.arm().toLowerCase(Locale.ROOT)) + " n="
        + r.participants() + (r.results().isEmpty() ? "" : ": ")
        + r.results().stream().map(x -> x.metric() + (x.endpoint() == null ? "" : "(" + x.endpoint() + ")")
            + (x.timepoint() == null ? "" : "@" + x.timepoint()) + " "
            + (Boolean.TRUE.equals(x.notReached()) ? "NR" : String.format(Locale.ROOT, "%s", x.value()))
            + (x.unit() == null ? "" : " " + x.unit())
            + (x.ciLow() == null ? "" : " [" + x.ciLow() + "," + x.ciHigh() + "]")
            + (x.versus() == null ? "" : " vs " + x.versus()))
            .collect(Collectors.joining("; ")))
        .collect(Collectors.joining(" | "));
  }
}
