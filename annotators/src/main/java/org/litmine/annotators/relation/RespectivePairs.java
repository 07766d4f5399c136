package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Pairs genes and drugs one to one where a sentence says "respectively": "IDH1 and IDH2 mutations predict response to
 * ivosidenib and enasidenib, respectively" says (IDH1, ivosidenib) and (IDH2, enasidenib), not the other two pairs a
 * rule reads from the two lists. Among the triples of one effect and polarity, where the genes (by mention) and the
 * drugs (by mention) are as many, two at least, and every gene is paired with every drug, only the n-th gene with the
 * n-th drug in the sentence's order is kept. Other triples are kept as they are.
 */
final class RespectivePairs {

  private RespectivePairs() {}

  static List<TripleMention> of(List<TripleMention> triples, List<CoreLabel> tokens) {
    if (triples.size() < 4 || tokens.stream().noneMatch(t -> "respectively".equalsIgnoreCase(t.word()))) {
      return triples;
    }
    Map<String, List<TripleMention>> byStatement = triples.stream().collect(
        Collectors.groupingBy(t -> t.effect() + "/" + t.negated(), java.util.LinkedHashMap::new, Collectors.toList()));
    List<TripleMention> dropped = new ArrayList<>();
    for (List<TripleMention> group : byStatement.values()) {
      List<Integer> genes = new ArrayList<>(new TreeSet<>(group.stream().map(TripleMention::geneBegin).toList()));
      List<Integer> drugs = new ArrayList<>(new TreeSet<>(group.stream().map(TripleMention::drugBegin).toList()));
      boolean crossed = genes.size() == drugs.size() && genes.size() >= 2 && genes.stream().allMatch(g -> drugs
          .stream().allMatch(d -> group.stream().anyMatch(t -> t.geneBegin() == g && t.drugBegin() == d)));
      if (crossed) {
        group.stream().filter(t -> genes.indexOf(t.geneBegin()) != drugs.indexOf(t.drugBegin())).forEach(dropped::add);
      }
    }
    if (dropped.isEmpty()) {
      return triples;
    }
    return triples.stream().filter(t -> !dropped.contains(t)).toList();
  }
}
