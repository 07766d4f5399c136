package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.Parentheses;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/**
 * Applies Semgrex relation rules to each sentence's enhanced++ dependency graph and writes the gene–drug–effect
 * triples they find, each marked negated or hedged.
 *
 * <p>Register with {@code customAnnotatorClass.biorelation = org.litmine.annotators.relation.RelationAnnotator}.
 *
 * <p>Properties ({@code biorelation} stands for the annotator's name):
 *
 * <ul>
 *   <li>{@code biorelation.rules.dir}: classpath folder holding one {@code <effect>.rules} file per {@link Effect}
 *       and {@code common.macros}, the node descriptions they share (default
 *       {@code org/litmine/annotators/rules/semgrex}); see {@link RuleFile} for the format.
 *   <li>{@code biorelation.cues.negation}, {@code biorelation.cues.hedging}: cue lexicons, word → {@code modifier}
 *       or {@code governor} (defaults under {@code org/litmine/annotators/rules/cues/}).
 *   <li>{@code biorelation.cues.statementVerbs}: verbs whose noun subject is a statement, so that their negation
 *       or hedge is the statement's (default {@code .../cues/statement-verbs.tsv}).
 *   <li>{@code biorelation.cues.dnaElements}: nouns for a stretch of DNA (default {@code .../cues/dna-elements.tsv}):
 *       a gene that is their compound modifier ("GR binding sites") names a place in the genome, not the gene
 *       product, and a match on it is dropped.
 * </ul>
 *
 * <p>A rule names the nodes {@code gene} and {@code drug}; a match yields one triple per identifier of the gene or
 * gene family mention covering the {@code gene} node, with the drug covering the {@code drug} node or each class
 * headed by it.
 * A class is not related to the gene it is named after ("mTOR inhibitors" says nothing new about MTOR). Rules match
 * a copy of the graph in which exemplars stand where their umbrella noun does ({@link ExemplarEdges}). Within a
 * sentence, a triple found by several rules is kept once, from the most reliable rule.
 */
public class RelationAnnotator implements Annotator {

  private static final String DEFAULT_RULES = "org/litmine/annotators/rules/semgrex";
  private static final String DEFAULT_CUES = "org/litmine/annotators/rules/cues/";
  private static final String ANTI_IGF1R = "anti-igf1r";
  private static final String COMMON_MACROS = "common.macros";

  private final List<RelationRule> rules;
  private final ModalityDetector modality;
  private final Lexicon dnaElements;

  public RelationAnnotator(String name, Properties props) {
    this(loadRules(props.getProperty(name + ".rules.dir", DEFAULT_RULES)),
        new ModalityDetector(
            Lexicon.load(props.getProperty(name + ".cues.negation", DEFAULT_CUES + "negation.tsv")),
            Lexicon.load(props.getProperty(name + ".cues.hedging", DEFAULT_CUES + "hedging.tsv")),
            Lexicon.load(props.getProperty(name + ".cues.statementVerbs", DEFAULT_CUES + "statement-verbs.tsv"))),
        Lexicon.load(props.getProperty(name + ".cues.dnaElements", DEFAULT_CUES + "dna-elements.tsv")));
  }

  public RelationAnnotator(List<RelationRule> rules, ModalityDetector modality, Lexicon dnaElements) {
    this.rules = List.copyOf(rules);
    this.modality = modality;
    this.dnaElements = dnaElements;
  }

