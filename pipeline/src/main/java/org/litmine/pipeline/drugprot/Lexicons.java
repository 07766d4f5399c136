package org.litmine.pipeline.drugprot;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.lexicon.LexiconSet;
import org.litmine.annotators.lexicon.TsvResource;
import org.litmine.annotators.ner.EntityType;
import org.litmine.pipeline.output.EntityAggregator;

/**
 * The entity lexicons litmine recognizes mentions with ({@code surface<TAB>id[<TAB>cs]}), used only to explain
 * false negatives: is a gold mention a surface the entity stage could know? Chemicals are looked up in the
 * lexicons of drugs, drug classes and general chemicals, genes in those of genes and families
 * ({@link EntityType#lexiconFiles()}), read as the annotators read them ({@link TsvResource}: a missing file fails);
 * surfaces compare through {@link MentionKey}, the scorer's comparison, case-insensitive unless the entry is marked
 * {@code cs} ({@link Lexicon#markedCaseSensitive}).
 */
public final class Lexicons {

  /** Whether a mention is a lexicon surface as a whole, only through a run of its words, or not at all. */
  public enum Hit { WHOLE, PART, NONE }

  private final Set<String> chemicals = new HashSet<>();
  private final Set<String> chemicalsCs = new HashSet<>();
  private final Set<String> genes = new HashSet<>();
  private final Set<String> genesCs = new HashSet<>();

  private Lexicons() {}

  /**
   * The entity types that stand for DrugProt's chemical mentions, and those that stand for its gene mentions: the
   * lexicons looked up here, and the kinds of {@code entities.jsonl} counted as recognized ({@link #sideOf}).
   */
  private static final List<EntityType> CHEMICAL_TYPES =
      List.of(EntityType.DRUG, EntityType.DRUG_CLASS, EntityType.CHEMICAL);
  private static final List<EntityType> GENE_TYPES = List.of(EntityType.GENE, EntityType.FAMILY);

  /** "chemical" or "gene" for a {@code kind} of {@code entities.jsonl}; null for a kind DrugProt does not score. */
  static String sideOf(String kind) {
    if (CHEMICAL_TYPES.stream().anyMatch(t -> EntityAggregator.kind(t).equals(kind))) {
      return "chemical";
    }
    return GENE_TYPES.stream().anyMatch(t -> EntityAggregator.kind(t).equals(kind)) ? "gene" : null;
  }

  /** Lexicons from a folder (e.g. annotators/src/main/resources/org/litmine/annotators/lexicons). */
  public static Lexicons fromDir(Path dir) {
    return load(name -> dir.resolve(name).toString());
  }

  /** The lexicons the annotators jar on the class path carries. */
  public static Lexicons fromClasspath() {
    return load(name -> LexiconSet.RESOURCE_DIR + name);
  }

  /** Reads each lexicon file, found by name through {@code location}; a missing one fails ({@link TsvResource}). */
  private static Lexicons load(UnaryOperator<String> location) {
    Lexicons lex = new Lexicons();
    for (EntityType type : CHEMICAL_TYPES) {
      for (String name : type.lexiconFiles()) {
        lex.read(location.apply(name), lex.chemicals, lex.chemicalsCs);
      }
    }
    for (EntityType type : GENE_TYPES) {
      for (String name : type.lexiconFiles()) {
        lex.read(location.apply(name), lex.genes, lex.genesCs);
      }
    }
    return lex;
  }

  /** Lexicons given as surfaces (for tests); every surface case-insensitive. */
  public static Lexicons of(Set<String> chemicalSurfaces, Set<String> geneSurfaces) {
    Lexicons lex = new Lexicons();
    chemicalSurfaces.forEach(s -> lex.chemicals.add(MentionKey.of(s)));
    geneSurfaces.forEach(s -> lex.genes.add(MentionKey.of(s)));
    return lex;
  }

  public Hit chemical(String mention) {
    return hit(mention, chemicals, chemicalsCs);
  }

  public Hit gene(String mention) {
    return hit(mention, genes, genesCs);
  }

  private static Hit hit(String mention, Set<String> ci, Set<String> cs) {
    if (contains(mention, ci, cs)) {
      return Hit.WHOLE;
    }
    String[] words = mention.trim().split("[\\s/]+");
    for (int len = words.length - 1; len >= 1; len--) {
      for (int i = 0; i + len <= words.length; i++) {
        if (contains(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len)), ci, cs)) {
          return Hit.PART;
        }
      }
    }
    return Hit.NONE;
  }

  private static boolean contains(String mention, Set<String> ci, Set<String> cs) {
    String key = MentionKey.of(mention);
    return !key.isEmpty() && (ci.contains(key) || cs.contains(MentionKey.caseKept(mention)));
  }

  private void read(String location, Set<String> ci, Set<String> cs) {
    TsvResource.read(location, columns -> {
      if (Lexicon.markedCaseSensitive(columns)) {
        cs.add(MentionKey.caseKept(columns[0]));
      } else {
        ci.add(MentionKey.of(columns[0]));
      }
    });
  }
}
