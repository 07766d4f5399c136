package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litmine.pipeline.trial.SentenceFigures.Figure;

/** The arm a between-arm ratio is for, told by the outcomes its sentence gives both arms (FigurePlacement). */
final class RatiosByOutcome {

  /** How far from 1 (as |log ratio|) a ratio must be for the medians to tell which arm it is for (0.9 or 1.11). */
  private static final double CLEAR_RATIO = 0.105;

  private RatiosByOutcome() {}

  /**
   * A hazard ratio clearly below 1 is for the arm with the longer median of its endpoint, clearly above 1 for the
   * shorter one, where the sentence gives both arms' medians ("41 months in the surgery-only arm and 62 months in the
   * preoperative chemotherapy arm (hazard ratio, 0.79"), or else both arms' rates of that survival at one time point
   * (the higher rate as the longer median: "the 5-year overall survival was 72.3% in the RT group versus 80.4% in the
   * CRT group (HR 0.67"); a ratio of rates (odds, response rates) the other way round. Medians as close as the ratio
   * must be far from 1 (7.5 and 7.8 months) tell nothing.
   */
  static void place(List<Figure> found, List<Integer> placed) {
    for (int i = 0; i < found.size(); i++) {
      Figure ratio = found.get(i);
      if (!ratio.ratio() || ratio.endpoint() == null || Math.abs(Math.log(ratio.value())) < CLEAR_RATIO) {
        continue;
      }
      Map<Integer, Double> medians = new LinkedHashMap<>();
      Map<Integer, Double> rates = new LinkedHashMap<>();
      int first = firstRate(found, i, ratio);
      for (int k = 0; k < i; k++) {
        Figure f = found.get(k);
        if (f.ratio() || placed.get(k) == null || f.value() == null) {
          continue;
        }
        if (ratio.endpoint().equals(f.metric()) && f.timepoint() == null) {
          medians.put(placed.get(k), f.value());
        } else if (ratio.endpoint().equals(SurvivalRates.timeOf(f.metric())) && f.timepoint() != null
            && (rates.isEmpty() || f.timepoint().equals(found.get(first).timepoint()))) {
          rates.put(placed.get(k), f.value());
        }
      }
      if (medians.size() != 2) {
        medians = rates;
      }
      List<Double> values = new ArrayList<>(medians.values());
      if (medians.size() == 2 && Math.abs(Math.log(values.get(0) / values.get(1))) >= CLEAR_RATIO) {
        boolean longer = "HR".equals(ratio.metric()) == ratio.value() < 1;
        placed.set(i, medians.entrySet().stream().reduce((a, b) -> (a.getValue() > b.getValue()) == longer ? a : b)
            .orElseThrow().getKey());
      }
    }
  }

  /** The first figure before {@code i} that is a rate of the ratio's survival endpoint at a time point. */
  private static int firstRate(List<Figure> found, int i, Figure ratio) {
    for (int k = 0; k < i; k++) {
      if (!found.get(k).ratio() && found.get(k).timepoint() != null
          && ratio.endpoint().equals(SurvivalRates.timeOf(found.get(k).metric()))) {
        return k;
      }
    }
    return -1;
  }
}
