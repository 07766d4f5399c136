package org.litmine.annotators.lexicon;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.litmine.annotators.ner.EntityType;

/**
 * The lexicons the entity annotator reads: one per entity type, the targets drug classes are named after
 * ({@code class_targets.tsv}), and the words that make a class or decorate a mention ({@code class_words.tsv},
 * {@code token_affixes.tsv}).
 *
 * <p>Each comes from {@code <prefix>.<file>} in the properties if set, else from the bundled resource
 * {@code org/litmine/annotators/lexicons/<file>} (names) or {@code org/litmine/annotators/rules/entities/<file>}
 * (the class words and affixes, which are grammar rather than names).
 */
public final class LexiconSet {

  public static final String RESOURCE_DIR = "org/litmine/annotators/lexicons/";
  public static final String ENTITY_RULES_DIR = "org/litmine/annotators/rules/entities/";

  private final Map<EntityType, Lexicon> byType;
  private final Lexicon classTargets;
  private final Lexicon classWords;
  private final Lexicon affixes;

  public LexiconSet(Map<EntityType, Lexicon> byType, Lexicon classTargets, Lexicon classWords, Lexicon affixes) {
    this.byType = new EnumMap<>(byType);
    this.classTargets = classTargets;
    this.classWords = classWords;
    this.affixes = affixes;
  }

  /** Loads every lexicon, honouring overrides named {@code <prefix>.genes.tsv} and so on. */
  public static LexiconSet load(String prefix, Properties props) {
    Map<EntityType, Lexicon> byType = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.LOOKUP_ORDER) {
      byType.put(type, Lexicon.load(type.lexiconFiles().stream().map(f -> location(prefix, props, f)).toList()));
    }
    return new LexiconSet(
        byType,
        Lexicon.load(location(prefix, props, "class_targets.tsv")),
        Lexicon.load(props.getProperty(prefix + ".class_words.tsv", ENTITY_RULES_DIR + "class_words.tsv")),
        Lexicon.load(props.getProperty(prefix + ".token_affixes.tsv", ENTITY_RULES_DIR + "token_affixes.tsv")));
  }

  private static String location(String prefix, Properties props, String file) {
    return props.getProperty(prefix + "." + file, RESOURCE_DIR + file);
  }

  public Lexicon of(EntityType type) {
    Lexicon lexicon = byType.get(type);
    if (lexicon == null) {
      throw new IllegalArgumentException("No lexicon for " + type);
    }
    return lexicon;
  }

  /** Class targets: "mTOR" → "mtor inhibitor", "IGF-IR" → "anti-igf1r"; also keyed by HGNC symbol. */
  public Lexicon classTargets() {
    return classTargets;
  }

  /** Words around a class target: {@code head} (inhibitor), {@code weak-head} (therapy), {@code modifier} (kinase). */
  public Lexicon classWords() {
    return classWords;
  }

  /** Affixes that attach to a mention inside one token: {@code prefix} ("anti-"), {@code suffix} ("-resistant"). */
  public Lexicon affixes() {
    return affixes;
  }
}
