package org.litmine.pipeline.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/**
 * Gathers one document's entity mentions into one {@link EntityRecord} per (kind, identifier); a name no lexicon
 * grounds ({@link BioMention#grounded()}) gets one per (kind, name as written), with no id.
 */
public final class EntityAggregator {

  /** Sorts the names no lexicon grounds after the identifiers of their kind; they are written with no id. */
  private static final String UNGROUNDED = "\uffff";

  private final String doc;
  private final Map<String, Set<String>> surfaces = new TreeMap<>();
  private final Map<String, Integer> counts = new TreeMap<>();

  public EntityAggregator(String doc) {
    this.doc = doc;
  }

  public void add(BioMention mention) {
    String kind = kind(mention);
    if (!mention.grounded()) {
      String key = kind + "\t" + UNGROUNDED + mention.text();
      surfaces.computeIfAbsent(key, k -> new TreeSet<>()).add(mention.text());
      counts.merge(key, 1, Integer::sum);
      return;
    }
    for (String id : mention.ids()) {
      String key = kind + "\t" + id;
      surfaces.computeIfAbsent(key, k -> new TreeSet<>()).add(mention.text());
      counts.merge(key, 1, Integer::sum);
    }
  }

  /** The output kind of a mention: its entity type in lower case, drug classes as {@code class}. */
  static String kind(BioMention mention) {
    return kind(mention.type());
  }

  /** The {@code kind} that {@code entities.jsonl} writes for an entity type. */
  public static String kind(EntityType type) {
    return switch (type) {
      case DRUG_CLASS -> "class";
      default -> type.name().toLowerCase(Locale.ROOT);
    };
  }

  /** The entities, sorted by kind then identifier. */
  public List<EntityRecord> entities() {
    List<EntityRecord> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : surfaces.entrySet()) {
      String[] key = e.getKey().split("\t", 2);
      String id = key[1].startsWith(UNGROUNDED) ? null : key[1];
      out.add(new EntityRecord(doc, key[0], id, new ArrayList<>(e.getValue()), counts.get(e.getKey())));
    }
    return out;
  }
}
