package org.litmine.annotators.parse;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Repairs a parse that loses a sentence's main verb inside a relative clause between commas: in "Crizotinib, which was
 * developed as a MET inhibitor, also inhibits ALK" or "The T315I mutation, which is found in patients who relapse,
 * confers resistance to imatinib" the parser makes the subject noun the root, hangs the relative clause on it and
 * the main verb from a verb inside that clause ({@code dep}), with no subject. Where the root is a noun with a
 * relative clause ({@code acl:relcl}), and a finite verb right after a comma inside that clause's words hangs by
 * {@code dep} and has no subject of its own, the root noun becomes its subject ({@code nsubj}). Runs after the parser,
 * on the enhanced dependencies the relation rules read.
 *
 * <p>The same loss in a subject with a "whose" clause and no commas: in "Patients whose tumours expressed high CRBN had
 * longer survival on lenalidomide" the parser roots the sentence at the clause's verb ("expressed"), with the subject
 * noun hanging from it by {@code dep} or as a second subject, and the main verb by {@code dep}. The main verb becomes
 * the root, the noun its subject and the clause the noun's relative clause ({@code acl:relcl}).
 */
final class InterruptedSubjectRepair {

  private static final Set<String> FINITE_VERB_TAGS = Set.of("VBZ", "VBD", "VBP");
  private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS");

  /** Adds the lost subject to the sentence's enhanced dependencies, if its parse is of either shape. */
  void repair(CoreMap sentence) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null || graph.getRoots().size() != 1) {
      return;
    }
    IndexedWord root = graph.getFirstRoot();
    if (NOUN_TAGS.contains(root.tag())) {
      afterRelativeClause(sentence, graph, root);
    } else if (root.tag().startsWith("VB")) {
      afterWhoseClause(graph, root);
    }
  }

  private static void afterWhoseClause(SemanticGraph graph, IndexedWord clause) {
    IndexedWord possessed = graph.outgoingEdgeList(clause).stream().filter(InterruptedSubjectRepair::isSubject)
        .map(SemanticGraphEdge::getDependent)
        .filter(d -> graph.outgoingEdgeList(d).stream().anyMatch(p -> "nmod:poss".equals(p.getRelation().toString())
            && "whose".equalsIgnoreCase(p.getDependent().word())))
        .findFirst().orElse(null);
    IndexedWord noun = null;
    IndexedWord verb = null;
    for (SemanticGraphEdge e : graph.outgoingEdgeList(clause)) {
      IndexedWord d = e.getDependent();
      String r = e.getRelation().toString();
      if (possessed != null && ("dep".equals(r) || isSubject(e)) && NOUN_TAGS.contains(d.tag())
          && d.index() < possessed.index() && noun == null) {
        noun = d;
      } else if ("dep".equals(r) && FINITE_VERB_TAGS.contains(d.tag()) && d.index() > clause.index() && verb == null) {
        verb = d;
      }
    }
    if (noun == null || verb == null || hasSubject(graph, verb)) {
      return;
    }
    graph.removeEdge(graph.getEdge(clause, noun));
    graph.removeEdge(graph.getEdge(clause, verb));
    graph.setRoot(verb);
    graph.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
    graph.addEdge(noun, clause, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY,
        false);
  }

  private static void afterRelativeClause(CoreMap sentence, SemanticGraph graph, IndexedWord root) {
    for (SemanticGraphEdge relcl : graph.outgoingEdgeList(root)) {
      if (!"acl:relcl".equals(relcl.getRelation().toString())) {
        continue;
      }
      for (IndexedWord inside : subtree(graph, relcl.getDependent())) {
        for (SemanticGraphEdge dep : graph.outgoingEdgeList(inside)) {
          IndexedWord verb = dep.getDependent();
          boolean lost = "dep".equals(dep.getRelation().toString()) && FINITE_VERB_TAGS.contains(verb.tag())
              && verb.index() > relcl.getDependent().index();
          if (lost && afterComma(sentence, verb) && !hasSubject(graph, verb)) {
            graph.addEdge(verb, root, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY,
                false);
            return;
          }
        }
      }
    }
  }

  private static Set<IndexedWord> subtree(SemanticGraph graph, IndexedWord top) {
    Set<IndexedWord> seen = new HashSet<>();
    Deque<IndexedWord> todo = new ArrayDeque<>(List.of(top));
    while (!todo.isEmpty()) {
      IndexedWord w = todo.pop();
      if (seen.add(w)) {
        graph.getChildren(w).forEach(todo::push);
      }
    }
    return new java.util.TreeSet<>(seen);
  }

  private static boolean afterComma(CoreMap sentence, IndexedWord verb) {
    var tokens = sentence.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
    int before = verb.index() - 2;  // tokens are 0-based, graph indices 1-based
    while (before >= 0 && "RB".equals(tokens.get(before).tag())) {
      before--;  // "..., also potently inhibits"
    }
    return before >= 0 && ",".equals(tokens.get(before).word());
  }

  private static boolean hasSubject(SemanticGraph graph, IndexedWord verb) {
    return graph.outgoingEdgeList(verb).stream().anyMatch(InterruptedSubjectRepair::isSubject);
  }

  private static boolean isSubject(SemanticGraphEdge e) {
    GrammaticalRelation r = e.getRelation();
    return r.toString().startsWith("nsubj");
  }
}
