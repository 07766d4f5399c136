package org.litmine.pipeline.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.litmine.annotators.relation.TripleMention;

/**
 * Gathers one document's sentence-level triple mentions into distinct triples, one per
 * (gene kind, gene, drug, drug kind, effect, negated), each with every supporting sentence: the genes' triples
 * ({@link #triples()}), the gene families' ({@link #familyTriples()}) and those with an ungrounded name on either
 * side ({@link #ungroundedTriples()}).
 *
 * <p>A triple is hedged only if every sentence hedges it. Its confidence combines the reliability of each
 * supporting sentence's rule as independent evidence, 1 − ∏(1 − c), with a hedged sentence counting half.
 */
public final class TripleAggregator {

  private final String doc;
  private final Map<String, List<Evidence>> evidence = new TreeMap<>();
  private final Map<String, TripleMention> first = new TreeMap<>();
  private final Map<String, Double> disbelief = new TreeMap<>();

  public TripleAggregator(String doc) {
    this.doc = doc;
  }

  public void add(TripleMention mention, Evidence support) {
    String key = String.join("\t", mention.geneKind(), mention.gene(), mention.drug(), mention.drugKind(), mention.effect().label(),
        String.valueOf(mention.negated()));
    first.putIfAbsent(key, mention);
    evidence.computeIfAbsent(key, k -> new ArrayList<>()).add(support);
    double c = mention.hedged() ? mention.ruleConfidence() / 2 : mention.ruleConfidence();
    disbelief.merge(key, 1 - c, (a, b) -> a * b);
  }

  /** The distinct triples of genes, sorted by gene, drug, kind, effect, negation; evidence sorted by position. */
  public List<TripleRecord> triples() {
    return gathered(m -> !m.ungrounded() && RunTriples.GENE.equals(m.geneKind()), (m, hedged, confidence, support) -> new TripleRecord(doc, m.gene(), m.drug(),
        m.drugKind(), m.effect().label(), m.negated(), hedged, confidence, support));
  }

  /** The distinct triples of gene families, in the same order. */
  public List<FamilyTripleRecord> familyTriples() {
    return gathered(m -> !m.ungrounded() && RunTriples.FAMILY.equals(m.geneKind()), (m, hedged, confidence, support) ->
        new FamilyTripleRecord(doc, m.gene(), m.drug(), m.drugKind(), m.effect().label(), m.negated(), hedged,
            confidence, support));
  }

  /** The distinct triples with an ungrounded name on either side, in the same order. */
  public List<UngroundedTripleRecord> ungroundedTriples() {
    return gathered(TripleMention::ungrounded, (m, hedged, confidence, support) -> new UngroundedTripleRecord(doc,
        m.gene(), m.geneKind(), m.drug(), m.drugKind(), m.effect().label(), m.negated(), hedged, confidence,
        support));
  }

  /** Makes an output record of one distinct triple. */
  private interface RecordMaker<R> {
    R make(TripleMention first, boolean hedged, double confidence, List<Evidence> support);
  }

  private <R> List<R> gathered(java.util.function.Predicate<TripleMention> kept, RecordMaker<R> maker) {
    List<R> out = new ArrayList<>();
    for (Map.Entry<String, TripleMention> e : first.entrySet()) {
      TripleMention m = e.getValue();
      if (!kept.test(m)) {
        continue;
      }
      List<Evidence> support = new ArrayList<>(evidence.get(e.getKey()));
      support.sort(Comparator.comparingInt(Evidence::start).thenComparing(Evidence::rule));
      boolean hedged = support.stream().allMatch(Evidence::hedged);
      double confidence = Math.round((1 - disbelief.get(e.getKey())) * 1000) / 1000.0;
      out.add(maker.make(m, hedged, confidence, support));
    }
    return out;
  }
}
