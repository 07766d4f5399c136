package org.litmine.annotators.classify;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.ner.BioMention;

/**
 * The sparse features of a candidate pair, those known to carry over between corpora of relation statements: the
 * kinds of the two mentions and their order and distance, the words between and around them, the shortest
 * dependency path between their heads (lemmas and relations), the governors of each, coordination, the other
 * mentions between, negation and hedge cues, and which rule effects matched the pair. Entity names never become
 * features: a mention's tokens are read as its kind.
 *
 * <p>Features are strings {@code name:value}; the same sentence and pair always give the same sorted set. Trigger
 * words (a lexicon of word → class: inhibit, induce, reduce, resist, ...) also count as their class, between the
 * mentions, beside them and on the path, so that a word the training data lacks still counts by its class.
 */
public final class PairFeatures {

  /** The constant feature every pair has: the model's intercept. */
  public static final String BIAS = "bias";
  /** The prefix of the features naming the effects rules found for the pair ({@code rule:inhibits}). */
  public static final String RULE = "rule:";
  /** The feature of a pair no rule matched. */
  public static final String NO_RULE = RULE + "none";
  private static final int WINDOW = 2;
  private static final int MAX_PATH = 8;

  private final Lexicon triggers;

  public PairFeatures(Lexicon triggers) {
    this.triggers = triggers;
  }

