package org.litmine.pipeline.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mapping of each litmine effect to a Biolink edge, read from {@code effect_predicates.tsv} beside this class
 * (the file is the documentation: one commented row per effect).
 */
public final class EffectPredicates {

  static final String RESOURCE = "effect_predicates.tsv";

  /**
   * How one effect is written as an edge.
   *
   * @param drugIsSubject true when the drug is the edge's subject (drug affects gene), false when the gene is
   * @param qualifiedPredicate the Biolink qualified predicate, or "" for none; likewise the two qualifiers
   */
  public record Mapping(String effect, boolean drugIsSubject, String predicate, String qualifiedPredicate,
      String objectAspect, String objectDirection) {}

  private final Map<String, Mapping> byEffect;

  private EffectPredicates(Map<String, Mapping> byEffect) {
    this.byEffect = byEffect;
  }

  /** The mapping shipped with litmine. */
  public static EffectPredicates load() {
    Map<String, Mapping> map = new LinkedHashMap<>();
    try (InputStream in = EffectPredicates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 6 || !(c[1].equals("drug") || c[1].equals("gene")) || !c[2].startsWith("biolink:")) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": expected effect, drug|gene, biolink:"
              + "predicate, qualified predicate, aspect, direction (6 tab-separated columns)");
        }
        map.put(c[0], new Mapping(c[0], c[1].equals("drug"), c[2], c[3], c[4], c[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EffectPredicates(map);
  }

  /** The mapping of an effect; an effect not in the file fails, naming it. */
  public Mapping of(String effect) {
    Mapping m = byEffect.get(effect);
    if (m == null) {
      throw new IllegalArgumentException("no Biolink mapping for effect '" + effect + "' in " + RESOURCE);
    }
    return m;
  }
}
