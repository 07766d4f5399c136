package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * Decides whether a statement between two nodes of a dependency graph is negated or hedged.
 *
 * <p>The scope is the shortest path between the two nodes plus the clauses that embed a node of it, up to three
 * levels ({@code xcomp}, {@code ccomp}, {@code csubj}, {@code advcl} parents: "fails to sensitize",
 * "suggests that ... confers"), and, for a statement written as a noun, the verb it is the subject of when that verb
 * is a statement verb ("induction of Y by X was not observed", "inhibition of Y by X may occur").
 * A cue counts when a scope node has it as a {@code modifier} dependent ("not", "may"; "but not" as a coordinator:
 * "inhibits A but not B") or when a scope node's own
 * lemma is a {@code governor} cue ("fail", "suggest"). A modifier cue on a drug or gene that an apposition
 * describes, with no verb between them, is the surrounding clause's ("but not X (a Y antagonist)"). Cue lexicons map
 * a word to its kind.
 */
public final class ModalityDetector {

  private static final Set<String> MODIFIER_RELATIONS = Set.of("advmod", "aux", "det", "neg", "cc", "cc:preconj", "amod");
  private static final Set<String> EMBEDDING_RELATIONS = Set.of("xcomp", "ccomp", "csubj", "csubj:pass");
  private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass");
  private static final int MAX_EMBEDDING = 3;
  /** The words that open an adverbial clause set against its main clause. */
  private static final Set<String> CONTRAST_MARKS = Set.of("whereas", "while", "although", "though");
  private static final Set<String> APPOSITION_RELATIONS = Set.of("appos", "dep");
  /** How a governor cue names what is absent: "lacking X" (obj), "absence of X" (nmod:of). */
  private static final Set<String> ABSENCE_OBJECT_RELATIONS = Set.of("obj", "nmod:of");

  private final Lexicon negationCues;
  private final Lexicon hedgeCues;
  private final Lexicon statementVerbs;

  /** {@code statementVerbs}: verbs whose noun subject is a statement, word → {@code statement}. */
  public ModalityDetector(Lexicon negationCues, Lexicon hedgeCues, Lexicon statementVerbs) {
    this.negationCues = negationCues;
    this.hedgeCues = hedgeCues;
    this.statementVerbs = statementVerbs;
  }

  public boolean negated(SemanticGraph graph, IndexedWord a, IndexedWord b) {
    return negated(graph, a, b, Set.of());
  }

  /**
   * As {@link #negated(SemanticGraph, IndexedWord, IndexedWord)}, where {@code absences} are words a rule reads as
   * part of its statement ("lack of response to Y" in "X predicted lack of response to Y", "lacking" in "cells
   * lacking X were sensitive to Y", "not" in "X-mutant patients did not benefit from Y" read as resistance): those
   * negation cues do not deny it.
   */
  public boolean negated(SemanticGraph graph, IndexedWord a, IndexedWord b, Set<IndexedWord> absences) {
    return hasCue(graph, scope(graph, a, b), negationCues, clauseCuesOf(graph, a, b),
        cue -> absences.contains(cue) || describesAbsenceOf(graph, cue, a, b));
  }

  /**
   * Whether a negation modifier depends on the word a rule reads as its statement's own ({@code cue}), off the
   * path between the pair: "no" of "There was no correlation between MET expression and response to Y", where the
   * parser joins the response to the expression and the path passes by "correlation".
   */
  public boolean deniesStatementWord(SemanticGraph graph, IndexedWord cue, Set<IndexedWord> absences) {
    return hasModifierCue(graph, cue, negationCues, absences::contains);
  }

  public boolean hedged(SemanticGraph graph, IndexedWord a, IndexedWord b) {
    return hasCue(graph, scope(graph, a, b), hedgeCues, clauseCuesOf(graph, a, b), cue -> false);
  }

  /**
   * The nodes whose modifier cues belong to the clause around the statement rather than to it: an end of a statement
   * that an apposition makes, with no verb on the path ("but not X (a Y antagonist)" does not deny that X is a Y
   * antagonist, nor "possibly X, a Y inhibitor," hedge it). A statement a verb or a noun of action makes keeps them
   * ("X inhibits A but not B", "inhibition of A by X but not by Z").
   */
  private static Set<IndexedWord> clauseCuesOf(SemanticGraph graph, IndexedWord a, IndexedWord b) {
    List<IndexedWord> path = graph.getShortestUndirectedPathNodes(a, b);
    if (path == null || path.size() < 2 || path.stream().anyMatch(n -> n.tag() != null && n.tag().startsWith("VB"))) {
      return Set.of();
    }
    Set<IndexedWord> ends = new LinkedHashSet<>();
    if (apposed(graph, path.get(0), path.get(1))) {
      ends.add(path.get(0));
    }
    if (apposed(graph, path.get(path.size() - 1), path.get(path.size() - 2))) {
      ends.add(path.get(path.size() - 1));
    }
    return ends;
  }