  /**
   * The features of {@code pair} in a parsed sentence. {@code ruleEffects} are the effects that rules found for the
   * pair; {@code negated} and {@code hedged} the modality of the pair's statement.
   */
  public List<String> of(CoreMap sentence, SemanticGraph graph, List<BioMention> mentions,
      CandidatePair pair, Set<String> ruleEffects, boolean negated, boolean hedged) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    Set<String> f = new TreeSet<>();
    f.add(BIAS);
    BioMention gene = pair.gene();
    BioMention drug = pair.drug();
    boolean geneFirst = gene.tokenBegin() < drug.tokenBegin();
    BioMention first = geneFirst ? gene : drug;
    BioMention second = geneFirst ? drug : gene;
    String kinds = gene.type() + "|" + drug.type();
    f.add("kinds:" + kinds);
    f.add("order:" + (geneFirst ? "gene-drug" : "drug-gene"));
    f.add("kindsOrder:" + kinds + (geneFirst ? ">" : "<"));
    int gap = second.tokenBegin() - first.tokenEnd();
    f.add("gap:" + bucket(gap));
    String[] words = words(tokens, mentions, pair);
    List<String> between = new ArrayList<>();
    for (int i = first.tokenEnd(); i < second.tokenBegin(); i++) {
      if (words[i] != null) {
        between.add(words[i]);
      }
    }
    for (String w : between) {
      f.add("between:" + w);
      trigger(w).ifPresent(c -> f.add("triggerBetween:" + c));
    }
    for (int i = 0; i + 1 < between.size(); i++) {
      f.add("between2:" + between.get(i) + "_" + between.get(i + 1));
    }
    if (between.size() <= 4) {
      f.add("betweenAll:" + String.join("_", between));
    }
    f.add("mentionsBetween:" + mentionsBetween(mentions, first, second));
    window(f, "gene", words, gene);
    window(f, "drug", words, drug);
    if (graph != null) {
      pathFeatures(f, graph, gene, drug, words);
    }
    for (String effect : ruleEffects) {
      f.add(RULE + effect);
    }
    if (ruleEffects.isEmpty()) {
      f.add(NO_RULE);
    }
    if (negated) {
      f.add("negated");
    }
    if (hedged) {
      f.add("hedged");
    }
    return List.copyOf(f);
  }

  /** The words of the sentence as features read them: lowercased lemmas, numbers as NUM, other mentions as kinds. */
  private static String[] words(List<CoreLabel> tokens, List<BioMention> mentions, CandidatePair pair) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      words[i] = normalize(tokens.get(i));
    }
    for (BioMention m : mentions) {
      String tag = m == pair.gene() ? "GENE_A" : m == pair.drug() ? "DRUG_B" : m.type().name();
      for (int i = m.tokenBegin(); i < m.tokenEnd() && i < words.length; i++) {
        words[i] = i == m.tokenBegin() ? tag : null;
      }
    }
    return words;
  }

  private static String normalize(CoreLabel token) {
    String w = token.lemma() != null ? token.lemma() : token.word();
    w = w.toLowerCase(Locale.ROOT);
    if (w.chars().anyMatch(Character::isDigit) && w.chars().noneMatch(Character::isLetter)) {
      return "NUM";
    }
    return w;
  }

  private void window(Set<String> f, String name, String[] words, BioMention m) {
    for (int k = 1; k <= WINDOW; k++) {
      int left = m.tokenBegin() - k;
      int right = m.tokenEnd() - 1 + k;
      String l = left >= 0 ? words[left] : "<s>";
      String r = right < words.length ? words[right] : "</s>";
      f.add(name + "L" + k + ":" + l);
      f.add(name + "R" + k + ":" + r);
      trigger(l).ifPresent(c -> f.add("triggerBeside:" + name + ":" + c));
      trigger(r).ifPresent(c -> f.add("triggerBeside:" + name + ":" + c));
    }
  }

  /** The trigger class of a feature word, if it has one. */
  private java.util.Optional<String> trigger(String word) {
    return word == null ? java.util.Optional.empty() : triggers.lookup(word).map(ids -> ids.get(0));
  }

  private static String mentionsBetween(List<BioMention> mentions, BioMention first, BioMention second) {
    int genes = 0;
    int drugs = 0;
    for (BioMention m : mentions) {
      if (m.tokenBegin() >= first.tokenEnd() && m.tokenEnd() <= second.tokenBegin()) {
        if (SlotKinds.fillsGeneSlot(m)) {
          genes++;
        } else if (SlotKinds.fillsDrugSlot(m)) {
          drugs++;
        }
      }
    }
    return Math.min(genes, 2) + "g" + Math.min(drugs, 2) + "d";
  }

  private void pathFeatures(Set<String> f, SemanticGraph graph, BioMention gene, BioMention drug,
      String[] words) {
    IndexedWord g = MentionHeads.of(graph, gene);
    IndexedWord d = MentionHeads.of(graph, drug);
    if (g == null || d == null) {
      f.add("path:none");
      return;
    }
    governor(f, "geneGov", graph, g, words);
    governor(f, "drugGov", graph, d, words);
    List<SemanticGraphEdge> edges = graph.getShortestUndirectedPathEdges(g, d);
    List<IndexedWord> nodes = graph.getShortestUndirectedPathNodes(g, d);
    if (edges == null || nodes == null) {
      f.add("path:none");
      return;
    }
    f.add("pathLength:" + bucket(edges.size()));
    StringBuilder relations = new StringBuilder();
    StringBuilder full = new StringBuilder();
    for (int i = 0; i < edges.size(); i++) {
      SemanticGraphEdge e = edges.get(i);
      IndexedWord from = nodes.get(i);
      String rel = (e.getGovernor().equals(from) ? ">" : "<") + e.getRelation().toString();
      relations.append(rel);
      full.append(rel);
      f.add("pathEdge:" + rel);
      if (i + 1 < edges.size()) {
        String lemma = word(nodes.get(i + 1), words);
        full.append(lemma);
        f.add("pathWord:" + lemma);
        f.add("pathWordEdge:" + rel + lemma);
        trigger(lemma).ifPresent(c -> f.add("triggerOnPath:" + c));
      }
    }
    if (edges.size() <= MAX_PATH) {
      f.add("pathRelations:" + relations);
      f.add("path:" + full);
    }
    if (edges.size() == 1 && edges.get(0).getRelation().toString().startsWith("conj")) {
      f.add("coordinated");
    }
    int up = 0;
    while (up < edges.size() && !edges.get(up).getGovernor().equals(nodes.get(up))) {
      up++;
    }
    f.add("pathTop:" + word(nodes.get(up), words));
  }

  private void governor(Set<String> f, String name, SemanticGraph graph, IndexedWord node, String[] words) {
    SemanticGraphEdge edge = graph.incomingEdgeIterable(node).iterator().hasNext()
        ? graph.incomingEdgeIterable(node).iterator().next() : null;
    if (edge == null) {
      f.add(name + ":ROOT");
      return;
    }
    String head = word(edge.getGovernor(), words);
    f.add(name + ":" + edge.getRelation() + "_" + head);
    trigger(head).ifPresent(c -> f.add(name + "Trigger:" + c));
  }

  private static String word(IndexedWord node, String[] words) {
    int i = node.index() - 1;
    String w = i >= 0 && i < words.length ? words[i] : null;
    return w == null ? "MENTION" : w;
  }

  private static String bucket(int n) {
    if (n <= 2) {
      return Integer.toString(Math.max(n, 0));
    }
    return n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : "21+";
  }
}
