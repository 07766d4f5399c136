package org.litmine.pipeline.eval.trial;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.litmine.pipeline.eval.Score;
import org.litmine.pipeline.trial.TrialRecord;
import org.litmine.pipeline.trial.TrialResult;

/**
 * Scores predicted trial records against gold ones, document by document.
 *
 * <p>Records are matched one to one, in passes of decreasing strictness: same registry id and drug; same registry
 * id; same reference and drug; same drug, combination and cancer type; same drug and cancer type; same drug and
 * phase. Then, over every gold record (an unmatched one gets every field wrong), the fields {@code drug},
 * {@code combination} (as a set), {@code phase}, {@code participants}, {@code trialId} and {@code ref} are scored as
 * the share right. Results are scored as precision and recall of (metric, value, unit, CI, arm) tuples, values
 * compared to two decimals and arms without case; results of unmatched records count as misses or false positives.
 *
 * <p>Records of a paper with several arms are matched first by arm label and drug, then by drug and a label that
 * names the arm in fewer or more words ("24 mg", "lenvatinib 24 mg"), and, after the passes above, by drug and
 * combination, then by drug alone. The figures of each paper are also aligned as a whole
 * ({@link ResultAlignment}): found, right and wrong values per figure, whichever record holds them, arms read
 * through the record matching.
 */
public final class TrialScorer {

  /** The scored fields, in report order. */
  public static final List<String> FIELDS = List.of("drug", "combination", "phase", "participants", "trialId", "ref");

  private static final Map<String, Function<TrialRecord, Object>> VALUES = Map.of(
      "drug", TrialRecord::drug,
      "combination", r -> new HashSet<>(r.combination()),
      "phase", TrialRecord::phase,
      "participants", TrialRecord::participants,
      "trialId", TrialRecord::trialId,
      "ref", TrialRecord::ref);

  /** The trial figures of {@code metrics.json}. */
  @JsonPropertyOrder({"goldRecords", "predictedRecords", "records", "fields", "byField", "results", "figures"})
  public record Metrics(int goldRecords, int predictedRecords, Score records, double fields,
      Map<String, Double> byField, Score results, ResultAlignment.Counts figures) {}

  /** A matched pair, or a gold record with no prediction ({@code predicted} null), or the reverse. */
  public record Pair(TrialRecord gold, TrialRecord predicted, List<String> wrongFields, List<String> missedResults,
      List<String> extraResults) {}

  private final List<Pair> pairs = new ArrayList<>();
  private final ResultAlignment figures = new ResultAlignment();
  private final Metrics metrics;