  private static boolean apposed(SemanticGraph graph, IndexedWord end, IndexedWord next) {
    List<SemanticGraphEdge> edges = new ArrayList<>(graph.getAllEdges(end, next));
    edges.addAll(graph.getAllEdges(next, end));
    return edges.stream().anyMatch(e -> APPOSITION_RELATIONS.contains(e.getRelation().toString()));
  }

  private List<IndexedWord> scope(SemanticGraph graph, IndexedWord a, IndexedWord b) {
    List<IndexedWord> path = graph.getShortestUndirectedPathNodes(a, b);
    Set<IndexedWord> scope = new LinkedHashSet<>(path == null ? List.of(a, b) : path);
    List<IndexedWord> frontier = new ArrayList<>(scope);
    for (int i = 0; i < MAX_EMBEDDING && !frontier.isEmpty(); i++) {
      List<IndexedWord> next = new ArrayList<>();
      for (IndexedWord node : frontier) {
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
          String relation = edge.getRelation().toString();
          boolean embeds = EMBEDDING_RELATIONS.contains(relation)
              || relation.startsWith("advcl") && !contrasts(graph, relation, node)
              || SUBJECT_RELATIONS.contains(relation) && isCue(statementVerbs, edge.getGovernor(), "statement");
          if (embeds && scope.add(edge.getGovernor())) {
            next.add(edge.getGovernor());
          }
        }
      }
      frontier = next;
    }
    return new ArrayList<>(scope);
  }

  /**
   * Whether an adverbial clause sets itself against the clause it hangs on ("X did not predict resistance to Y,
   * whereas high Z levels were associated with resistance to W"): the main clause's negation or hedge is not its own.
   */
  private static boolean contrasts(SemanticGraph graph, String relation, IndexedWord clause) {
    if (CONTRAST_MARKS.contains(relation.substring(relation.indexOf(':') + 1))) {
      return true;
    }
    return graph.outgoingEdgeList(clause).stream().anyMatch(e -> "mark".equals(e.getRelation().toString())
        && CONTRAST_MARKS.contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT)));
  }

  private static boolean hasCue(SemanticGraph graph, List<IndexedWord> scope, Lexicon cues,
      Set<IndexedWord> clauseCues, java.util.function.Predicate<IndexedWord> excused) {
    for (IndexedWord node : scope) {
      if (isCue(cues, node, "governor") && !excused.test(node)) {
        return true;
      }
      if (!clauseCues.contains(node) && hasModifierCue(graph, node, cues, excused)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a modifier cue not {@code excused} depends on a node ("not" of "does not confer", "no" of "no increase"). */
  private static boolean hasModifierCue(SemanticGraph graph, IndexedWord node, Lexicon cues,
      java.util.function.Predicate<IndexedWord> excused) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
      if (MODIFIER_RELATIONS.contains(edge.getRelation().toString()) && isCue(cues, edge.getDependent(), "modifier")
          && !excused.test(edge.getDependent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A negation governor cue whose object is one of the pair, or a state noun naming it, names that one's absence
   * ("cells lacking X", "in the absence of X", "absence of X mutations"): a state of the gene or drug the statement
   * is about, not a denial of the statement ("lack of response to Y" still denies it).
   */
  private static boolean describesAbsenceOf(SemanticGraph graph, IndexedWord cue, IndexedWord a, IndexedWord b) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      String relation = edge.getRelation().toString();
      if (ABSENCE_OBJECT_RELATIONS.contains(relation) && namesOneOf(graph, edge.getDependent(), a, b)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is one of the pair, or a state noun naming one ("mutations" of "KRAS mutations"). */
  private static boolean namesOneOf(SemanticGraph graph, IndexedWord word, IndexedWord a, IndexedWord b) {
    if (word.equals(a) || word.equals(b)) {
      return true;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
      if (edge.getRelation().toString().equals("compound") && (edge.getDependent().equals(a)
          || edge.getDependent().equals(b))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCue(Lexicon cues, IndexedWord word, String kind) {
    String lemma = word.lemma() == null ? word.word() : word.lemma();
    return cues.lookup(lemma).or(() -> cues.lookup(word.word())).map(k -> k.contains(kind)).orElse(false);
  }
}
