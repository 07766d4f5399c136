package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * The words of a cue file by kind ({@code word<TAB>kind}), compared in lower case with whole tokens or with their
 * ends, as the readings from the words use them ({@link CarrierResponse}, {@link MarkedGenes}, {@link ClassMembers}).
 *
 * <p>A word of the kind {@value #DENIAL} ("not", "no", "neither") denies a statement: it counts as a word of the kind
 * {@value #NEGATION} (the readings stop at it and give nothing), except in the copy {@link #readingDenials} gives,
 * which reads through it so that the statement it denies can be kept as a negated triple.
 */
final class KindedWords {

  /** The kind of a word that negates a statement, where the readings stop. */
  static final String NEGATION = "negation";
  /** The kind of a word that denies a statement the parse can mark negated ({@link ModalityDetector}). */
  static final String DENIAL = "denial";

  private final Map<String, Set<String>> byKind;
  private final boolean denialStops;

  private KindedWords(Map<String, Set<String>> byKind, boolean denialStops) {
    this.byKind = Map.copyOf(byKind);
    this.denialStops = denialStops;
  }

  static KindedWords load(String location) {
    Map<String, Set<String>> byKind = new HashMap<>();
    TsvResource.read(location, cols -> byKind.computeIfAbsent(cols[1].strip(), k -> new HashSet<>())
        .add(cols[0].strip().toLowerCase(Locale.ROOT)));
    return new KindedWords(byKind, true);
  }

  /** The same words, with the words of denial read as ordinary words, not as negations. */
  KindedWords readingDenials() {
    return new KindedWords(byKind, false);
  }

  /** Whether a token of the sentence is a word of denial. */
  boolean anyDenial(List<CoreLabel> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      if (is(tokens, k, DENIAL)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token at {@code k} is a word of the kind. */
  boolean is(List<CoreLabel> tokens, int k, String kind) {
    return has(word(tokens, k), kind);
  }

  /** Whether a lower-case word is one of the kind. */
  boolean has(String word, String kind) {
    return byKind.getOrDefault(kind, Set.of()).contains(word)
        || denialStops && NEGATION.equals(kind) && byKind.getOrDefault(DENIAL, Set.of()).contains(word);
  }

  /** Whether a lower-case word ends in one of the kind and is longer than it ("alk-positive" in "-positive"). */
  boolean endsWith(String word, String kind) {
    return byKind.getOrDefault(kind, Set.of()).stream().anyMatch(s -> word.endsWith(s) && word.length() > s.length());
  }

  /** Whether a lower-case word starts with one of the kind and is longer than it ("anti-pd-1" with "anti-"). */
  boolean startsWith(String word, String kind) {
    return byKind.getOrDefault(kind, Set.of()).stream().anyMatch(s -> word.startsWith(s) && word.length() > s.length());
  }

  /**
   * Whether a word of the kind stands right before the token at {@code begin}, or before an "of" right before it
   * ("low X", "knockdown of X", "absence of X mutations").
   */
  boolean standsBefore(List<CoreLabel> tokens, int begin, String kind) {
    int before = begin - 1;
    return before >= 0 && is(tokens, before, kind)
        || before >= 1 && "of".equals(word(tokens, before)) && is(tokens, before - 1, kind);
  }

  /** The word of a token in lower case. */
  static String word(List<CoreLabel> tokens, int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }
}
