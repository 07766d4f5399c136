package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.Parentheses;
import org.litmine.annotators.classify.CandidatePair;
import org.litmine.annotators.classify.ListedTogether;
import org.litmine.annotators.classify.MentionHeads;
import org.litmine.annotators.classify.PairClassifier;
import org.litmine.annotators.classify.PairFeatures;
import org.litmine.annotators.classify.SlotKinds;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.lexicon.LexiconSet;
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
 *   <li>{@code biorelation.classTargets}: the class targets lexicon (default {@code lexicons/class_targets.tsv}),
 *       which says which gene a drug class is named after.
 *   <li>{@code biorelation.classifier.models}: the relation models, comma-separated (default the bundled
 *       pharmacology and predictive models; empty: the rules alone); {@code biorelation.cues.relationTriggers} and
 *       {@code biorelation.cues.predictiveDirection}: their cue lexicons.
 * </ul>
 *
 * <p>A rule names the nodes {@code gene} and {@code drug}; a match yields one triple per identifier of the gene or
 * gene family mention covering the {@code gene} node, with the drug covering the {@code drug} node or each class
 * headed by it. A node a rule names {@code absence} is a negation word the rule reads as part of its statement
 * ("lack of response to Y", "cells lacking X", "did not benefit"): it does not negate the triple.
 * A class is not related to the gene it is named after ("mTOR inhibitors" says nothing new about MTOR). Rules match
 * a copy of the graph in which exemplars stand where their umbrella noun does ({@link ExemplarEdges}). Within a
 * sentence, a triple found by several rules is kept once, from the most reliable rule.
 */
public class RelationAnnotator implements Annotator {

  private static final String DEFAULT_RULES = "org/litmine/annotators/rules/semgrex";
  private static final String DEFAULT_CUES = "org/litmine/annotators/rules/cues/";
  /** The node a rule names for a negation word that belongs to its statement ({@link ModalityDetector}). */
  private static final String ABSENCE_NODE = "absence";

  private final List<RelationRule> rules;
  private final ModalityDetector modality;
  private final Lexicon dnaElements;
  private final Lexicon classTargets;
  private final PairFeatures pairFeatures;
  private final PairClassifier classifier;
  private final WordReadings wordReadings;

  public RelationAnnotator(String name, Properties props) {
    this(RuleFile.readAll(props.getProperty(name + ".rules.dir", DEFAULT_RULES)),
        new ModalityDetector(
            Lexicon.load(props.getProperty(name + ".cues.negation", DEFAULT_CUES + "negation.tsv")),
            Lexicon.load(props.getProperty(name + ".cues.hedging", DEFAULT_CUES + "hedging.tsv")),
            Lexicon.load(props.getProperty(name + ".cues.statementVerbs", DEFAULT_CUES + "statement-verbs.tsv"))),
        Lexicon.load(props.getProperty(name + ".cues.dnaElements", DEFAULT_CUES + "dna-elements.tsv")),
        Lexicon.load(props.getProperty(name + ".classTargets", LexiconSet.RESOURCE_DIR + "class_targets.tsv")),
        new PairFeatures(
            Lexicon.load(props.getProperty(name + ".cues.relationTriggers", DEFAULT_CUES + "relation-triggers.tsv"))),
        loadClassifier(name, props));
  }

  public RelationAnnotator(List<RelationRule> rules, ModalityDetector modality, Lexicon dnaElements) {
    this(rules, modality, dnaElements, Lexicon.load(LexiconSet.RESOURCE_DIR + "class_targets.tsv"), null, null);
  }

  /** {@code classifier} may be null: rules alone. */
  public RelationAnnotator(List<RelationRule> rules, ModalityDetector modality, Lexicon dnaElements,
      Lexicon classTargets, PairFeatures pairFeatures, PairClassifier classifier) {
    this.rules = List.copyOf(rules);
    this.modality = modality;
    this.dnaElements = dnaElements;
    this.classTargets = classTargets;
    this.pairFeatures = pairFeatures;
    this.classifier = classifier;
    this.wordReadings = WordReadings.load(classTargets);
  }

