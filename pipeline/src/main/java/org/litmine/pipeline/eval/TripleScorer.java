package org.litmine.pipeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.litmine.annotators.classify.PairClassifier;
import org.litmine.pipeline.output.TripleRecord;

/**
 * Scores predicted triples against gold rows, following ANNOTATION.md: over distinct (gene, drug, effect) per
 * document; negated predictions are not hits; recall is over core rows; a prediction matching an optional row is
 * neither a hit nor a false positive. Named drugs and classes are scored apart, and together; so is each effect and
 * each section. The relaxed score matches (gene, drug) pairs whatever the effect.
 *
 * <p>A triple's section is the gold row's {@code section} when the gold set has the triple, else the section of the
 * prediction's first evidence sentence.
 */
public final class TripleScorer {

  /** The outcome for one slice (all, drug, class, one effect, one section). */
  public record Outcome(Score score, List<TripleKey> truePositives, List<TripleKey> falsePositives,
      List<TripleKey> falseNegatives) {}

  /** What the gold set says of a prediction: a {@code core} row, an {@code optional} row, or {@code none}. */
  public enum Match { CORE, OPTIONAL, NONE }

  private final Map<TripleKey, GoldTriple> gold = new TreeMap<>();
  private final Map<TripleKey, TripleRecord> predicted = new TreeMap<>();
  private final Map<TripleKey, TripleRecord> negated = new TreeMap<>();

  public TripleScorer(List<GoldTriple> goldRows, List<TripleRecord> predictions, Map<String, String> docToGold) {
    for (GoldTriple row : goldRows) {
      gold.merge(row.key(), row, (a, b) -> a.core() ? a : b);
    }
    for (TripleRecord t : predictions) {
      String goldDoc = docToGold.get(t.doc());
      if (goldDoc != null) {
        (t.negated() ? negated : predicted).putIfAbsent(new TripleKey(goldDoc, t.gene(), t.drug(), t.effect()), t);
      }
    }
  }

  public Outcome all() {
    return slice(key -> true);
  }

  public Outcome byKind(String drugKind) {
    return slice(key -> drugKind.equals(drugKind(key)));
  }

  public Outcome byEffect(String effect) {
    return slice(key -> effect.equals(key.effect()));
  }

  public Outcome bySection(String section) {
    return slice(key -> section.equals(section(key)));
  }

  /** What can find a triple: the rules, the trained relation models ({@link #bySource}). */
  public static final List<String> SOURCES = List.of("rules", PairClassifier.RULE_NAME);

  /**
   * The predictions one source found ({@code rules}: a rule on at least one evidence sentence; {@code classifier}:
   * the trained relation models); false negatives are every core row they miss.
   */
  public Outcome bySource(String source) {
    boolean classifier = source.equals(PairClassifier.RULE_NAME);
    return slice(key -> predicted.get(key) == null || predicted.get(key).evidence().stream()
        .anyMatch(e -> PairClassifier.RULE_NAME.equals(e.rule()) == classifier), true);
  }

  /** The scored predictions at or above a confidence; false negatives are the core rows they miss. */
  public Outcome atConfidence(double threshold) {
    return slice(key -> predicted.get(key) == null || predicted.get(key).confidence() >= threshold, true);
  }

  /**
   * Relaxed matching on (gene, drug) pairs, whatever the effect: a predicted pair is a hit when the gold set has a
   * core row for it, neither way when it has only optional rows, else a false positive. The keys' effect is "*".
   */
  public Outcome relaxed() {
    Set<TripleKey> corePairs = new TreeSet<>();
    Set<TripleKey> goldPairs = new TreeSet<>();
    gold.forEach((k, row) -> {
      goldPairs.add(k.pair());
      if (row.core()) {
        corePairs.add(k.pair());
      }
    });
    Set<TripleKey> predictedPairs = new TreeSet<>();
    predicted.keySet().forEach(k -> predictedPairs.add(k.pair()));
    List<TripleKey> tp = new ArrayList<>();
    List<TripleKey> fp = new ArrayList<>();
    for (TripleKey pair : predictedPairs) {
      if (corePairs.contains(pair)) {
        tp.add(pair);
      } else if (!goldPairs.contains(pair)) {
        fp.add(pair);
      }
    }
    List<TripleKey> fn = corePairs.stream().filter(p -> !predictedPairs.contains(p)).toList();
    return new Outcome(Score.of(tp.size(), fp.size(), fn.size()), tp, fp, fn);
  }

