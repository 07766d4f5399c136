package org.litmine.annotators.classify;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Tells a gene and a drug that a sentence only lists side by side: the drug is a conjunct of the noun the gene
 * modifies ("sensitizes cells to ATM-related kinase inhibition, cisplatin, oxaliplatin and doxorubicin"), or of
 * the gene itself ("EGFR, KRAS and cetuximab"). A list states no relation between its members, so the relation
 * models take none for such a pair.
 */
public final class ListedTogether {

  private ListedTogether() {}

  public static boolean of(SemanticGraph graph, IndexedWord gene, IndexedWord drug) {
    if (conjoined(graph, gene, drug)) {
      return true;
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(gene)) {
      String relation = edge.getRelation().toString();
      if ((relation.equals("compound") || relation.equals("amod") || relation.startsWith("nmod"))
          && conjoined(graph, edge.getGovernor(), drug)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the two words are conjuncts of one coordination (either heads it or both hang from one head). */
  private static boolean conjoined(SemanticGraph graph, IndexedWord a, IndexedWord b) {
    return firstConjunct(graph, a).equals(firstConjunct(graph, b)) && !a.equals(b);
  }

  private static IndexedWord firstConjunct(SemanticGraph graph, IndexedWord word) {
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
      if (edge.getRelation().toString().startsWith("conj")) {
        return edge.getGovernor();
      }
    }
    return word;
  }
}
