package org.litmine.annotators.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class ListedTogetherTest {

  private static IndexedWord word(SemanticGraph graph, String text) {
    return graph.vertexSet().stream().filter(w -> w.word().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void aDrugListedBesideTheNounAGeneModifiesIsListedTogether() {
    // "sensitizes cells to ATM inhibition, cisplatin and oxaliplatin"
    SemanticGraph graph = SemanticGraph.valueOf(
        "[sensitizes obj>cells obl>[inhibition compound>ATM conj>cisplatin conj>oxaliplatin]]");
    assertTrue(ListedTogether.of(graph, word(graph, "ATM"), word(graph, "cisplatin")));
    assertTrue(ListedTogether.of(graph, word(graph, "ATM"), word(graph, "oxaliplatin")));
  }

  @Test
  void aDrugActingOnTheGeneIsNot() {
    // "gefitinib inhibits EGFR and HER2"
    SemanticGraph graph = SemanticGraph.valueOf("[inhibits nsubj>gefitinib obj>[EGFR conj>HER2]]");
    assertFalse(ListedTogether.of(graph, word(graph, "EGFR"), word(graph, "gefitinib")));
    assertFalse(ListedTogether.of(graph, word(graph, "HER2"), word(graph, "gefitinib")));
  }
}
