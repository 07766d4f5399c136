package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.lexicon.LexiconSet;

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
 * </ul>
 *
 * <p>Writes {@link BioAnnotations.BioMentionsAnnotation} on each sentence and the entity type as the
 * {@code NamedEntityTagAnnotation} of each token ({@code O} elsewhere). A drug class tags its head word
 * ("inhibitors") and those of its tokens no other mention tags, so the gene it names keeps its own tag.
 */
public class BioEntityAnnotator implements Annotator {

  private static final String OUTSIDE = "O";

  private final EntityMatcher matcher;

  public BioEntityAnnotator(String name, Properties props) {
    this(new EntityMatcher(LexiconSet.load(name, props),
        ContextVetoes.load(
            props.getProperty(name + ".context_vetoes.tsv", LexiconSet.ENTITY_RULES_DIR + "context_vetoes.tsv")),
        FamilyMemberNames.load(props.getProperty(name + ".gene_roots.tsv", LexiconSet.RESOURCE_DIR + "gene_roots.tsv")),
        GeneWordsInContext.load(
            props.getProperty(name + ".gene_word_contexts.tsv", LexiconSet.ENTITY_RULES_DIR + "gene_word_contexts.tsv")),
        UnlistedDrugNames.load(props.getProperty(name + ".unlisted_drug_names.tsv",
            LexiconSet.ENTITY_RULES_DIR + "unlisted_drug_names.tsv")),
        SystematicChemicalNames.load(props.getProperty(name + ".chemical_name_parts.tsv",
            LexiconSet.ENTITY_RULES_DIR + "chemical_name_parts.tsv"))));
  }

  public BioEntityAnnotator(EntityMatcher matcher) {
    this.matcher = matcher;
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<BioMention> mentions = matcher.find(tokens);
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
