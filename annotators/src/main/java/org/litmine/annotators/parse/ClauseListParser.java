package org.litmine.annotators.parse;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Lemmatizes and parses tagged sentences, each clause of a clause list ({@link ClauseList}) on its own: the clause's
 * tokens are copied into a sentence of their own, parsed, and the clause graphs joined into one graph of the
 * sentence's tokens with one root per clause. A sentence with one clause is parsed as it is. A relative clause after a
 * named noun phrase ({@link RelativeClauses}) is also parsed as a sentence of its own, the noun phrase its subject, and
 * its dependencies are added to the sentence's enhanced ones, where the relation rules read them.
 */
final class ClauseListParser {

  private static final List<Class<? extends CoreAnnotation<SemanticGraph>>> GRAPHS = List.of(
      SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
      SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class,
      SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);

  private final StanfordCoreNLP parser;

  /** {@code parser} runs {@code lemma,depparse} on tagged sentences. */
  ClauseListParser(StanfordCoreNLP parser) {
    this.parser = parser;
  }

  void parse(List<CoreMap> sentences) {
    List<CoreMap> units = new ArrayList<>();
    List<List<CoreMap>> clausesOf = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<Integer> starts = ClauseList.clauseStarts(sentence);
      if (starts.isEmpty()) {
        units.add(sentence);
        clausesOf.add(null);
      } else {
        List<CoreMap> clauses = clauses(sentence, starts);
        units.addAll(clauses);
        clausesOf.add(clauses);
      }
    }
    List<CoreMap> relativeOwners = new ArrayList<>();
    List<List<Integer>> relativeTokens = new ArrayList<>();
    List<CoreMap> relativeUnits = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      for (List<Integer> clause : RelativeClauses.of(sentence)) {
        relativeOwners.add(sentence);
        relativeTokens.add(clause);
        relativeUnits.add(ownSentence(sentence, clause));
      }
    }
    units.addAll(relativeUnits);
    parser.annotate(subset(units));
    for (int i = 0; i < sentences.size(); i++) {
      if (clausesOf.get(i) != null) {
        join(sentences.get(i), clausesOf.get(i));
      }
    }
    for (int i = 0; i < relativeUnits.size(); i++) {
      addDependencies(relativeOwners.get(i), relativeTokens.get(i), relativeUnits.get(i));
    }
  }

  /** Copies of some of a sentence's tokens, in order, as a sentence of their own that ends with a full stop. */
  private static CoreMap ownSentence(CoreMap sentence, List<Integer> indices) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreLabel> copies = copies(tokens, indices);
    CoreLabel stop = new CoreLabel(tokens.get(indices.get(indices.size() - 1)));
    asFullStop(stop);
    stop.setOriginalText(".");
    stop.setNER("O");
    stop.setIndex(copies.size() + 1);
    copies.add(stop);
    return sentenceOf(copies);
  }

  /** Copies of the tokens at these indices, numbered from 1 as the tokens of a sentence of their own. */
  private static List<CoreLabel> copies(List<CoreLabel> tokens, List<Integer> indices) {
    List<CoreLabel> copies = new ArrayList<>();
    for (int t : indices) {
      CoreLabel copy = new CoreLabel(tokens.get(t));
      copy.setIndex(copies.size() + 1);
      copies.add(copy);
    }
    return copies;
  }

  /** A token read as the full stop that ends a sentence: its word and tag ".". */
  private static void asFullStop(CoreLabel token) {
    token.setWord(".");
    token.setValue(".");
    token.setTag(".");
  }

  private static CoreMap sentenceOf(List<CoreLabel> tokens) {
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return sentence;
  }

  /**
   * The enhanced dependencies of a clause parsed on its own ({@link #ownSentence}) added to the sentence's, on the
   * sentence's tokens the clause's stand for (not its added full stop); edges the sentence has already are kept once.
   */
  private static void addDependencies(CoreMap sentence, List<Integer> indices, CoreMap clause) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    SemanticGraph own = clause.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null || own == null) {
      return;
    }
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (SemanticGraphEdge e : own.edgeIterable()) {
      IndexedWord governor = sentenceWord(graph, tokens, indices, e.getGovernor());
      IndexedWord dependent = sentenceWord(graph, tokens, indices, e.getDependent());
      if (governor != null && dependent != null && graph.getAllEdges(governor, dependent).stream()
          .noneMatch(x -> x.getRelation().toString().equals(e.getRelation().toString()))) {
        graph.addEdge(governor, dependent, e.getRelation(), e.getWeight(), e.isExtra());
      }
    }
  }

  /** The sentence graph's node for a node of a clause parsed on its own, or null for its added full stop. */
  private static IndexedWord sentenceWord(SemanticGraph graph, List<CoreLabel> tokens, List<Integer> indices,
      IndexedWord node) {
    if (node.index() > indices.size() || node.copyCount() > 0) {
      return null;
    }
    IndexedWord word = graph.getNodeByIndexSafe(indices.get(node.index() - 1) + 1);
    if (word == null) {
      word = new IndexedWord(tokens.get(indices.get(node.index() - 1)));
      graph.addVertex(word);
    }
    return word;
  }

  /**
   * Copies of the sentence's tokens, one sentence per clause, each clause ending at its joining comma or semicolon,
   * read as a full stop.
   */
  private static List<CoreMap> clauses(CoreMap sentence, List<Integer> starts) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Integer> bounds = new ArrayList<>(List.of(0));
    bounds.addAll(starts);
    bounds.add(tokens.size());
    List<CoreMap> clauses = new ArrayList<>();
    for (int c = 0; c + 1 < bounds.size(); c++) {
      List<CoreLabel> copies = copies(tokens,
          java.util.stream.IntStream.range(bounds.get(c), bounds.get(c + 1)).boxed().toList());
      if (c + 2 < bounds.size()) {
        asFullStop(copies.get(copies.size() - 1));  // the joining comma ends its clause as a full stop would
      }
      CoreMap clause = sentenceOf(copies);
      clause.set(CoreAnnotations.TokenBeginAnnotation.class, bounds.get(c));
      clauses.add(clause);
    }
    return clauses;
  }

  /** The clauses' graphs as one graph of the sentence's own tokens, and the clauses' lemmas on those tokens. */
  private static void join(CoreMap sentence, List<CoreMap> clauses) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreMap clause : clauses) {
      int offset = clause.get(CoreAnnotations.TokenBeginAnnotation.class);
      List<CoreLabel> copies = clause.get(CoreAnnotations.TokensAnnotation.class);
      for (int t = 0; t < copies.size(); t++) {
        CoreLabel token = tokens.get(offset + t);
        token.setLemma(token.word().equals(copies.get(t).word()) ? copies.get(t).lemma() : token.word());
      }
    }
    for (Class<? extends CoreAnnotation<SemanticGraph>> kind : GRAPHS) {
      SemanticGraph joined = new SemanticGraph();
      for (CoreMap clause : clauses) {
        SemanticGraph graph = clause.get(kind);
        if (graph == null) {
          continue;
        }
        int offset = clause.get(CoreAnnotations.TokenBeginAnnotation.class);
        for (IndexedWord node : graph.vertexSet()) {
          joined.addVertex(own(tokens, offset, node));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
          joined.addEdge(own(tokens, offset, e.getGovernor()), own(tokens, offset, e.getDependent()),
              e.getRelation(), e.getWeight(), e.isExtra());
        }
        graph.getRoots().forEach(root -> joined.addRoot(own(tokens, offset, root)));
      }
      sentence.set(kind, joined);
    }
  }

  /** The node of the sentence's own token for a clause's node (a copy node of the enhanced graph stays a copy). */
  private static IndexedWord own(List<CoreLabel> tokens, int offset, IndexedWord node) {
    IndexedWord word = new IndexedWord(tokens.get(offset + node.index() - 1));
    return node.copyCount() > 0 ? word.makeSoftCopy(node.copyCount()) : word;
  }

  /** An annotation holding these sentences and their tokens, for a pipeline to annotate them together. */
  static Annotation subset(List<CoreMap> sentences) {
    Annotation subset = new Annotation("");
    subset.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    subset.set(CoreAnnotations.TokensAnnotation.class,
        sentences.stream().flatMap(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream()).toList());
    return subset;
  }
}
