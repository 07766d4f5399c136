package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litmine.annotators.Parentheses;
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

  private static final Set<String> EXAMPLE = Set.of("nmod:such_as", "nmod:including", "nmod:like");
  private static final Set<String> EXEMPLAR = Set.of("nmod:such_as", "nmod:including", "nmod:like", "appos");
  private static final String PARENTHESIZED = "dep";
  private static final GrammaticalRelation APPOSITION = UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER;
  /** The words and the tags (a verb, a preposition: another clause) that end a list after a colon. */
  private static final Set<String> LIST_END = Set.of(";", ".", ")", "-RRB-");
  private static final String CLAUSE_TAGS = "VB.*|IN|TO|W.*|MD";

  private ExemplarEdges() {}

  static SemanticGraph addTo(SemanticGraph input, List<BioMention> mentions) {
    SemanticGraph graph = withColonLists(withNearestUmbrella(input), mentions);
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
    SemanticGraph copy = graph == input ? new SemanticGraph(graph) : graph;
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

  /**
   * Hangs examples also on the noun right before them where the parser hung them on the head of its phrase: in "the
   * docking of Y inhibitors, including A", {@code nmod:including(docking, A)} gains {@code nmod:including(inhibitors,
   * A)}. The noun must be a modifier ({@code nmod}) of that head, and only a comma may stand between it and the
   * example's marker.
   */
  private static SemanticGraph withNearestUmbrella(SemanticGraph graph) {
    SemanticGraph copy = graph;
    for (SemanticGraphEdge edge : graph.edgeListSorted()) {
      if (!EXAMPLE.contains(edge.getRelation().toString())) {
        continue;
      }
      IndexedWord head = edge.getGovernor();
      IndexedWord example = edge.getDependent();
      int marker = graph.getChildrenWithReln(example, UniversalEnglishGrammaticalRelations.CASE_MARKER).stream()
          .mapToInt(IndexedWord::index).min().orElse(-1);
      IndexedWord comma = graph.getNodeByIndexSafe(marker - 1);
      IndexedWord noun = graph.getNodeByIndexSafe(marker - 2);
      if (comma == null || !",".equals(comma.word()) || noun == null || noun.equals(head)
          || graph.getAllEdges(head, noun).stream().noneMatch(e -> e.getRelation().toString().startsWith("nmod"))) {
        continue;
      }
      if (copy == graph) {
        copy = new SemanticGraph(graph);
      }
      IndexedWord from = copy.getNodeByIndex(noun.index());
      IndexedWord to = copy.getNodeByIndex(example.index());
      if (!copy.containsEdge(from, to)) {
        copy.addEdge(from, to, edge.getRelation(), edge.getWeight(), true);
      }
    }
    return copy;
  }

  /**
   * Hangs the drugs listed after a colon on the noun before it, as appositions: "in the following order: A > B = C",
   * "selective and non-selective ligands: A, B and C". The parser reads such lists, above all ranked ones, as
   * anything but a list. A list names two drugs or more (words it does not know as drugs, "A > B = AS-1", are passed
   * over) and ends at a verb, a preposition or the end of the clause.
   */
  private static SemanticGraph withColonLists(SemanticGraph graph, List<BioMention> mentions) {
    SemanticGraph copy = graph;
    for (IndexedWord colon : graph.vertexListSorted()) {
      IndexedWord noun = graph.getNodeByIndexSafe(colon.index() - 1);
      if (!":".equals(colon.word()) || noun == null || noun.tag() == null || !noun.tag().startsWith("NN")
          || isDrug(mentions, noun)) {
        continue;
      }
      List<IndexedWord> listed = listedAfter(graph, colon, mentions);
      if (listed.size() < 2) {
        continue;
      }
      if (copy == graph) {
        copy = new SemanticGraph(graph);
      }
      for (IndexedWord drug : listed) {
        IndexedWord from = copy.getNodeByIndex(noun.index());
        IndexedWord to = copy.getNodeByIndex(drug.index());
        if (copy.getAllEdges(from, to).stream().noneMatch(e -> e.getRelation().equals(APPOSITION))) {
          copy.addEdge(from, to, APPOSITION, Double.NEGATIVE_INFINITY, true);
        }
      }
    }
    return copy;
  }

  /** The drugs (each by the last word of its mention) listed after the colon, or none where it heads no list. */
  private static List<IndexedWord> listedAfter(SemanticGraph graph, IndexedWord colon, List<BioMention> mentions) {
    List<IndexedWord> listed = new ArrayList<>();
    for (int i = colon.index() + 1; ; i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i);
      if (word == null || LIST_END.contains(word.word()) || word.tag() == null || word.tag().matches(CLAUSE_TAGS)) {
        return listed;
      }
      if (mentions.stream().anyMatch(m -> m.type().isDrugLike() && m.tokenEnd() == word.index())) {
        listed.add(word);
      }
    }
  }

  private static boolean isExemplar(SemanticGraph graph, SemanticGraphEdge edge) {
    String relation = edge.getRelation().toString();
    return EXEMPLAR.contains(relation) || relation.equals(PARENTHESIZED) && opensParenthesis(graph, edge.getDependent());
  }

  /** Whether the word right before the node is an opening parenthesis. */
  private static boolean opensParenthesis(SemanticGraph graph, IndexedWord node) {
    IndexedWord before = graph.getNodeByIndexSafe(node.index() - 1);
    return before != null && Parentheses.opens(before.word());
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
