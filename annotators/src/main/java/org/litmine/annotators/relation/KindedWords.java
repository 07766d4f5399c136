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
 */
final class KindedWords {

  private final Map<String, Set<String>> byKind;

  private KindedWords(Map<String, Set<String>> byKind) {
    this.byKind = Map.copyOf(byKind);
  }

  static KindedWords load(String location) {
    Map<String, Set<String>> byKind = new HashMap<>();
    TsvResource.read(location, cols -> byKind.computeIfAbsent(cols[1].strip(), k -> new HashSet<>())
        .add(cols[0].strip().toLowerCase(Locale.ROOT)));
    return new KindedWords(byKind);
  }

  /** Whether the token at {@code k} is a word of the kind. */
  boolean is(List<CoreLabel> tokens, int k, String kind) {
    return has(word(tokens, k), kind);
  }

  /** Whether a lower-case word is one of the kind. */
  boolean has(String word, String kind) {
    return byKind.getOrDefault(kind, Set.of()).contains(word);
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