  private static List<RelationRule> loadRules(String dir) {
    Map<String, String> common = RuleFile.readMacros(dir + "/" + COMMON_MACROS);
    List<RelationRule> rules = new ArrayList<>();
    for (Effect effect : Effect.values()) {
      rules.addAll(RuleFile.read(dir + "/" + effect.label() + ".rules", effect, new LinkedHashMap<>(common)));
    }
    return rules;
  }


  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentence.set(BioAnnotations.TriplesAnnotation.class, triples(sentence));
    }
  }

  /** The triples of one sentence, in rule order, one per (gene, drug, effect, negated). */
  public List<TripleMention> triples(CoreMap sentence) {
    List<BioMention> mentions = sentence.get(BioAnnotations.BioMentionsAnnotation.class);
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    Map<String, TripleMention> found = new LinkedHashMap<>();
    if (mentions == null || graph == null || mentions.isEmpty()) {
      return List.of();
    }
    SemanticGraph enriched = ExemplarEdges.addTo(graph, mentions);
    java.util.function.IntFunction<String> words = tokenWords(sentence);
    for (RelationRule rule : rules) {
      for (SemgrexPattern pattern : rule.patterns()) {
        collect(rule, pattern.matcher(enriched), enriched, mentions, words, found);
      }
    }
    return List.copyOf(found.values());
  }

  private void collect(RelationRule rule, SemgrexMatcher m, SemanticGraph graph, List<BioMention> mentions,
      java.util.function.IntFunction<String> words, Map<String, TripleMention> found) {
    while (m.find()) {
      IndexedWord geneNode = m.getNode("gene");
      IndexedWord drugNode = m.getNode("drug");
      Optional<BioMention> gene = geneAt(mentions, geneNode);
      if (gene.isEmpty() || modifiesDnaElement(graph, geneNode)) {
        continue;
      }
      IndexedWord cue = m.getNode("cue");
      boolean negated = modality.negated(graph, geneNode, drugNode);
      boolean hedged = modality.hedged(graph, geneNode, drugNode);
      for (BioMention drug : drugsAt(mentions, drugNode)) {
        if (rule.noDrugBetween() && cue != null && !isPlural(cue)
            && namedDrugBetween(mentions, drug, cue.index() - 1, words)) {
          continue;
        }
        for (String geneId : gene.get().ids()) {
          for (String drugId : drug.ids()) {
            if (namesItsOwnTarget(rule.effect(), drug, drugId, gene.get(), geneId)) {
              continue;
            }
            TripleMention triple = triple(rule, geneId, drugId, gene.get(), drug, negated, hedged, mentions, words);
            String key = triple.geneKind() + "\t" + geneId + "\t" + drugId + "\t" + rule.effect() + "\t" + negated;
            TripleMention previous = found.get(key);
            if (previous == null || previous.ruleConfidence() < rule.confidence()) {
              found.put(key, triple);
            }
          }
        }
      }
    }
  }

  private static TripleMention triple(RelationRule rule, String geneId, String drugId, BioMention gene,
      BioMention drug, boolean negated, boolean hedged, List<BioMention> mentions,
      java.util.function.IntFunction<String> wordAt) {
    String geneKind = gene.type() == EntityType.FAMILY ? "family" : "gene";
    String kind = drug.type() == EntityType.DRUG_CLASS ? "class" : "drug";
    BioMention geneAlias = ParenthesizedAliases.of(gene, mentions, wordAt);
    BioMention drugAlias = ParenthesizedAliases.of(drug, mentions, wordAt);
    return new TripleMention(geneId, geneKind, drugId, kind, rule.effect(), negated, hedged, rule.name(),
        rule.confidence(), gene.text(), gene.charBegin(), gene.charEnd(), drug.text(), drug.charBegin(),
        drug.charEnd(), geneAlias == null ? null : geneAlias.text(), drugAlias == null ? null : drugAlias.text());
  }

  /**
   * Whether a sentence can yield a triple at all: it names a gene and a drug or drug class. Only such sentences
   * need a dependency parse.
   */
  public static boolean mayRelate(CoreMap sentence) {
    List<BioMention> mentions = sentence.get(BioAnnotations.BioMentionsAnnotation.class);
    return mentions != null
        && mentions.stream().anyMatch(RelationAnnotator::fillsGeneSlot)
        && mentions.stream().anyMatch(RelationAnnotator::fillsDrugSlot);
  }

  /**
   * A mention a triple's gene can come from: a gene, or a gene family ("COX inhibitors", "5-HT3 receptor
   * antagonists"), whose triples are kept apart from the genes' ({@link TripleMention#geneKind()}).
   */
  private static boolean fillsGeneSlot(BioMention m) {
    return m.type() == EntityType.GENE || m.type() == EntityType.FAMILY;
  }

  /** A mention a triple's drug can come from: a named drug or chemical, or a drug class. */
  private static boolean fillsDrugSlot(BioMention m) {
    return m.type().isDrugLike() || m.type() == EntityType.DRUG_CLASS;
  }

  /** Whether the gene node is a compound modifier of a noun for a stretch of DNA ("GR binding sites"). */
  private boolean modifiesDnaElement(SemanticGraph graph, IndexedWord geneNode) {
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(geneNode)) {
      IndexedWord head = edge.getGovernor();
      String lemma = head.lemma() == null ? head.word() : head.lemma();
      if (edge.getRelation().toString().equals("compound") && dnaElements.lookup(lemma).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether another named drug lies wholly between {@code drug} and the token {@code cue}. Neither the same drug
   * under another name ("selumetinib (AZD6244) is a MEK inhibitor") nor a word inside a class name ("tyrosine" in
   * "an EGFR tyrosine kinase inhibitor") counts.
   */
  static boolean namedDrugBetween(List<BioMention> mentions, BioMention drug, int cue) {
    return namedDrugBetween(mentions, drug, cue, i -> null);
  }

  /**
   * The same, where {@code wordAt} gives the word of a token (0-based; null beyond the sentence): a drug inside the
   * parenthesis right after the drug, before the cue, is the drug's own aside (its chemical name, a dose, a brand:
   * "X (a 2-methoxyphenyl derivative; 10 nM), a selective Y antagonist") and does not count.
   */
  static boolean namedDrugBetween(List<BioMention> mentions, BioMention drug, int cue,
      java.util.function.IntFunction<String> wordAt) {
    int from = cue < drug.tokenBegin() ? cue + 1 : drug.tokenEnd();
    int to = cue < drug.tokenBegin() ? drug.tokenBegin() : cue;
    int asideEnd = cue < drug.tokenBegin() ? -1 : asideEnd(drug.tokenEnd(), cue, wordAt);
    return mentions.stream().anyMatch(m -> m.type().isDrugLike()
        && m.tokenBegin() >= from && m.tokenEnd() <= to && java.util.Collections.disjoint(m.ids(), drug.ids())
        && !(m.tokenEnd() <= asideEnd)
        && mentions.stream().noneMatch(c -> c.type() == EntityType.DRUG_CLASS
            && c.tokenBegin() <= m.tokenBegin() && m.tokenEnd() <= c.tokenEnd()));
  }

  /** The index of the token closing a parenthesis that opens at {@code open} and closes before {@code cue}, or -1. */
  private static int asideEnd(int open, int cue, java.util.function.IntFunction<String> wordAt) {
    if (!Parentheses.opens(wordAt.apply(open))) {
      return -1;
    }
    int depth = 0;
    for (int i = open; i < cue; i++) {
      String w = wordAt.apply(i);
      if (w == null) {
        return -1;
      }
      if (Parentheses.opens(w)) {
        depth++;
      } else if (Parentheses.closes(w)) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The word of a token of the sentence (0-based), or null beyond it. */
  private static java.util.function.IntFunction<String> tokenWords(CoreMap sentence) {
    List<edu.stanford.nlp.ling.CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    return i -> i >= 0 && i < tokens.size() ? tokens.get(i).word() : null;
  }

  /** A plural cue describes a list ("A and B, two EGFR inhibitors"): the drugs between are its members. */
  private static boolean isPlural(IndexedWord cue) {
    return cue.tag() != null && cue.tag().startsWith("NNS");
  }

  private static Optional<BioMention> geneAt(List<BioMention> mentions, IndexedWord node) {
    if (node == null) {
      return Optional.empty();
    }
    int token = node.index() - 1;
    return mentions.stream().filter(m -> fillsGeneSlot(m) && m.covers(token)).findFirst();
  }

  /**
   * The named drug covering the node, or every class whose head word the node is, or that covers the node where the
   * node is tagged as a class word ("BRAF" in "BRAF and MEK inhibitors").
   */
  private static List<BioMention> drugsAt(List<BioMention> mentions, IndexedWord node) {
    if (node == null) {
      return List.of();
    }
    int token = node.index() - 1;
    List<BioMention> drugs = new ArrayList<>();
    boolean classToken = EntityType.DRUG_CLASS.name().equals(node.ner());
    for (BioMention m : mentions) {
      boolean drug = m.type().isDrugLike() && m.covers(token);
      boolean classHead = m.type() == EntityType.DRUG_CLASS && m.tokenEnd() - 1 == token;
      boolean classWord = m.type() == EntityType.DRUG_CLASS && classToken && m.covers(token);
      if (drug || classHead || classWord) {
        drugs.add(m);
      }
    }
    return drugs;
  }

  /**
   * A class says nothing new about the gene it is named after: never within its own name ("mTOR inhibitors"),
   * and for {@code inhibits} and {@code sensitizes} not elsewhere in the sentence either ("ALK inhibitors block
   * ALK", "ALK inhibition overcomes resistance to ALK inhibitors"). What else the paper says of the class and its
   * target stands ("IGF-IR localization predicts response to anti-IGF-IR antibodies", "ALK amplification confers
   * resistance to ALK inhibitors").
   */
  private static boolean namesItsOwnTarget(Effect effect, BioMention drug, String drugId, BioMention gene,
      String geneId) {
    if (drug.type() != EntityType.DRUG_CLASS) {
      return false;
    }
    boolean inside = gene.tokenBegin() >= drug.tokenBegin() && gene.tokenEnd() <= drug.tokenEnd();
    boolean own = drugId.equals(geneId.toLowerCase(java.util.Locale.ROOT) + " inhibitor")
        || (drugId.equals(ANTI_IGF1R) && geneId.equals("IGF1R"));
    return inside || (own && (effect == Effect.INHIBITS || effect == Effect.SENSITIZES));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        BioAnnotations.BioMentionsAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(BioAnnotations.TriplesAnnotation.class);
  }
}