  private static PairClassifier loadClassifier(String name, Properties props) {
    String models = props.getProperty(name + ".classifier.models",
        PairClassifier.PHARMACOLOGY_MODEL + "," + PairClassifier.PREDICTIVE_MODEL).strip();
    if (models.isEmpty()) {
      return null;
    }
    return PairClassifier.load(List.of(models.split("\\s*,\\s*")),
        props.getProperty(name + ".cues.predictiveDirection", DEFAULT_CUES + "predictive-direction.tsv"));
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentence.set(BioAnnotations.TriplesAnnotation.class, triples(sentence));
    }
  }

  /**
   * The triples of one sentence, in rule order, one per (gene, drug, effect, negated); genes and drugs paired one to
   * one where the sentence says "respectively" ({@link RespectivePairs}).
   */
  public List<TripleMention> triples(CoreMap sentence) {
    List<BioMention> mentions = sentence.get(BioAnnotations.BioMentionsAnnotation.class);
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    Map<String, TripleMention> found = new LinkedHashMap<>();
    if (mentions == null || graph == null || mentions.isEmpty()) {
      return List.of();
    }
    java.util.function.IntFunction<String> words = tokenWords(sentence);
    Map<CandidatePair, Set<String>> ruleEffects = matchRules(sentence, graph, mentions, words, found);
    if (classifier != null) {
      for (CandidatePair pair : CandidatePair.of(mentions)) {
        if (!ruleEffects.containsKey(pair)) {
          classify(sentence, graph, mentions, pair, words, found);
        }
      }
    }
    return RespectivePairs.of(List.copyOf(found.values()), sentence.get(CoreAnnotations.TokensAnnotation.class));
  }

  /**
   * The candidate pairs of a parsed sentence with their classifier features, as {@link #triples} computes them (the
   * rules' effects on each pair among them): what a relation model is trained on.
   */
  public Map<CandidatePair, List<String>> pairFeatures(CoreMap sentence) {
    List<BioMention> mentions = sentence.get(BioAnnotations.BioMentionsAnnotation.class);
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    Map<CandidatePair, List<String>> features = new LinkedHashMap<>();
    if (mentions == null || graph == null || mentions.isEmpty()) {
      return features;
    }
    Map<CandidatePair, Set<String>> ruleEffects =
        matchRules(sentence, graph, mentions, tokenWords(sentence), new LinkedHashMap<>());
    for (CandidatePair pair : CandidatePair.of(mentions)) {
      features.put(pair, read(sentence, graph, mentions, pair, ruleEffects.getOrDefault(pair, Set.of())).features());
    }
    return features;
  }

  /**
   * Applies every rule, then the readings from the words ({@link WordReadings}), adding
   * their triples to {@code found}; returns the effects rules found for each pair.
   */
  private Map<CandidatePair, Set<String>> matchRules(CoreMap sentence, SemanticGraph graph, List<BioMention> mentions,
      java.util.function.IntFunction<String> words, Map<String, TripleMention> found) {
    SemanticGraph enriched = ExemplarEdges.addTo(graph, mentions);
    Map<CandidatePair, Set<String>> ruleEffects = new HashMap<>();
    for (RelationRule rule : rules) {
      for (SemgrexPattern pattern : rule.patterns()) {
        collect(rule, pattern.matcher(enriched), enriched, mentions, words, found, ruleEffects);
      }
    }
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (WordReadings.Reading reading : wordReadings.of(mentions, tokens)) {
      if (!WordReadings.yields(reading, ruleEffects.getOrDefault(reading.pair(), Set.of()))) {
        addWordReading(reading, graph, mentions, words, found, ruleEffects);
      }
    }
    return ruleEffects;
  }

  /**
   * Adds the triples of a pair read from the words; a reading through a word of denial only where the parse marks its
   * statement negated.
   */
  private void addWordReading(WordReadings.Reading reading, SemanticGraph graph, List<BioMention> mentions,
      java.util.function.IntFunction<String> words, Map<String, TripleMention> found,
      Map<CandidatePair, Set<String>> ruleEffects) {
    CandidatePair pair = reading.pair();
    PairModality said = modalityOf(graph, pair);
    if (reading.denied() && !said.negated()) {
      return;
    }
    ruleEffects.computeIfAbsent(pair, k -> new java.util.TreeSet<>()).add(reading.effect().label());
    for (String geneId : pair.gene().ids()) {
      for (String drugId : pair.drug().ids()) {
        TripleMention triple = triple(reading.rule(), reading.effect(), reading.confidence(), geneId, drugId,
            pair.gene(), pair.drug(), said.negated(), said.hedged(), mentions, words);
        found.putIfAbsent(key(triple), triple);
      }
    }
  }

  /** A candidate pair as the classifier reads it: the heads of its mentions, its modality and its features. */
  private record PairReading(IndexedWord gene, IndexedWord drug, boolean negated, boolean hedged,
      List<String> features) {}

  private PairReading read(CoreMap sentence, SemanticGraph graph, List<BioMention> mentions, CandidatePair pair,
      Set<String> ruleEffects) {
    PairModality m = modalityOf(graph, pair);
    return new PairReading(m.gene(), m.drug(), m.negated(), m.hedged(),
        pairFeatures.of(sentence, graph, mentions, pair, ruleEffects, m.negated(), m.hedged()));
  }

  /** The heads of a pair's mentions in the graph (null where none) and whether its statement is negated or hedged. */
  private record PairModality(IndexedWord gene, IndexedWord drug, boolean negated, boolean hedged) {}

  private PairModality modalityOf(SemanticGraph graph, CandidatePair pair) {
    IndexedWord g = MentionHeads.of(graph, pair.gene());
    IndexedWord d = MentionHeads.of(graph, pair.drug());
    boolean found = g != null && d != null;
    return new PairModality(g, d, found && modality.negated(graph, g, d), found && modality.hedged(graph, g, d));
  }

  /** Adds the classifier's triple for a pair no rule matched, if a model accepts it. */
  private void classify(CoreMap sentence, SemanticGraph graph, List<BioMention> mentions, CandidatePair pair,
      java.util.function.IntFunction<String> words, Map<String, TripleMention> found) {
    PairReading reading = read(sentence, graph, mentions, pair, Set.of());
    if (reading.gene() == null || reading.drug() == null || modifiesDnaElement(graph, reading.gene())
        || ListedTogether.of(graph, reading.gene(), reading.drug())) {
      return;
    }
    Optional<PairClassifier.Decision> decision = classifier.decide(sentence, reading.features(), pair.gene());
    if (decision.isEmpty()) {
      return;
    }
    Effect effect = decision.get().effect();
    for (String geneId : pair.gene().ids()) {
      for (String drugId : pair.drug().ids()) {
        if (!namesItsOwnTarget(effect, pair.drug(), drugId, pair.gene(), geneId)) {
          TripleMention triple =
              triple(PairClassifier.RULE_NAME, effect, decision.get().probability(), geneId, drugId,
              pair.gene(), pair.drug(), reading.negated(), reading.hedged(), mentions, words);
          found.putIfAbsent(key(triple), triple);
        }
      }
    }
  }

  /** A sentence keeps one triple per (gene kind, gene, drug, effect, negated). */
  private static String key(TripleMention t) {
    return t.geneKind() + "\t" + t.gene() + "\t" + t.drug() + "\t" + t.effect() + "\t" + t.negated();
  }

  private void collect(RelationRule rule, SemgrexMatcher m, SemanticGraph graph, List<BioMention> mentions,
      java.util.function.IntFunction<String> words, Map<String, TripleMention> found,
      Map<CandidatePair, Set<String>> ruleEffects) {
    while (m.find()) {
      IndexedWord geneNode = m.getNode("gene");
      IndexedWord drugNode = m.getNode("drug");
      Optional<BioMention> gene = MentionsAtNodes.geneAt(mentions, geneNode);
      if (gene.isEmpty() || modifiesDnaElement(graph, geneNode)) {
        continue;
      }
      IndexedWord cue = m.getNode("cue");
      IndexedWord absence = m.getNode(ABSENCE_NODE);
      Set<IndexedWord> absences = absence == null ? Set.of() : Set.of(absence);
      boolean negated = modality.negated(graph, geneNode, drugNode, absences)
          || cue != null && modality.deniesStatementWord(graph, cue, absences);
      boolean hedged = modality.hedged(graph, geneNode, drugNode);
      List<BioMention> drugs = MentionsAtNodes.drugsAt(mentions, drugNode);
      add(rule, gene.get(), drugs, negated, hedged, cue, mentions, words, found, ruleEffects);
      for (DeniedConjuncts.Denied denied : DeniedConjuncts.of(graph, mentions, cue, geneNode, drugNode, gene.get(),
          drugs)) {
        add(rule, denied.gene(), denied.drugs(), true, hedged, cue, mentions, words, found, ruleEffects);
      }
    }
  }

  /** Adds a rule's triples of a gene and the drugs matched with it. */
  private void add(RelationRule rule, BioMention gene, List<BioMention> drugs, boolean negated, boolean hedged,
      IndexedWord cue, List<BioMention> mentions, java.util.function.IntFunction<String> words,
      Map<String, TripleMention> found, Map<CandidatePair, Set<String>> ruleEffects) {
    for (BioMention drug : drugs) {
      if (rule.noDrugBetween() && cue != null && !isPlural(cue)
          && DrugsBetween.namedDrugBetween(mentions, drug, cue.index() - 1, words)) {
        continue;
      }
      for (String geneId : gene.ids()) {
        for (String drugId : drug.ids()) {
          if (namesItsOwnTarget(rule.effect(), drug, drugId, gene, geneId)) {
            continue;
          }
          ruleEffects.computeIfAbsent(new CandidatePair(gene, drug), k -> new java.util.TreeSet<>())
              .add(rule.effect().label());
          TripleMention triple = triple(rule.name(), rule.effect(), rule.confidence(), geneId, drugId, gene,
              drug, negated, hedged, mentions, words);
          TripleMention previous = found.get(key(triple));
          if (previous == null || previous.ruleConfidence() < rule.confidence()) {
            found.put(key(triple), triple);
          }
        }
      }
    }
  }

  private static TripleMention triple(String ruleName, Effect effect, double confidence, String geneId, String drugId, BioMention gene,
      BioMention drug, boolean negated, boolean hedged, List<BioMention> mentions,
      java.util.function.IntFunction<String> wordAt) {
    String geneKind = !gene.grounded() ? TripleMention.NAME : gene.type() == EntityType.FAMILY ? "family" : "gene";
    String kind = !drug.grounded() ? TripleMention.NAME : drug.type() == EntityType.DRUG_CLASS ? "class" : "drug";
    BioMention geneAlias = ParenthesizedAliases.of(gene, mentions, wordAt);
    BioMention drugAlias = ParenthesizedAliases.of(drug, mentions, wordAt);
    return new TripleMention(geneId, geneKind, drugId, kind, effect, negated, hedged, ruleName, confidence, gene.text(), gene.charBegin(), gene.charEnd(), drug.text(), drug.charBegin(),
        drug.charEnd(), geneAlias == null ? null : geneAlias.text(), drugAlias == null ? null : drugAlias.text());
  }

  /**
   * Whether a sentence can yield a triple at all: it names a gene and a drug or drug class. Only such sentences
   * need a dependency parse.
   */
  public static boolean mayRelate(CoreMap sentence) {
    List<BioMention> mentions = sentence.get(BioAnnotations.BioMentionsAnnotation.class);
    return mentions != null
        && mentions.stream().anyMatch(SlotKinds::fillsGeneSlot)
        && mentions.stream().anyMatch(SlotKinds::fillsDrugSlot);
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

  /** The word of a token of the sentence (0-based), or null beyond it. */
  private static java.util.function.IntFunction<String> tokenWords(CoreMap sentence) {
    List<edu.stanford.nlp.ling.CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    return i -> i >= 0 && i < tokens.size() ? tokens.get(i).word() : null;
  }

  /** A plural cue describes a list ("A and B, two EGFR inhibitors"): the drugs between are its members. */
  private static boolean isPlural(IndexedWord cue) {
    return cue.tag() != null && cue.tag().startsWith("NNS");
  }

  /**
   * A class says nothing new about the gene it is named after: never within its own name ("mTOR inhibitors"),
   * and for {@code inhibits} and {@code sensitizes} not elsewhere in the sentence either ("ALK inhibitors block
   * ALK", "ALK inhibition overcomes resistance to ALK inhibitors"). What else the paper says of the class and its
   * target stands ("IGF-IR localization predicts response to anti-IGF-IR antibodies", "ALK amplification confers
   * resistance to ALK inhibitors"). A class is named after a gene when its id is "<symbol> inhibitor" or the class
   * targets lexicon maps the symbol to it (IGF1R → anti-igf1r).
   */
  private boolean namesItsOwnTarget(Effect effect, BioMention drug, String drugId, BioMention gene,
      String geneId) {
    if (drug.type() != EntityType.DRUG_CLASS) {
      return false;
    }
    boolean inside = gene.within(drug);
    boolean own = drugId.equals(geneId.toLowerCase(java.util.Locale.ROOT) + " inhibitor")
        || classTargets.lookup(geneId).map(ids -> ids.contains(drugId)).orElse(false);
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
