package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Response figures read from table cells and sentences, written as "metric value unit [low-high] @arm"; the texts'
 * trial facts (qualifiers, CI levels) are the trial annotator's over tokens ({@link TokenFacts}).
 */
class ResponseParserTest {

  private static final ResponseParser PARSER = new ResponseParser(TrialVocabulary.load());

  private static String read(String text) {
    return PARSER.parse(new TextWithFacts(text, TokenFacts.of(text))).stream().map(ResponseParserTest::show)
        .collect(Collectors.joining("; "));
  }

  private static String show(TrialResult r) {
    String s = r.metric() + " " + num(r.value()) + " " + r.unit();
    if (r.ciLow() != null) {
      s += " [" + num(r.ciLow()) + "-" + num(r.ciHigh()) + "]";
    }
    return r.arm() == null ? s : s + " @" + r.arm();
  }

  private static String num(Double d) {
    return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
  }

  @Test
  void qualifiedRatesKeepTheFigureNotTheQualifier() {
    assertEquals("PR 16 %; SD 49 %", read("PR, 16%; SD > 24 weeks: 49%."));
    assertEquals("CBR 40 %; PFR 52 %; OS rate 80 %",
        read("CR + PR + SD (\\geq 9 months), 40%; PFS rate at 9 months, 52%; OS rate at 9 months, 80%"));
    assertEquals("tumor response rate 44 %; SD 22.2 %", read("Tumor response rate, 44%; SD for 12 months, 22.2%"));
  }

  @Test
  void qualifiersAndCiLevelsAreNeverFiguresThoughWrittenLikeOne() {
    assertEquals("SD 30 %", read("SD for 6 months, 30%"));
    assertEquals("PFS 52 %", read("PFS at 6-month, 52%"));
    assertEquals("ORR 20 % [10-30]", read("ORR, 20% (95% CI 10-30)"));
  }

  @Test
  void aCiIsALabelledIntervalInBracketsRightAfterTheFigure() {
    assertEquals("ORR 20 % [10-30]; PFS 3.1 months [2.5-4]", read("ORR, 20% (CI, 10 to 30); PFS, 3.1 months [95% "
        + "confidence interval 2.5-4.0 months]"));
    assertEquals("ORR 20 %", read("ORR, 20% (10-30)"));
    assertEquals("ORR 20 %", read("ORR, 20%, 95% CI 10-30"));
  }

  @Test
  void confidenceIntervalsInEveryWriting() {
    assertEquals("ORR 1.6 % [0-8.8]; CBR 1.7 % [0-8.9]; PFS 1.94 months [1.45-2.1]",
        read("Objective response rate, 1.6% (95%CI 0-8.8%); CBR, 1.7% (95% CI, 0-8.9%); "
            + "PFS, 1.94 months (95% CI 1.45-2.1 months)."));
    assertEquals("PFS 10.3 months [9.1-11.5]", read("The median PFS was 10.3 months (95% CI: 9.1–11.5)."));
  }

  @Test
  void bareRateAfterSeparatorIsPercentButCountsAreNot() {
    assertEquals("CR 0 %; PR 0 %; SD 50 %; PFS 2.21 weeks [0-23.2]",
        read("CR, 0; PR, 0; SD, 50%; PFS, 2.21 weeks (95% CI 0–23.2)"));
    assertEquals("", read("PR 2"));
    assertEquals("CR 12 %", read("Complete response 5 (12%)"));
  }

  @Test
  void subgroupsAndArmsAfterFor() {
    assertEquals("PFR 12 % @rhabdomyosarcoma; PFR 11 % @Ewing family of tumors; PFS 6.1 weeks @rhabdomyosarcoma",
        read("12-week PFR, 12% for rhabdomyosarcoma and 11% for Ewing family of tumors. "
            + "Median PFS, 6.1 weeks for rhabdomyosarcoma."));
    assertEquals("PFS 1.8 months [1.8-9.7] @arm A; PFS 1.9 months [1.8-5.4] @arm C; OS 10.4 months [3.9-18.9] @arm A",
        read("PFS, 1.8 months (95% CI 1.8–9.7) for MK plus gemcitabine (arm A), and 1.9 months (95% CI 1.8–5.4) "
            + "for gemcitabine and erlotinib (arm C); OS, 10.4 months (95% CI 3.9–18.9) for arm A."));
    assertEquals("ORR 49 % @XELIRI; ORR 48 % @FOLFIRI",
        read("ORR was 49% in the XELIRI and 48% in the FOLFIRI arm (p = 0.76)."));
  }

  @Test
  void respectivelyDistributesArmsAndMetrics() {
    assertEquals("PFS 3 months [1.5-3.6] @topotecan; PFS 1.2 months [1.1-1.4] @linsitinib",
        read("The response to linsitinib is inferior to the topoisomerase inhibitor topotecan, with median "
            + "progression-free survival of 3.0 (95% CI 1.5–3.6) and 1.2 (95% CI 1.1–1.4) months for topotecan and "
            + "linsitinib, respectively [159]."));
    assertEquals("CBR 40 %; PFS 52 %; OS 80 %",
        read("the rate of 9-month clinical benefit, progression-free survival, and overall survival at 9 months "
            + "was 40%, 52% and 80%, respectively [162]."));
  }

  @Test
  void sentenceFiguresAndNegatedResponses() {
    assertEquals("CR 0.7 %; PR 11 %; SD 21 %",
        read("treatment with figitumumab results in complete response in 0.7% cases, partial response in 11% "
            + "cases, and stable diseases in 21% cases [154]."));
    assertEquals("ORR 0 %; PFS 8 weeks [7-9]", read("No objective responses to treatment. PFS, 8 weeks (95% CI 7–9)"));
    assertEquals("PR 14 %; TTP 173 days; OS 262 days",
        read("Arm A (PC) had two partial responses (PR) (14%), one stable disease (SD). The median time to "
            + "progression was 173 days and the median survival was 262 days."));
  }

  @Test
  void rangesCitationsAndDistantNumbersAreNotFigures() {
    assertEquals("", read("the expected median OS is 20–22 months [18,19]."));
    assertEquals("", read("poor median OS in our arm is due to the fact that only 62% of patients in this arm "
        + "received a second line regimen"));
    assertEquals("", read("No improvement on OS."));
  }

  @Test
  void noFiguresNoResults() {
    assertEquals(List.of(), PARSER.parse(new TextWithFacts("This trial is still ongoing.", List.of())));
  }
}
