package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/**
 * Lets the drugs named as examples of an umbrella noun stand where the noun stands, as enhanced++ dependencies do for
 * conjuncts: in "sensitizes cells to chemotherapeutic agents, such as paclitaxel and gemcitabine", the edge
 * {@code obl:to(sensitizes, agents)} is copied to {@code obl:to(sensitizes, paclitaxel)} and to gemcitabine.
 *
 * <p>Exemplar relations: {@code nmod:such_as}, {@code nmod:including}, {@code nmod:like}, and an apposition whose
 * dependent is a drug. The input graph is left as it is; a copy is returned when an edge is added.
 */
final class ExemplarEdges {

  private static final Set<String> EXEMPLAR = Set.of("nmod:such_as", "nmod:including", "nmod:like", "appos");

  private ExemplarEdges() {}

  static SemanticGraph addTo(SemanticGraph graph, List<BioMention> mentions) {
    List<SemanticGraphEdge> exemplars = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      if (EXEMPLAR.contains(edge.getRelation().toString()) && isDrug(mentions, edge.getDependent())
          && !isDrug(mentions, edge.getGovernor())) {
        exemplars.add(edge);
      }
    }
    if (exemplars.isEmpty()) {
      return graph;
    }
    SemanticGraph copy = new SemanticGraph(graph);
    for (SemanticGraphEdge exemplar : exemplars) {
      IndexedWord umbrella = copy.getNodeByIndex(exemplar.getGovernor().index());
      IndexedWord drug = copy.getNodeByIndex(exemplar.getDependent().index());
      for (SemanticGraphEdge in : new ArrayList<>(copy.incomingEdgeList(umbrella))) {
        GrammaticalRelation relation = in.getRelation();
        if (!copy.containsEdge(in.getGovernor(), drug) && !in.getGovernor().equals(drug)) {
          copy.addEdge(in.getGovernor(), drug, relation, in.getWeight(), true);
        }
      }
    }
    return copy;
  }

  private static boolean isDrug(List<BioMention> mentions, IndexedWord node) {
    int token = node.index() - 1;
    return mentions.stream().anyMatch(m -> m.type().isDrugLike() && m.covers(token));
  }
}