  private Outcome slice(Predicate<TripleKey> in) {
    return slice(in, false);
  }

  /** With {@code predictionsOnly}, the predicate filters predictions and every core row counts for recall. */
  private Outcome slice(Predicate<TripleKey> in, boolean predictionsOnly) {
    List<TripleKey> tp = new ArrayList<>();
    List<TripleKey> fp = new ArrayList<>();
    List<TripleKey> fn = new ArrayList<>();
    for (TripleKey key : predicted.keySet()) {
      if (!in.test(key)) {
        continue;
      }
      switch (match(key)) {
        case CORE -> tp.add(key);
        case NONE -> fp.add(key);
        default -> { }
      }
    }
    for (Map.Entry<TripleKey, GoldTriple> e : gold.entrySet()) {
      if (e.getValue().core() && (predictionsOnly || in.test(e.getKey())) && !hit(e.getKey(), in)) {
        fn.add(e.getKey());
      }
    }
    return new Outcome(Score.of(tp.size(), fp.size(), fn.size()), tp, fp, fn);
  }

  private boolean hit(TripleKey key, Predicate<TripleKey> in) {
    return predicted.containsKey(key) && in.test(key);
  }

  /** What the gold set says of a triple. */
  public Match match(TripleKey key) {
    GoldTriple row = gold.get(key);
    return row == null ? Match.NONE : row.core() ? Match.CORE : Match.OPTIONAL;
  }

  /** Every effect in the gold set or the predictions, sorted. */
  public Set<String> effects() {
    Set<String> effects = new TreeSet<>();
    gold.keySet().forEach(k -> effects.add(k.effect()));
    predicted.keySet().forEach(k -> effects.add(k.effect()));
    return effects;
  }

  /** Every section of a core gold row or of a scored prediction, sorted. */
  public Set<String> sections() {
    Set<String> sections = new TreeSet<>();
    gold.forEach((k, row) -> {
      if (row.core() && row.section() != null) {
        sections.add(row.section());
      }
    });
    predicted.keySet().forEach(k -> sections.add(section(k)));
    return sections;
  }

  /** The gold row's section if the gold set has the triple, else that of the prediction's first evidence. */
  public String section(TripleKey key) {
    GoldTriple row = gold.get(key);
    if (row != null && row.section() != null) {
      return row.section();
    }
    TripleRecord t = predicted.containsKey(key) ? predicted.get(key) : negated.get(key);
    return t == null || t.evidence().isEmpty() || t.evidence().get(0).section() == null
        ? "(none)" : t.evidence().get(0).section();
  }

  private String drugKind(TripleKey key) {
    TripleRecord t = predicted.get(key);
    return t != null ? t.drugKind() : gold.get(key).drugKind();
  }

  /** The non-negated predictions of scored documents, by key. */
  public Map<TripleKey, TripleRecord> predictions() {
    return java.util.Collections.unmodifiableMap(predicted);
  }

  /** The negated predictions of scored documents, by key: never hits, listed apart. */
  public Map<TripleKey, TripleRecord> negated() {
    return java.util.Collections.unmodifiableMap(negated);
  }

  /** The gold rows by key (a core row wins over an optional row of the same triple). */
  public Map<TripleKey, GoldTriple> gold() {
    return java.util.Collections.unmodifiableMap(gold);
  }

  public TripleRecord prediction(TripleKey key) {
    return predicted.get(key);
  }

  public GoldTriple goldRow(TripleKey key) {
    return gold.get(key);
  }
}
