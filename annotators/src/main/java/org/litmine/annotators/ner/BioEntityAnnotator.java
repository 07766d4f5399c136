package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.classify.SlotKinds;
import org.litmine.annotators.lexicon.LexiconSet;
import org.litmine.annotators.ner.tagged.MentionTagger;
import org.litmine.annotators.ner.tagged.TrainedMentions;

/**
 * Finds genes, drugs, drug classes, gene families and cancer types by lexicon and grounds them to identifiers.
 *
 * <p>Register with {@code customAnnotatorClass.bioentity = org.litmine.annotators.ner.BioEntityAnnotator}.
 *
 * <p>Properties (all optional; {@code bioentity} stands for the annotator's name):
 *
 * <ul>
 *   <li>{@code bioentity.genes.tsv}, {@code .drugs.tsv}, {@code .cancers.tsv}, {@code .families.tsv},
 *       {@code .class_targets.tsv}, {@code .class_words.tsv}, {@code .token_affixes.tsv}: a classpath resource
 *       or file path replacing the bundled lexicon of that name (see {@link org.litmine.annotators.lexicon.Lexicon}
 *       for the TSV format).
 *   <li>{@code bioentity.context_vetoes.tsv}: a classpath resource replacing the contexts in which an ambiguous
 *       surface is not an entity (see {@link ContextVetoes}).
 *   <li>{@code bioentity.gene_roots.tsv}: gene group root names and their symbol letters (see
 *       {@link FamilyMemberNames}); {@code bioentity.gene_word_contexts.tsv}: the words that mark a lower-case
 *       word before them as a gene (see {@link GeneWordsInContext}); {@code bioentity.unlisted_drug_names.tsv}: the
 *       INN stems and code prefixes that make an unlisted word a drug name (see {@link UnlistedDrugNames});
 *       {@code bioentity.chemical_name_parts.tsv}: the parts of systematic chemical names
 *       (see {@link SystematicChemicalNames}).
 *   <li>{@code bioentity.taggers}: the trained mention taggers, as comma-separated {@code TYPE=model} pairs
 *       (default {@value #TAGGERS}); empty for none. They read the sentences where the lexicons found a gene, a
 *       family, a drug, a chemical or a class, or a word is shaped like a symbol or a code ("Smad7", "GnRH"): where
 *       a name they add can complete a pair; their names
 *       are added where no lexicon match is ({@link TrainedMentions}); {@code bioentity.tagger_stoplists} and {@code bioentity.generic_edge_words.tsv}
 *       replace the names they never propose and the generic words trimmed from their edges,
 *       {@code bioentity.modification_prefixes.tsv} the prefixes of modified proteins ("pERK") and
 *       {@code bioentity.words_after_other_names.tsv} the words after a cell line's or a group's name.
 * </ul>
 *
 * <p>Writes {@link BioAnnotations.BioMentionsAnnotation} on each sentence and the entity type as the
 * {@code NamedEntityTagAnnotation} of each token ({@code O} elsewhere). A drug class tags its head word
 * ("inhibitors") and those of its tokens no other mention tags, so the gene it names keeps its own tag.
 */
public class BioEntityAnnotator implements Annotator {

  private static final String OUTSIDE = "O";
  private static final String MODELS = "org/litmine/annotators/models/";
  /** The default trained mention taggers. */
  public static final String TAGGERS = "GENE=" + MODELS + "genes.crf.ser.gz,CHEMICAL=" + MODELS + "chemicals.crf.ser.gz";
  private static final String STOPLISTS = LexiconSet.RESOURCE_DIR + "stoplists/gene_alias_stoplist.txt,"
      + LexiconSet.RESOURCE_DIR + "stoplists/hgnc_stoplist.txt," + LexiconSet.RESOURCE_DIR
      + "stoplists/chemicals_stoplist.txt";

