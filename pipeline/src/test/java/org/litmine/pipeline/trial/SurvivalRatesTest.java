package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rates of survival-rates.tsv and the time-point phrases that name them. */
class SurvivalRatesTest {

  @Test
  void aPhraseNamesTheFirstRateWhoseWordsItHoldsElseTheOverallSurvivalRate() {
    assertEquals("PFR", SurvivalRates.namedBy("the 12-month progression-free survival rate"));
    assertEquals("PFR", SurvivalRates.namedBy("alive without disease progression"));
    assertEquals("DFS rate", SurvivalRates.namedBy("3-year disease free survival"));
    assertEquals("iDFS rate", SurvivalRates.namedBy("the 5-year invasive disease-free survival"));
    assertEquals("DMFS rate", SurvivalRates.namedBy("3-year distant metastasis-free survival"));
    assertEquals("MFS rate", SurvivalRates.namedBy("2-year metastasis free survival"));
    assertEquals("rPFS rate", SurvivalRates.namedBy("12-month radiographic progression-free survival"));
    assertEquals("EFS rate", SurvivalRates.namedBy("2-year EFS"));
    assertEquals("RFS rate", SurvivalRates.namedBy("5-year relapse-free survival"));
    assertEquals("OS rate", SurvivalRates.namedBy("At 12 months, 52% were alive"));
    assertEquals("OS rate", SurvivalRates.namedBy("the 1-year overall survival rate"));
  }

  @Test
  void aRateIsOfItsTimeAndNoOtherMetricIsARate() {
    assertEquals("PFS", SurvivalRates.timeOf("PFR"));
    assertEquals("OS", SurvivalRates.timeOf("OS rate"));
    assertTrue(SurvivalRates.isRate("DFS rate"));
    assertFalse(SurvivalRates.isRate("ORR"));
    assertNull(SurvivalRates.timeOf("PFS"));
  }
}
