package org.litmine.annotators.lexicon;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory map from normalized surface keys to identifiers, read from TSV lexicon files.
 *
 * <p>File format, one entry per line, {@code #} starts a comment line:
 *
 * <pre>
 * surface&lt;TAB&gt;id[|id...][&lt;TAB&gt;flags]
 * </pre>
 *
 * where {@code flags} may hold {@code cs} (match letter case exactly: "ALL", "CI", "OS" and other short symbols
 * that are also words or trial abbreviations). A surface listed twice keeps its first identifiers. Keys are made by
 * {@link KeyNormalizer}, the same way for loading and lookup.
 */
public final class Lexicon {

  /** Characters at which a tokenizer may split a surface; each may become a token of its own. */
  private static final String SEPARATORS = " -/(),.+:;";

  private final Map<String, List<String>> caseSensitive = new HashMap<>();
  private final Map<String, List<String>> caseInsensitive = new HashMap<>();
  /** Mixed-case case-sensitive keys ("Snail", "StAR"), lower-cased; an empty list where two genes share one. */
  private final Map<String, List<String>> mixedCaseFolded = new HashMap<>();
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();
  private int maxTokens = 1;

  private Lexicon() {}

  /** Reads a lexicon from a classpath resource or, if no such resource exists, a file path. */
  public static Lexicon load(String location) {
    return load(List.of(location));
  }

  /**
   * Reads several lexicon files into one; a surface listed by an earlier file keeps that file's identifiers. A
   * missing file or a malformed row fails, naming the file and the line ({@link TsvResource}).
   */
  public static Lexicon load(List<String> locations) {
    Lexicon lexicon = new Lexicon();
    for (String location : locations) {
      TsvResource.read(location, cols -> {
        if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
          throw new IllegalArgumentException("lexicon row: expected surface<TAB>id[<TAB>flags]");
        }
        lexicon.add(cols[0], List.of(cols[1].split("\\|")), markedCaseSensitive(cols));
      });
    }
    lexicon.addNumberSeparatorVariants();
    return lexicon;
  }

  /**
   * A word of four or more lower-case letters, then a space or a hyphen, then a number ("interleukin 6"; not "and-1",
   * an alias that would be the words "and 1").
   */
  private static final java.util.regex.Pattern WORD_SPACE_NUMBER =
      java.util.regex.Pattern.compile("(?<=(?<![\\p{L}])\\p{Ll}{4,40}) (?=\\p{N})");
  private static final java.util.regex.Pattern WORD_DASH_NUMBER =
      java.util.regex.Pattern.compile("(?<=(?<![\\p{L}])\\p{Ll}{4,40})-(?=\\p{N})");

  /**
   * Lists each case-insensitive name of three words or more whose number follows its word after a space with a hyphen
   * there too, and the other way round, where no file lists that form: "interleukin 6 receptor" is also
   * "interleukin-6 receptor", "cyclin-dependent kinase-4" also "cyclin-dependent kinase 4". Names are taken in sorted
   * order, so the same files give the same lexicon.
   */
  private void addNumberSeparatorVariants() {
    for (String key : new java.util.TreeSet<>(caseInsensitive.keySet())) {
      if (key.split("[ -]").length < 3) {
        continue;  // "compound 3", "agent-1": a word and a number may be anything
      }
      List<String> ids = caseInsensitive.get(key);
      for (String variant : List.of(WORD_SPACE_NUMBER.matcher(key).replaceAll("-"),
          WORD_DASH_NUMBER.matcher(key).replaceAll(" "))) {
        if (!variant.equals(key) && !caseInsensitive.containsKey(variant)) {
          caseInsensitive.put(variant, ids);
        }
      }
    }
  }

  /** Whether a lexicon row's flags (its third column, comma-separated) hold {@code cs}: match letter case exactly. */
  public static boolean markedCaseSensitive(String[] columns) {
    return columns.length > 2 && Arrays.asList(columns[2].split(",")).contains("cs");
  }

  private void add(String surface, List<String> ids, boolean cs) {
    String key = KeyNormalizer.key(surface, cs);
    (cs ? caseSensitive : caseInsensitive).putIfAbsent(key, List.copyOf(ids));
    if (cs && !key.equals(key.toLowerCase(java.util.Locale.ROOT)) && !key.equals(key.toUpperCase(java.util.Locale.ROOT))) {
      mixedCaseFolded.merge(key.toLowerCase(java.util.Locale.ROOT), List.copyOf(ids),
          (a, b) -> a.equals(b) ? a : List.of());
    }
    String first = firstWord(key).toLowerCase(java.util.Locale.ROOT);
    firstWords.add(first);
    String stem = KeyNormalizer.stemBeforeGreek(first);
    if (!stem.isEmpty()) {
      firstWords.add(stem);
    }
    maxTokens = Math.max(maxTokens, 1 + 2 * (int) key.chars().filter(c -> SEPARATORS.indexOf(c) >= 0).count());
  }

  /** The identifiers the surface grounds to, if the lexicon lists it. */
  public Optional<List<String>> lookup(String surface) {
    return lookupKey(KeyNormalizer.key(surface, true));
  }

  /**
   * As {@link #lookup}, given the surface's case-kept key ({@code KeyNormalizer.key(surface, true)}), so that a caller
   * looking one span up in several lexicons normalizes it once.
   */
  public Optional<List<String>> lookupKey(String caseKeptKey) {
    List<String> ids = caseSensitive.get(caseKeptKey);
    if (ids == null) {
      ids = caseInsensitive.get(caseKeptKey.toLowerCase(java.util.Locale.ROOT));
    }
    return Optional.ofNullable(ids);
  }

  /**
   * The identifiers of a case-sensitive, mixed-case surface ("Snail") that this text spells in another case
   * ("snail"): for callers that have context saying the word is a name. Empty where no such surface, or two, exist.
   */
  public Optional<List<String>> lookupFolded(String surface) {
    List<String> ids = mixedCaseFolded.get(KeyNormalizer.key(surface, false));
    return ids == null || ids.isEmpty() ? Optional.empty() : Optional.of(ids);
  }

  /**
   * Whether some listed surface starts with this first word (up to a separator, normalized), as
   * {@link #firstWordOf} gives it: a cheap test that lets a matcher skip tokens no name starts with.
   */
  public boolean hasFirstWord(String word) {
    return firstWords.contains(word);
  }

  /** The normalized first word of a text (up to a separator), as {@link #hasFirstWord} takes it. */
  public static String firstWordOf(String text) {
    return firstWord(KeyNormalizer.key(text, false));
  }

  private static String firstWord(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (SEPARATORS.indexOf(key.charAt(i)) >= 0) {
        return key.substring(0, i);
      }
    }
    return key;
  }

  /** Every identifier the lexicon grounds some surface to, in order. */
  public java.util.SortedSet<String> ids() {
    java.util.SortedSet<String> ids = new java.util.TreeSet<>();
    caseSensitive.values().forEach(ids::addAll);
    caseInsensitive.values().forEach(ids::addAll);
    return ids;
  }

  /** An upper bound on the tokens any surface spans once tokenized: the longest span worth looking up. */
  public int maxTokens() {
    return maxTokens;
  }


}
