package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the distinct genes and named drugs a run found per document ({@code entities.jsonl}) against the gold
 * set's entity lists, like triples: recall is over core entities, and an entity matching an optional gold entity
 * counts neither way. Drug classes, cancers and other kinds are counted, not scored: the gold set lists none.
 */
public final class EntityScorer {

  /** The scored kinds. */
  public static final List<String> KINDS = List.of("gene", "drug");

  /** The entity figures of {@code metrics.json}; when the run wrote no entity list, only {@code note} is set. */
  @JsonPropertyOrder({"available", "note", "all", "byKind", "unscoredKinds"})
  public record Metrics(boolean available, String note, Score all, Map<String, Score> byKind,
      Map<String, Integer> unscoredKinds) {

    static Metrics absent(String note) {
      return new Metrics(false, note, null, null, null);
    }
  }

  /** A scored entity: document, kind, identifier. */
  public record Key(String doc, String kind, String id) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return (doc + "\t" + kind + "\t" + id).compareTo(o.doc + "\t" + o.kind + "\t" + o.id);
    }
  }

  private final Map<Key, EntityRow> gold = new TreeMap<>();
  private final Map<Key, EntityRow> found = new TreeMap<>();
  private final Map<String, Integer> unscored = new TreeMap<>();
  private final List<Key> truePositives = new ArrayList<>();
  private final List<Key> falsePositives = new ArrayList<>();
  private final List<Key> falseNegatives = new ArrayList<>();

  /** {@code docToGold} maps a run document to its gold document; entities of other documents are left out. */
  public EntityScorer(List<EntityRow> goldRows, List<EntityRow> runRows, Map<String, String> docToGold) {
    for (EntityRow g : goldRows) {
      if (docToGold.containsValue(g.doc())) {
        gold.merge(new Key(g.doc(), g.kind(), g.id()), g, (a, b) -> a.core() ? a : b);
      }
    }
    for (EntityRow r : runRows) {
      String doc = docToGold.get(r.doc());
      if (doc == null) {
        continue;
      }
      if (r.id() == null) {
        unscored.merge("ungrounded " + r.kind(), 1, Integer::sum);  // a name as written claims no identifier
      } else if (KINDS.contains(r.kind())) {
        found.putIfAbsent(new Key(doc, r.kind(), r.id()), r);
      } else {
        unscored.merge(r.kind(), 1, Integer::sum);
      }
    }
    for (Key key : found.keySet()) {
      EntityRow g = gold.get(key);
      if (g == null) {
        falsePositives.add(key);
      } else if (g.core()) {
        truePositives.add(key);
      }
    }
    gold.forEach((key, g) -> {
      if (g.core() && !found.containsKey(key)) {
        falseNegatives.add(key);
      }
    });
  }

  public Metrics metrics() {
    Map<String, Score> byKind = new TreeMap<>();
    for (String kind : KINDS) {
      byKind.put(kind, score(kind));
    }
    return new Metrics(true, null, score(null), byKind, java.util.Collections.unmodifiableMap(new TreeMap<>(unscored)));
  }

  private Score score(String kind) {
    return Score.of(count(truePositives, kind), count(falsePositives, kind), count(falseNegatives, kind));
  }

  private static int count(List<Key> keys, String kind) {
    return (int) keys.stream().filter(k -> kind == null || kind.equals(k.kind())).count();
  }

  public List<Key> falsePositives() {
    return List.copyOf(falsePositives);
  }

  public List<Key> falseNegatives() {
    return List.copyOf(falseNegatives);
  }

  /** The run's entity for a key, or null. */
  public EntityRow found(Key key) {
    return found.get(key);
  }

  /** The gold entity for a key, or null. */
  public EntityRow gold(Key key) {
    return gold.get(key);
  }
}
