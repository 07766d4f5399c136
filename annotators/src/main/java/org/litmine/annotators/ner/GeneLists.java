package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
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
  /**
   * A symbol written with a hyphen before its number, in capitals or with only its first letter capital ("Elk-1",
   * "Plk-2", "CXCL-8", "Egr-1"): three to five letters and a number of one or two digits.
   */
  private static final java.util.regex.Pattern DASHED_NUMBER =
      java.util.regex.Pattern.compile("([A-Z](?:[a-z]{2,4}|[A-Z]{2,4}))-(\\d{1,2})");

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
   * Genes written as their symbol with a hyphen before the number ("Elk-1" for ELK1, "CXCL-8" for CXCL8), on tokens
   * no mention covers: the letters in capitals joined to the number must be the approved symbol of the gene the lexicon
   * grounds it to (an alias such as "THP1", which is also a cell line, "THP-1", is not enough), and no Greek letter
   * may follow ("PGC-1 β" is PPARGC1B, "PGC-1" alone a family).
   */
  private static final java.util.regex.Pattern GREEK_WORD =
      java.util.regex.Pattern.compile("[α-ωΑ-Ω]|(?i:alpha|beta|gamma|delta|epsilon|kappa)\\b");

  List<BioMention> dashedNumbers(List<CoreLabel> tokens, List<BioMention> mentions) {
    List<BioMention> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      final int t = i;
      CoreLabel token = tokens.get(i);
      java.util.regex.Matcher m = DASHED_NUMBER.matcher(token.originalText());
      if (!m.matches() || mentions.stream().anyMatch(o -> o.covers(t))
          || (t + 1 < tokens.size() && GREEK_WORD.matcher(tokens.get(t + 1).originalText()).lookingAt())) {
        continue;  // "PGC-1 β", "HIF-1 α": the number goes with a Greek letter to name another gene
      }
      String symbol = m.group(1).toUpperCase(java.util.Locale.ROOT) + m.group(2);
      if (genes.lookup(symbol).filter(ids -> ids.equals(List.of(symbol))).isPresent()) {
        found.add(new BioMention(EntityType.GENE, token.originalText(), List.of(symbol), t, t + 1,
            token.beginPosition(), token.endPosition()));
      }
    }
    return found;
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
