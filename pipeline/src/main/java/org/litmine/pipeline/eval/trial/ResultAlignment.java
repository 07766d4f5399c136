package org.litmine.pipeline.eval.trial;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.litmine.pipeline.trial.TrialResult;

/**
 * The figures of one trial paper, gold against predicted, whatever record of the paper holds them.
 *
 * <p>A figure's slot is its metric, arm, time point, endpoint and compared arm (a predicted arm label is first
 * translated to the gold label of the record it was matched to); its value is its value, unit, CI bounds and CI
 * level (numbers to two decimals). A gold figure is <em>right</em> when a predicted one has its slot and value,
 * <em>wrong</em> when a predicted one has its slot only (the figure was found, its value is wrong), else
 * <em>missed</em>; predicted figures left over are <em>extra</em>.
 */
final class ResultAlignment {

  /** The counts of a set of papers. */
  @JsonPropertyOrder({"gold", "predicted", "found", "right", "wrong", "missed", "extra", "foundShare",
      "rightShare", "precision"})
  public record Counts(int gold, int predicted, int found, int right, int wrong, int missed, int extra,
      double foundShare, double rightShare, double precision) {

    static Counts of(int gold, int predicted, int right, int wrong) {
      int found = right + wrong;
      return new Counts(gold, predicted, found, right, wrong, gold - found, predicted - right - wrong,
          share(found, gold), share(right, gold), share(right, predicted));
    }

    private static double share(int part, int whole) {
      return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
  }

  /** A gold figure and the predicted one in its slot with another value, for the report. */
  record WrongValue(String doc, String gold, String predicted) {}

  private int gold;
  private int predicted;
  private int right;
  private int wrong;
  private final List<WrongValue> wrongValues = new ArrayList<>();
  private final List<String> missed = new ArrayList<>();
  private final List<String> extra = new ArrayList<>();

  /** Aligns one paper's figures; {@code armOf} maps a normalized predicted arm label to the gold one. */
  void add(String doc, List<TrialResult> goldResults, List<TrialResult> predictedResults, Map<String, String> armOf) {
    List<TrialResult> g = new ArrayList<>(goldResults);
    List<TrialResult> p = new ArrayList<>(predictedResults.stream().map(r -> translated(r, armOf)).toList());
    gold += g.size();
    predicted += p.size();
    for (int i = g.size() - 1; i >= 0; i--) {
      int k = indexOf(p, g.get(i), true);
      if (k >= 0) {
        right++;
        g.remove(i);
        p.remove(k);
      }
    }
    for (int i = g.size() - 1; i >= 0; i--) {
      int k = indexOf(p, g.get(i), false);
      if (k >= 0) {
        wrong++;
        wrongValues.add(new WrongValue(doc, describe(g.get(i)), describe(p.get(k))));
        g.remove(i);
        p.remove(k);
      }
    }
    g.forEach(r -> missed.add(doc + ": " + describe(r)));
    p.forEach(r -> extra.add(doc + ": " + describe(r)));
  }

  Counts counts() {
    return Counts.of(gold, predicted, right, wrong);
  }

  List<WrongValue> wrongValues() {
    return List.copyOf(wrongValues);
  }

  List<String> missed() {
    return List.copyOf(missed);
  }

  List<String> extra() {
    return List.copyOf(extra);
  }

  /** The result with its arm and compared arm normalized and read as the gold labels {@code armOf} maps them to. */
  static TrialResult translated(TrialResult r, Map<String, String> armOf) {
    String arm = ArmLabels.normalize(r.arm());
    String versus = ArmLabels.normalize(r.versus());
    return new TrialResult(r.metric(), r.value(), r.unit(), r.ciLow(), r.ciHigh(), goldLabel(arm, armOf),
        r.ciLevel(), r.timepoint(), r.notReached(), r.endpoint(), goldLabel(versus, armOf), r.pValue());
  }

  private static String goldLabel(String normalized, Map<String, String> armOf) {
    return normalized == null ? null : armOf.getOrDefault(normalized, normalized);
  }

  private static int indexOf(List<TrialResult> list, TrialResult goldResult, boolean withValue) {
    for (int k = 0; k < list.size(); k++) {
      if (slot(list.get(k)).equals(slot(goldResult)) && (!withValue || value(list.get(k)).equals(value(goldResult)))) {
        return k;
      }
    }
    return -1;
  }

  private static List<Object> slot(TrialResult r) {
    return java.util.Arrays.asList(r.metric(), ArmLabels.normalize(r.arm()), r.timepoint(), r.endpoint(),
        ArmLabels.normalize(r.versus()));
  }

  private static List<Object> value(TrialResult r) {
    return java.util.Arrays.asList(round(r.value()), r.unit(), round(r.ciLow()), round(r.ciHigh()),
        round(r.ciLevel()), Objects.equals(r.notReached(), Boolean.TRUE));
  }

  /** "OS 5.7 months [4.6, 7.6] 95% CI @gemcitabine + bsc", with time point and comparison where set. */
  static String describe(TrialResult r) {
    return r.metric() + (r.endpoint() == null ? "" : " (" + r.endpoint() + ")")
        + (r.timepoint() == null ? "" : " at " + r.timepoint()) + " "
        + (Boolean.TRUE.equals(r.notReached()) ? "not reached" : round(r.value())) + (r.unit() == null ? "" : " "
        + r.unit()) + " [" + round(r.ciLow()) + ", " + round(r.ciHigh()) + "]"
        + (r.ciLevel() == null ? "" : " " + round(r.ciLevel()) + "% CI")
        + (r.arm() == null ? "" : " @" + ArmLabels.normalize(r.arm()))
        + (r.versus() == null ? "" : " vs " + ArmLabels.normalize(r.versus()));
  }

  private static String round(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
  }
}
