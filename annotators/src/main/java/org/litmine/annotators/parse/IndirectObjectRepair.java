package org.litmine.annotators.parse;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Repairs an object the parser reads as an indirect one: before a bracket of other names ("blocks the interleukin-17
 * receptor A (IL17RA)", "blocks the p19 subunit (IL23A), and ...") the parser often makes the verb's only object
 * {@code iobj}. A verb with an indirect object and no direct object has its indirect object as its direct object
 * ({@code obj}) in the enhanced dependencies the relation rules read; a true double object ("gave mice the drug")
 * keeps both.
 */
final class IndirectObjectRepair {

  void repair(CoreMap sentence) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return;
    }
    for (SemanticGraphEdge e : graph.edgeListSorted()) {
      IndexedWord verb = e.getGovernor();
      if ("iobj".equals(e.getRelation().toString()) && !hasObject(graph.outgoingEdgeList(verb))) {
        graph.removeEdge(e);
        graph.addEdge(verb, e.getDependent(), UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, e.getWeight(),
            e.isExtra());
      }
    }
  }

  private static boolean hasObject(List<SemanticGraphEdge> edges) {
    return edges.stream().anyMatch(x -> "obj".equals(x.getRelation().toString()));
  }
}
