package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litmine.annotators.ner.BioMention;

/**
 * The statement a rule matched, denied for a gene or drug set after "but not": "X inhibited A but not B" (B, the drug
 * X: inhibits, negated), "conferred resistance to Y but not to Z" (the gene, Z: resistance, negated). The parser hangs
 * the conjunct on the statement's word, the gene or the drug ({@code conj:but}) with "not" as its modifier; a conjunct
 * that is a gene stands in for the gene, one that is a drug for the drug.
 */
final class DeniedConjuncts {

  /** A matched pair with a conjunct in place of its gene or of its drugs. */
  record Denied(BioMention gene, List<BioMention> drugs) {}

  private DeniedConjuncts() {}

  /** The pairs "but not" denies beside the one matched at {@code gene} and {@code drugs}; none if nothing is denied. */
  static List<Denied> of(SemanticGraph graph, List<BioMention> mentions, IndexedWord cue, IndexedWord geneNode,
      IndexedWord drugNode, BioMention gene, List<BioMention> drugs) {
    List<Denied> denied = new ArrayList<>();
    for (IndexedWord conjunct : conjunctsAfterButNot(graph, cue, geneNode, drugNode)) {
      Optional<BioMention> otherGene = MentionsAtNodes.geneAt(mentions, conjunct);
      List<BioMention> otherDrugs = MentionsAtNodes.drugsAt(mentions, conjunct);
      if (otherGene.isPresent() && !otherGene.get().ids().equals(gene.ids())) {
        denied.add(new Denied(otherGene.get(), drugs));
      } else if (otherGene.isEmpty() && !otherDrugs.isEmpty() && !otherDrugs.equals(drugs)) {
        denied.add(new Denied(gene, otherDrugs));
      }
    }
    return denied;
  }

  private static List<IndexedWord> conjunctsAfterButNot(SemanticGraph graph, IndexedWord... heads) {
    List<IndexedWord> conjuncts = new ArrayList<>();
    for (IndexedWord head : heads) {
      if (head == null || !graph.containsVertex(head)) {
        continue;
      }
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
        IndexedWord conjunct = edge.getDependent();
        if ("conj:but".equals(edge.getRelation().toString()) && saysNot(graph, conjunct)
            && !conjuncts.contains(conjunct)) {
          conjuncts.add(conjunct);
        }
      }
    }
    return conjuncts;
  }

  private static boolean saysNot(SemanticGraph graph, IndexedWord conjunct) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(conjunct)) {
      if (edge.getRelation().toString().startsWith("advmod") && "not".equalsIgnoreCase(edge.getDependent().word())) {
        return true;
      }
    }
    return false;
  }
}