  /** A word shaped like a gene symbol or a compound code: a capital with a digit after it, or a capital inside. */
  private static final java.util.regex.Pattern SYMBOL_LIKE =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]*\\d|\\p{Ll}\\p{Lu}");

  private final EntityMatcher matcher;
  private final TrainedMentions trained;

  public BioEntityAnnotator(String name, Properties props) {
    ContextVetoes vetoes = ContextVetoes.load(
        props.getProperty(name + ".context_vetoes.tsv", LexiconSet.ENTITY_RULES_DIR + "context_vetoes.tsv"));
    this.matcher = matcher(name, props, vetoes);
    this.trained = trained(name, props, matcher, vetoes);
  }

  public BioEntityAnnotator(EntityMatcher matcher) {
    this(matcher, TrainedMentions.none());
  }

  public BioEntityAnnotator(EntityMatcher matcher, TrainedMentions trained) {
    this.matcher = matcher;
    this.trained = trained;
  }

  private static EntityMatcher matcher(String name, Properties props, ContextVetoes vetoes) {
    return new EntityMatcher(LexiconSet.load(name, props), vetoes,
        FamilyMemberNames.load(props.getProperty(name + ".gene_roots.tsv", LexiconSet.RESOURCE_DIR + "gene_roots.tsv")),
        GeneWordsInContext.load(
            props.getProperty(name + ".gene_word_contexts.tsv", LexiconSet.ENTITY_RULES_DIR + "gene_word_contexts.tsv")),
        UnlistedDrugNames.load(props.getProperty(name + ".unlisted_drug_names.tsv",
            LexiconSet.ENTITY_RULES_DIR + "unlisted_drug_names.tsv")),
        SystematicChemicalNames.load(props.getProperty(name + ".chemical_name_parts.tsv",
            LexiconSet.ENTITY_RULES_DIR + "chemical_name_parts.tsv")));
  }

  private static TrainedMentions trained(String name, Properties props, EntityMatcher matcher,
      ContextVetoes vetoes) {
    List<MentionTagger> taggers = new ArrayList<>();
    for (String pair : props.getProperty(name + ".taggers", TAGGERS).split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] typeAndModel = pair.strip().split("=", 2);
      if (typeAndModel.length != 2) {
        throw new IllegalArgumentException(name + ".taggers: expected TYPE=model, got " + pair);
      }
      taggers.add(MentionTagger.load(EntityType.valueOf(typeAndModel[0].strip()), typeAndModel[1].strip()));
    }
    if (taggers.isEmpty()) {
      return TrainedMentions.none();
    }
    return new TrainedMentions(taggers, matcher, vetoes,
        TrainedMentions.words(List.of(props.getProperty(name + ".tagger_stoplists", STOPLISTS).split(","))),
        TrainedMentions.words(List.of(props.getProperty(name + ".generic_edge_words.tsv",
            LexiconSet.ENTITY_RULES_DIR + "generic_edge_words.tsv"))),
        TrainedMentions.lines(props.getProperty(name + ".modification_prefixes.tsv",
            LexiconSet.ENTITY_RULES_DIR + "modification_prefixes.tsv")),
        TrainedMentions.words(List.of(props.getProperty(name + ".words_after_other_names.tsv",
            LexiconSet.ENTITY_RULES_DIR + "words_after_other_names.tsv"))));
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<BioMention> mentions = matcher.find(tokens);
      if (!trained.isEmpty() && (mentions.stream().anyMatch(m -> SlotKinds.fillsGeneSlot(m) || SlotKinds.fillsDrugSlot(m))
          || tokens.stream().anyMatch(t -> SYMBOL_LIKE.matcher(t.originalText()).find()))) {
        mentions = new ArrayList<>(mentions);
        mentions.addAll(trained.find(tokens, mentions));
        mentions.sort(BioMention.IN_ORDER);
      }
      for (CoreLabel token : tokens) {
        token.setNER(OUTSIDE);
      }
      for (BioMention mention : mentions) {
        if (mention.type() != EntityType.DRUG_CLASS) {
          for (int i = mention.tokenBegin(); i < mention.tokenEnd(); i++) {
            tokens.get(i).setNER(mention.type().name());
          }
        }
      }
      for (BioMention mention : mentions) {
        if (mention.type() == EntityType.DRUG_CLASS) {
          for (int i = mention.tokenBegin(); i < mention.tokenEnd(); i++) {
            if (OUTSIDE.equals(tokens.get(i).ner()) || i == mention.tokenEnd() - 1) {
              tokens.get(i).setNER(mention.type().name());
            }
          }
        }
      }
      sentence.set(BioAnnotations.BioMentionsAnnotation.class, mentions);
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(BioAnnotations.BioMentionsAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}
