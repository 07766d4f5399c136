package org.litmine.annotators.ner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * Several genes named in one surface that no lexicon lists whole: slash lists ("IGF-IR/InsR", "Erk1/2") and genes
 * joined by hyphens ("FUS-DDIT3").
 */
final class GeneLists {

  /** A slash part that names a variant of the part before it: a number or a Greek letter ("1/2", "α/β"). */
  private static final java.util.regex.Pattern VARIANT = java.util.regex.Pattern.compile("\\d+|[α-ωΑ-Ω]");
  private static final String VARIANT_SUFFIX = "(\\d+|[α-ωΑ-Ω])$";

  private final Lexicon genes;

  GeneLists(Lexicon genes) {
    this.genes = genes;
  }

  /**
   * Genes joined by hyphens, as fusions and complexes are written ("FUS-DDIT3", "ER-NRIP1-HDAC1"): every part
   * must be a gene of two characters or more; a name that is itself hyphenated ("IGF-IR") is found whole first.
   */
  Optional<List<String>> hyphenated(String text) {
    if (!text.contains("-") || text.contains(" ") || text.startsWith("-") || text.endsWith("-")) {
      return Optional.empty();
    }
    Set<String> ids = new LinkedHashSet<>();
    String[] parts = text.split("-");
    for (String part : parts) {
      Optional<List<String>> found = part.length() < 2 ? Optional.empty() : genes.lookup(part);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      ids.addAll(found.get());
    }
    return parts.length > 1 ? Optional.of(List.copyOf(ids)) : Optional.empty();
  }

  /**
   * "IGF-IR/InsR" → [IGF1R, INSR]; "Erk1/2" → [MAPK3, MAPK1]; "PDGFR α/β" → [PDGFRA, PDGFRB]: a part that is a
   * bare number or Greek letter borrows the stem of the part before it. Empty unless every part is a gene.
   */
  Optional<List<String>> slashed(String text) {
    if (!text.contains("/") || text.startsWith("/") || text.endsWith("/")) {
      return Optional.empty();
    }
    Set<String> ids = new LinkedHashSet<>();
    String previous = null;
    for (String raw : text.split("/")) {
      String part = raw.strip();
      String name = part;
      if (previous != null && VARIANT.matcher(part).matches()) {
        name = previous.replaceFirst(VARIANT_SUFFIX, "") + part;
      } else if (part.contains(" ") && previous != null) {
        return Optional.empty();
      }
      Optional<List<String>> found = genes.lookup(name);
      if (part.isEmpty() || found.isEmpty()) {
        return Optional.empty();
      }
      ids.addAll(found.get());
      previous = name;
    }
    return Optional.of(List.copyOf(ids));
  }
}
