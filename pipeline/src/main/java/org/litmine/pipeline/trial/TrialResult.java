package org.litmine.pipeline.trial;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One figure of a trial arm: "PFS, 1.94 months (95% CI 1.45-2.1 months)", "1-year survival was 44.5% (95% CI
 * 37.9-50.9)", or a between-arm figure "hazard ratio 0.80 [95% CI 0.66-0.96]".
 *
 * <p>{@code ciLevel} is the interval's level as written (95, 97.5, 80), {@code timepoint} the time a rate is read at
 * ("12 months"), {@code notReached} marks a median not reached (no {@code value}). A between-arm figure (metric
 * {@code HR}, {@code OR}, {@code RR}) has {@code endpoint} (the outcome it compares: "OS", "PFS"), {@code arm} the arm
 * it is for and {@code versus} the arm it is compared with; {@code pValue} is the p value written with it ("0.017",
 * "<0.0001"). These fields are left out of the JSON when absent.
 */
@JsonPropertyOrder({"metric", "value", "unit", "ciLow", "ciHigh", "arm", "ciLevel", "timepoint", "notReached",
    "endpoint", "versus", "pValue"})
public record TrialResult(String metric, Double value, String unit, Double ciLow, Double ciHigh, String arm,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double ciLevel,
    @JsonInclude(JsonInclude.Include.NON_NULL) String timepoint,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean notReached,
    @JsonInclude(JsonInclude.Include.NON_NULL) String endpoint,
    @JsonInclude(JsonInclude.Include.NON_NULL) String versus,
    @JsonInclude(JsonInclude.Include.NON_NULL) String pValue) {

  @JsonCreator
  public TrialResult {}

  /** A figure of one arm with no level, time point or comparison. */
  public TrialResult(String metric, Double value, String unit, Double ciLow, Double ciHigh, String arm) {
    this(metric, value, unit, ciLow, ciHigh, arm, null, null, null, null, null, null);
  }

  /** The same figure placed in another arm. */
  public TrialResult inArm(String newArm) {
    return new TrialResult(metric, value, unit, ciLow, ciHigh, newArm, ciLevel, timepoint, notReached, endpoint,
        versus, pValue);
  }

  /**
   * Adds a figure to an arm's list once: a figure that restates one the list has (the same metric, value, unit, arm,
   * time point and comparison, and the same interval where both give one) is left out, or takes that one's place if
   * only it gives a confidence interval ("ORR 8% (97.5% CI, 4% to 14%)", later "erlotinib 8% vs docetaxel 13%").
   */
  static void addOnce(List<TrialResult> results, TrialResult r) {
    for (int i = 0; i < results.size(); i++) {
      TrialResult x = results.get(i);
      if (x.restates(r)) {
        if (x.ciLow() == null && r.ciLow() != null) {
          results.set(i, r);
        }
        return;
      }
    }
    results.add(r);
  }

  private boolean restates(TrialResult o) {
    return Objects.equals(metric, o.metric) && Objects.equals(value, o.value)
        && Objects.equals(unit, o.unit) && Objects.equals(arm, o.arm)
        && Objects.equals(timepoint, o.timepoint) && Objects.equals(notReached, o.notReached)
        && Objects.equals(endpoint, o.endpoint) && Objects.equals(versus, o.versus)
        && (ciLow == null || o.ciLow == null
            || Objects.equals(ciLow, o.ciLow) && Objects.equals(ciHigh, o.ciHigh));
  }
}
