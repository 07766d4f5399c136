package org.litmine.pipeline.trial;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One response figure of a trial arm: "PFS, 1.94 months (95% CI 1.45-2.1 months)". */
@JsonPropertyOrder({"metric", "value", "unit", "ciLow", "ciHigh", "arm"})
public record TrialResult(String metric, Double value, String unit, Double ciLow, Double ciHigh, String arm) {}
