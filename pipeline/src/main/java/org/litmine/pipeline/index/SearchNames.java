package org.litmine.pipeline.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.lexicon.LexiconSet;
import org.litmine.annotators.ner.EntityType;

/**
 * A gene or drug as a user types it, read as the keys the index holds: through the same lexicons the entity stage
 * grounds names with ("HER2", "ErbB2", "erbb2" → ERBB2; "IGF-IR" → IGF1R; a brand → its generic name), with the name
 * itself kept (a family id, a code name) and letter case forgiven (gene symbols upper case, drugs lower case).
 */
public final class SearchNames {

  private final Lexicon genes;
  private final Lexicon drugs;

  private SearchNames(Lexicon genes, Lexicon drugs) {
    this.genes = genes;
    this.drugs = drugs;
  }

  /** Loads the bundled gene, family, drug, chemical and class lexicons. */
  public static SearchNames load() {
    return new SearchNames(lexicon(EntityType.GENE, EntityType.FAMILY),
        lexicon(EntityType.DRUG, EntityType.DRUG_CLASS, EntityType.CHEMICAL));
  }

  private static Lexicon lexicon(EntityType... types) {
    List<String> files = new ArrayList<>();
    for (EntityType type : types) {
      type.lexiconFiles().forEach(f -> files.add(LexiconSet.RESOURCE_DIR + f));
    }
    return Lexicon.load(files);
  }

  /** The index keys a value of {@code field} stands for; for other fields, the value alone. */
  public List<String> keys(String field, String value) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(value);
    if (field.equals(IndexFields.GENE)) {
      genes.lookup(value).ifPresent(keys::addAll);
      genes.lookupFolded(value).ifPresent(keys::addAll);
      keys.add(value.toUpperCase(Locale.ROOT));
      keys.add(value.toLowerCase(Locale.ROOT));
    } else if (field.equals(IndexFields.DRUG)) {
      drugs.lookup(value).ifPresent(keys::addAll);
      keys.add(value.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(keys);
  }
}
