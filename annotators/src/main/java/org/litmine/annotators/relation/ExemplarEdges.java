package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litmine.annotators.ner.BioMention;

/**
 * Lets the drugs named as examples of an umbrella noun stand where the noun stands, as enhanced++ dependencies do for
 * conjuncts: in "sensitizes cells to chemotherapeutic agents, such as paclitaxel and gemcitabine", the edge
 * {@code obl:to(sensitizes, agents)} is copied to {@code obl:to(sensitizes, paclitaxel)} and to gemcitabine.
 *
 * <p>Exemplar relations: {@code nmod:such_as}, {@code nmod:including}, {@code nmod:like}, an apposition whose
 * dependent is a drug, and a {@code dep} on a drug that opens a parenthesis ("taxanes (paclitaxel, docetaxel)").
 * The other drugs of the list an exemplar opens, which the parser hangs on the first as conjuncts or appositions
 * ("(letrozole, anastrozole, exemestane)" read as {@code conj} and {@code appos} of letrozole), are exemplars of the
 * same noun: each gains the exemplar's own edge from the noun too. The input graph is left as it is; a copy is
 * returned when an edge is added.
 */
final class ExemplarEdges {

  private static final Set<String> EXEMPLAR = Set.of("nmod:such_as", "nmod:including", "nmod:like", "appos");
  private static final String PARENTHESIZED = "dep";

  private ExemplarEdges() {}

  static SemanticGraph addTo(SemanticGraph graph, List<BioMention> mentions) {
    List<SemanticGraphEdge> exemplars = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      if (isExemplar(graph, edge) && isDrug(mentions, edge.getDependent())
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
      IndexedWord first = copy.getNodeByIndex(exemplar.getDependent().index());
      for (IndexedWord drug : listOf(copy, first, mentions)) {
        if (!drug.equals(first) && !copy.containsEdge(umbrella, drug)) {
          copy.addEdge(umbrella, drug, exemplar.getRelation(), exemplar.getWeight(), true);
        }
        for (SemanticGraphEdge in : new ArrayList<>(copy.incomingEdgeList(umbrella))) {
          GrammaticalRelation relation = in.getRelation();
          if (!copy.containsEdge(in.getGovernor(), drug) && !in.getGovernor().equals(drug)) {
            copy.addEdge(in.getGovernor(), drug, relation, in.getWeight(), true);
          }
        }
      }
    }
    return copy;
  }

  private static boolean isExemplar(SemanticGraph graph, SemanticGraphEdge edge) {
    String relation = edge.getRelation().toString();
    return EXEMPLAR.contains(relation) || relation.equals(PARENTHESIZED) && opensParenthesis(graph, edge.getDependent());
  }

  /** Whether the word right before the node is an opening parenthesis. */
  private static boolean opensParenthesis(SemanticGraph graph, IndexedWord node) {
    IndexedWord before = graph.getNodeByIndexSafe(node.index() - 1);
    return before != null && ("(".equals(before.word()) || "-LRB-".equals(before.word()));
  }

  /** The first drug of a list and the drugs hung on it as its conjuncts or appositions, after it. */
  private static List<IndexedWord> listOf(SemanticGraph graph, IndexedWord first, List<BioMention> mentions) {
    List<IndexedWord> list = new ArrayList<>(List.of(first));
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(first)) {
      String relation = out.getRelation().toString();
      IndexedWord member = out.getDependent();
      if ((relation.startsWith("conj") || relation.equals("appos")) && member.index() > first.index()
          && isDrug(mentions, member) && !list.contains(member)) {
        list.add(member);
      }
    }
    return list;
  }

  private static boolean isDrug(List<BioMention> mentions, IndexedWord node) {
    int token = node.index() - 1;
    return mentions.stream().anyMatch(m -> m.type().isDrugLike() && m.covers(token));
  }
}
