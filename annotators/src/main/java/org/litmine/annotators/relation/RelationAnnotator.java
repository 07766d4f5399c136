package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
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
 *       (default {@code org/litmine/annotators/rules/semgrex}); see {@link RuleFile} for the format.
 *   <li>{@code biorelation.cues.negation}, {@code biorelation.cues.hedging}: cue lexicons, word → {@code modifier}
 *       or {@code governor} (defaults under {@code org/litmine/annotators/rules/cues/}).
 * </ul>
 *
 * <p>A rule names the nodes {@code gene} and {@code drug}; a match yields one triple per identifier of the gene
 * mention covering the {@code gene} node, with the drug or drug class covering the {@code drug} node. A class is
 * not related to a gene inside its own name ("mTOR inhibitors" says nothing new about MTOR). Within a sentence,
 * a triple found by several rules is kept once, from the most reliable rule.
 */
public class RelationAnnotator implements Annotator {

  private static final String DEFAULT_RULES = "org/litmine/annotators/rules/semgrex";
  private static final String DEFAULT_CUES = "org/litmine/annotators/rules/cues/";

  private final List<RelationRule> rules;
  private final ModalityDetector modality;

  public RelationAnnotator(String name, Properties props) {
    this(loadRules(props.getProperty(name + ".rules.dir", DEFAULT_RULES)),
        new ModalityDetector(
            Lexicon.load(props.getProperty(name + ".cues.negation", DEFAULT_CUES + "negation.tsv")),
            Lexicon.load(props.getProperty(name + ".cues.hedging", DEFAULT_CUES + "hedging.tsv"))));
  }

  public RelationAnnotator(List<RelationRule> rules, ModalityDetector modality) {
    this.rules = List.copyOf(rules);
    this.modality = modality;
  }

  private static List<RelationRule> loadRules(String dir) {
    List<RelationRule> rules = new ArrayList<>();
    for (Effect effect : Effect.values()) {
      rules.addAll(RuleFile.read(dir + "/" + effect.label() + ".rules", effect));
    }
    return rules;
  }

  public List<RelationRule> rules() {
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
    for (RelationRule rule : rules) {
      for (SemgrexPattern pattern : rule.patterns()) {
        collect(rule, pattern.matcher(graph), graph, mentions, found);
      }
    }
    return List.copyOf(found.values());
  }

  private void collect(RelationRule rule, SemgrexMatcher m, SemanticGraph graph, List<BioMention> mentions,
      Map<String, TripleMention> found) {
      while (m.find()) {
        IndexedWord geneNode = m.getNode("gene");
        IndexedWord drugNode = m.getNode("drug");
        Optional<BioMention> gene = covering(mentions, geneNode, Set.of(EntityType.GENE));
        Optional<BioMention> drug = covering(mentions, drugNode, Set.of(EntityType.DRUG, EntityType.DRUG_CLASS));
        if (gene.isEmpty() || drug.isEmpty() || namesItsOwnTarget(drug.get(), gene.get())) {
          continue;
        }
        boolean negated = modality.negated(graph, geneNode, drugNode);
        boolean hedged = modality.hedged(graph, geneNode, drugNode);
        for (String geneId : gene.get().ids()) {
          for (String drugId : drug.get().ids()) {
            TripleMention triple = triple(rule, geneId, drugId, gene.get(), drug.get(), negated, hedged);
            String key = geneId + "\t" + drugId + "\t" + rule.effect() + "\t" + negated;
            TripleMention previous = found.get(key);
            if (previous == null || previous.ruleConfidence() < rule.confidence()) {
              found.put(key, triple);
            }
          }
        }
      }
  }

  private static TripleMention triple(RelationRule rule, String geneId, String drugId, BioMention gene,
      BioMention drug, boolean negated, boolean hedged) {
    String kind = drug.type() == EntityType.DRUG_CLASS ? "class" : "drug";
    return new TripleMention(geneId, drugId, kind, rule.effect(), negated, hedged, rule.name(), rule.confidence(),
        gene.text(), gene.charBegin(), gene.charEnd(), drug.text(), drug.charBegin(), drug.charEnd());
  }

  private static Optional<BioMention> covering(List<BioMention> mentions, IndexedWord node, Set<EntityType> types) {
    if (node == null) {
      return Optional.empty();
    }
    int token = node.index() - 1;
    return mentions.stream().filter(m -> types.contains(m.type()) && m.covers(token)).findFirst();
  }

  private static boolean namesItsOwnTarget(BioMention drug, BioMention gene) {
    return drug.type() == EntityType.DRUG_CLASS
        && gene.tokenBegin() >= drug.tokenBegin()
        && gene.tokenEnd() <= drug.tokenEnd();
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
