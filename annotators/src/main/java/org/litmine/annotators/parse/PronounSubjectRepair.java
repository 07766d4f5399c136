package org.litmine.annotators.parse;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litmine.annotators.ner.EntityType;

/**
 * Gives "it" (and "they") the drug it stands for, where the clause joined to its own names that drug as its
 * subject: "Although rosuvastatin lowered LDL cholesterol, it increased plasma PCSK9" and "Trimethoprim raises serum
 * creatinine, because it inhibits the transporter OCT2" say what rosuvastatin and trimethoprim do. The clauses must be joined as an
 * adverbial clause ({@code advcl}, either way round) or a coordination ({@code conj}); the other clause's subject
 * must be a drug or chemical mention (its NER tag), written as one word in the singular. The drug becomes a second
 * subject ({@code nsubj}) of the pronoun's verb in the enhanced dependencies the relation rules read. "They" gets the
 * drugs in the same way where the other clause has two drug subjects or more ("X and Y inhibit BRAF V600E, yet in
 * wild-type cells they paradoxically activate CRAF").
 */
final class PronounSubjectRepair {

  private static final Set<String> DRUG_TAGS = Set.of(EntityType.DRUG.name(), EntityType.CHEMICAL.name());
  private static final Set<String> SINGULAR_NOUN_TAGS = Set.of("NN", "NNP");

  /** Adds each pronoun's drug subject to the sentence's enhanced dependencies. */
  void repair(CoreMap sentence) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return;
    }
    List<IndexedWord[]> added = new ArrayList<>();
    for (SemanticGraphEdge e : graph.edgeListSorted()) {
      String pronoun = e.getDependent().word().toLowerCase(java.util.Locale.ROOT);
      if (!isSubject(e) || !"it".equals(pronoun) && !"they".equals(pronoun)) {
        continue;
      }
      IndexedWord verb = e.getGovernor();
      for (IndexedWord other : joinedClauses(graph, verb)) {
        List<IndexedWord> drugs = drugSubjects(graph, other);
        boolean fits = "it".equals(pronoun) ? !drugs.isEmpty() : drugs.size() >= 2;
        if (fits) {
          ("it".equals(pronoun) ? drugs.subList(0, 1) : drugs).forEach(d -> added.add(new IndexedWord[] {verb, d}));
          break;
        }
      }
    }
    for (IndexedWord[] edge : added) {
      graph.addEdge(edge[0], edge[1], UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY,
          false);
    }
  }

  /** The verbs of the clauses joined to this verb's: its adverbial clauses and conjuncts, and the clause it joins. */
  private static List<IndexedWord> joinedClauses(SemanticGraph graph, IndexedWord verb) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
      if (joins(e)) {
        out.add(e.getDependent());
      }
    }
    for (SemanticGraphEdge e : graph.incomingEdgeList(verb)) {
      if (joins(e)) {
        out.add(e.getGovernor());
      }
    }
    return out;
  }

  private static boolean joins(SemanticGraphEdge e) {
    String r = e.getRelation().toString();
    return r.startsWith("advcl") || r.startsWith("conj");
  }

  private static List<IndexedWord> drugSubjects(SemanticGraph graph, IndexedWord verb) {
    List<IndexedWord> drugs = new ArrayList<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
      IndexedWord subject = e.getDependent();
      if (isSubject(e) && DRUG_TAGS.contains(subject.ner()) && SINGULAR_NOUN_TAGS.contains(subject.tag())
          && !drugs.contains(subject)) {
        drugs.add(subject);
      }
    }
    return drugs;
  }

  private static boolean isSubject(SemanticGraphEdge e) {
    String r = e.getRelation().toString();
    return r.equals("nsubj") || r.equals("nsubj:pass");
  }
}