  /**
   * Scores {@code predicted} against {@code gold}; {@code docToGold} maps a run document to its gold document, and
   * predictions of documents it does not map are left out.
   */
  public TrialScorer(List<TrialRecord> gold, List<TrialRecord> predicted, Map<String, String> docToGold) {
    Map<String, List<TrialRecord>> goldByDoc = new LinkedHashMap<>();
    gold.forEach(g -> goldByDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g));
    Map<String, List<TrialRecord>> predByDoc = new LinkedHashMap<>();
    for (TrialRecord p : predicted) {
      String doc = docToGold.get(p.doc());
      if (doc != null && goldByDoc.containsKey(doc)) {
        predByDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(p);
      }
    }
    for (Map.Entry<String, List<TrialRecord>> doc : goldByDoc.entrySet()) {
      if (docToGold.containsValue(doc.getKey())) {
        match(doc.getKey(), doc.getValue(), predByDoc.getOrDefault(doc.getKey(), List.of()));
      }
    }
    this.metrics = tally();
  }

  /** The record's combination as a set (empty when it has none). */
  private static Set<String> agents(TrialRecord r) {
    return r.combination() == null ? Set.of() : new HashSet<>(r.combination());
  }

  private void match(String doc, List<TrialRecord> gold, List<TrialRecord> predicted) {
    // Arrays.asList, not List.of: a record may lack its drug (null), and then matches only another without one
    List<Function<TrialRecord, List<Object>>> keys = List.of(
        r -> r.arm() == null ? null : Arrays.asList(ArmLabels.normalize(r.arm()), r.drug()),
        r -> r.trialId() == null ? null : Arrays.asList(r.trialId(), r.drug()),
        r -> r.trialId() == null ? null : Arrays.asList(r.trialId()),
        r -> r.ref() == null ? null : Arrays.asList(r.ref(), r.drug()),
        r -> r.cancerType() == null ? null : Arrays.asList(r.drug(), agents(r), lower(r.cancerType())),
        r -> r.cancerType() == null ? null : Arrays.asList(r.drug(), lower(r.cancerType())),
        r -> r.phase() == null ? null : Arrays.asList(r.drug(), r.phase()),
        r -> Arrays.asList(r.drug(), agents(r)),
        r -> Arrays.asList(r.drug()));
    TrialRecord[] partner = new TrialRecord[gold.size()];
    Set<Integer> used = new HashSet<>();
    for (Function<TrialRecord, List<Object>> key : keys) {
      for (int g = 0; g < gold.size(); g++) {
        List<Object> gk = key.apply(gold.get(g));
        for (int p = 0; partner[g] == null && gk != null && p < predicted.size(); p++) {
          if (!used.contains(p) && gk.equals(key.apply(predicted.get(p)))) {
            partner[g] = predicted.get(p);
            used.add(p);
          }
        }
      }
      if (key == keys.get(0)) {
        matchByLabelWords(gold, predicted, partner, used);
      }
    }
    Map<String, String> armOf = new java.util.HashMap<>();
    for (int g = 0; g < gold.size(); g++) {
      if (partner[g] != null && partner[g].arm() != null && gold.get(g).arm() != null) {
        armOf.put(ArmLabels.normalize(partner[g].arm()), ArmLabels.normalize(gold.get(g).arm()));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      pairs.add(pair(gold.get(g), partner[g], armOf));
    }
    figures.add(doc, gold.stream().flatMap(r -> r.results().stream()).toList(),
        predicted.stream().flatMap(r -> r.results().stream()).toList(), armOf);
    for (int p = 0; p < predicted.size(); p++) {
      if (!used.contains(p)) {
        pairs.add(new Pair(null, predicted.get(p), List.of(), List.of(), results(predicted.get(p))));
      }
    }
  }

  /**
   * Pairs the records of one drug whose arm labels name the same arm in fewer or more words, one label's words
   * ending the other's ("24 mg" and "lenvatinib 24 mg"), where exactly one unmatched prediction so fits a gold record.
   */
  private static void matchByLabelWords(List<TrialRecord> gold, List<TrialRecord> predicted, TrialRecord[] partner,
      Set<Integer> used) {
    for (int g = 0; g < gold.size(); g++) {
      if (partner[g] != null || gold.get(g).arm() == null) {
        continue;
      }
      List<Integer> fits = new ArrayList<>();
      for (int p = 0; p < predicted.size(); p++) {
        if (!used.contains(p) && predicted.get(p).arm() != null
            && Objects.equals(gold.get(g).drug(), predicted.get(p).drug())
            && ArmLabels.sameArm(gold.get(g).arm(), predicted.get(p).arm())) {
          fits.add(p);
        }
      }
      if (fits.size() == 1) {
        partner[g] = predicted.get(fits.get(0));
        used.add(fits.get(0));
      }
    }
  }

  /**
   * A gold record and its prediction: the fields that differ, and the results of each the other lacks, a predicted
   * result's arm read as the gold label of the record it was matched to ({@code armOf}: "venetoclax plus low-dose
   * cytarabine" is "venetoclax plus LDAC").
   */
  private static Pair pair(TrialRecord gold, TrialRecord predicted, Map<String, String> armOf) {
    if (predicted == null) {
      return new Pair(gold, null, FIELDS, results(gold), List.of());
    }
    List<String> wrong = FIELDS.stream()
        .filter(f -> !Objects.equals(VALUES.get(f).apply(gold), VALUES.get(f).apply(predicted))).toList();
    List<String> missed = new ArrayList<>(results(gold));
    List<String> extra = new ArrayList<>();
    for (String r : results(predicted, armOf)) {
      if (!missed.remove(r)) {
        extra.add(r);
      }
    }
    return new Pair(gold, predicted, wrong, missed, extra);
  }

  /** A record's results as comparable strings: "PFS 1.94 months [1.45, 2.1] @arm a" (arm labels normalized). */
  static List<String> results(TrialRecord record) {
    return results(record, Map.of());
  }

  private static List<String> results(TrialRecord record, Map<String, String> armOf) {
    return record.results().stream().map(r -> key(ResultAlignment.translated(r, armOf))).toList();
  }

  private static String key(TrialResult r) {
    return r.metric() + " " + round(r.value()) + " " + r.unit() + " [" + round(r.ciLow()) + ", " + round(r.ciHigh())
        + "]" + (r.arm() == null ? "" : " @" + r.arm());
  }

  private static String round(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT).strip();
  }

  private Metrics tally() {
    int gold = 0;
    int predicted = 0;
    int matched = 0;
    int resultTp = 0;
    int resultFp = 0;
    int resultFn = 0;
    Map<String, Integer> right = new LinkedHashMap<>();
    FIELDS.forEach(f -> right.put(f, 0));
    for (Pair p : pairs) {
      gold += p.gold() != null ? 1 : 0;
      predicted += p.predicted() != null ? 1 : 0;
      if (p.gold() != null && p.predicted() != null) {
        matched++;
        FIELDS.stream().filter(f -> !p.wrongFields().contains(f)).forEach(f -> right.merge(f, 1, Integer::sum));
        resultTp += results(p.gold()).size() - p.missedResults().size();
      }
      resultFn += p.missedResults().size();
      resultFp += p.extraResults().size();
    }
    Map<String, Double> byField = new LinkedHashMap<>();
    int allRight = 0;
    for (String f : FIELDS) {
      byField.put(f, share(right.get(f), gold));
      allRight += right.get(f);
    }
    return new Metrics(gold, predicted, Score.of(matched, predicted - matched, gold - matched),
        share(allRight, gold * FIELDS.size()), byField, Score.of(resultTp, resultFp, resultFn), figures.counts());
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
  }

  public Metrics metrics() {
    return metrics;
  }

  /** The paper-wide alignment of figures: wrong values, missed and extra figures. */
  ResultAlignment figures() {
    return figures;
  }

  /** Every gold record with its prediction (or none), then every unmatched prediction. */
  public List<Pair> pairs() {
    return List.copyOf(pairs);
  }
}
