package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Chemicals written as systematic (IUPAC-style) names that no lexicon can list, read from their parts as chemistry
 * recognizers (OSCAR4, tmChem) read them: "6-chloro-3-(1-methylcyclobutyl)amino-4H-thieno[3,2-e]-1,2,4-thiadiazine
 * 1,1-dioxide", "N-cyclopentyl-4-ethoxy-6-(4-methylpiperidin-1-yl)-1,3,5-triazin-2-amine", "3-mercaptopyrrolidine".
 *
 * <p>A name is text with no whitespace (tokens the tokenizer split at brackets are joined by their character
 * offsets) that divides wholly into name parts, locants ("1,2,4", "4H", "N", "2'", "(R)", "[3,2-e]", "tert"),
 * hyphens, commas and balanced brackets, and that
 * <ul>
 *   <li>is {@value #MIN_LENGTH} characters or more long and has at least {@value #MIN_PARTS} parts, and a locant
 *       or bracket or at least {@value #MIN_PARTS_UNMARKED} parts ("dimethylsulfoxide");</li>
 *   <li>ends in a part that can end a name ("pyrrolidine", "amine", or its plural "thiophenes"), or in an acid
 *       ending before the word "acid" ("4-hydroxybenzoic acid"); a word that completes a name after a space
 *       ("1,1-dioxide", "N-oxide") is taken into it;</li>
 *   <li>is not followed by a word that makes it part of a protein's name ("N-methyl-D-aspartate receptor",
 *       "... reductase"), nor by a chemical word it goes on into ("2-mercaptocyclopentane arylsulfonamide").</li>
 * </ul>
 * So gene symbols ("IGF-1R", "5-HT2A"), cell lines ("MCF-7"), mutations ("V600E"), residues ("Ser473"), units and
 * hyphenated English ("3-fold", "4-week") are never names: a part of them is no chemical name part.
 *
 * <p>Each name becomes a {@link EntityType#CHEMICAL} mention grounded to its text in lower case, on tokens no other
 * mention covers: a lexicon's mention always wins.
 *
 * <p>File format ({@code chemical_name_parts.tsv}): {@code kind<TAB>text<TAB>note}, kind {@code part} (not at the
 * end of a name), {@code end} (also at the end; its form without a final e, for {@value #MIN_ELIDED} letters or
 * more, is a part: "piperidin-1-yl"), {@code acid} (ends a name before an {@code acid-word}), {@code acid-word},
 * {@code word} (completes a name after a space), {@code protein-next} and {@code protein-suffix} (the word after a
 * name, or its ending, that makes it part of a protein's name).
 */
public final class SystematicChemicalNames {

  static final int MIN_LENGTH = 10;
  static final int MIN_PARTS = 2;
  static final int MIN_PARTS_UNMARKED = 3;
  /** The shortest end part whose form without a final e is a part ("amine": "amin-"; not "one": "on"). */
  static final int MIN_ELIDED = 5;
  /** The shortest end part that, ending an unread word after a name, shows the name goes on into it. */
  static final int MIN_CONTINUING = 6;
  /** The most tokens one name is read over (the tokenizer splits at every bracket). */
  private static final int MAX_TOKENS = 40;
  /** The most tokens a word completing a name is read over ("1,1" "-" "dioxide"). */
  private static final int MAX_WORD_TOKENS = 4;
  private static final String PUNCTUATION = "-,()[]{}";
  /** What may stand between a name and the whitespace around it: "(3-mercaptopyrrolidine)," is a name. */
  private static final String OPENING = "([{";
  private static final String CLOSING = ")]}.,;:";
  /**
   * A locant or stereodescriptor, which must be followed by a hyphen, comma, prime or closing bracket: numbers with
   * a letter ("4H", "17β", "2S"), atom and stereo letters (also before a bracketed number: "O(6)", "N(4)"),
   * chirality signs, "tert", "cis", and a lower-case letter of a fusion locant ("[3,2-e]") or o/m/p/n.
   */
  private static final Pattern LOCANT = Pattern.compile(
      "(?:\\d+[A-Za-z\\u03b1-\\u03c9]?|[\\u03b1-\\u03c9]|DL|[+\\u00b1\\u2212]|tert|sec|iso|cis|trans|endo|exo|[a-z])'*"
          + "(?=[-,)\\]'])|[NOSPHCDLREZ]'*(?=[-,()\\]'])");
  private static final Pattern BROKEN_LOCANTS = Pattern.compile("(?:\\d{1,2}'*,)+");
  private static final Pattern WORD_LOCANT = Pattern.compile("(?:\\d+(?:,\\d+)*|N|S)-");

  private enum Kind { PART, END, ACID }

  private final Map<String, Kind> parts;
  private final int longestPart;
  private final Set<String> acidWords;
  private final Set<String> words;
  private final Set<String> proteinNext;
  private final List<String> proteinSuffixes;

  private SystematicChemicalNames(Map<String, Kind> parts, Set<String> acidWords, Set<String> words,
      Set<String> proteinNext, List<String> proteinSuffixes) {
    this.parts = Map.copyOf(parts);
    this.longestPart = parts.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.acidWords = Set.copyOf(acidWords);
    this.words = Set.copyOf(words);
    this.proteinNext = Set.copyOf(proteinNext);
    this.proteinSuffixes = List.copyOf(proteinSuffixes);
  }

  public static SystematicChemicalNames none() {
    return new SystematicChemicalNames(Map.of(), Set.of(), Set.of(), Set.of(), List.of());
  }

  /** Reads the name parts from a classpath resource. */
  public static SystematicChemicalNames load(String location) {
    Map<String, Kind> parts = new HashMap<>();
    Set<String> acidWords = new HashSet<>();
    Set<String> words = new HashSet<>();
    Set<String> proteinNext = new HashSet<>();
    List<String> proteinSuffixes = new ArrayList<>();
    TsvResource.read(location, cols -> {
      String text = cols[1].strip().toLowerCase(Locale.ROOT);
      switch (cols[0].strip()) {
        case "part" -> parts.putIfAbsent(text, Kind.PART);
        case "end" -> {
          parts.put(text, Kind.END);
          if (text.length() >= MIN_ELIDED && text.endsWith("e")) {
            parts.putIfAbsent(text.substring(0, text.length() - 1), Kind.PART);
          }
        }
        case "acid" -> parts.put(text, Kind.ACID);
        case "acid-word" -> acidWords.add(text);
        case "word" -> words.add(text);
        case "protein-next" -> proteinNext.add(text);
        case "protein-suffix" -> proteinSuffixes.add(text);
        default -> throw new IllegalArgumentException("kind must be part, end, acid, acid-word, word, protein-next"
            + " or protein-suffix, not '" + cols[0] + "'");
      }
    });
    return new SystematicChemicalNames(parts, acidWords, words, proteinNext, proteinSuffixes);
  }

  /**
   * Adds the systematic names of a sentence to its mentions: the longest name on tokens with no whitespace between
   * them and no mention on them, that is a whole word but for brackets and punctuation around it (so that no part of
   * a longer word whose other parts are no chemical name parts is taken: "3-alkylamino-4H-thieno[3,2-e]..."). A name
   * right after another, with only a space between, is part of it and left to the salt forms ("... dihydrochloride").
   */
  public void addTo(List<CoreLabel> tokens, List<BioMention> mentions) {
    addTo(tokens, mentions, suffix -> false);
  }

  /**
   * Adds the systematic names of a sentence to its mentions, as {@link #addTo(List, List)}; a name may end in a
   * suffix {@code isSuffix} accepts ("-containing"), which its mention spans but its text and id leave out
   * ("2-thio-6-oxo-1,6-dihydropyrimidine-containing").
   */
  public void addTo(List<CoreLabel> tokens, List<BioMention> mentions, Predicate<String> isSuffix) {
    List<BioMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int runEnd = i;
      while (runEnd < tokens.size() && isFree(mentions, runEnd) && (runEnd == i || joined(tokens, runEnd))) {
        runEnd++;
      }
      boolean starts = runEnd > i && onlyBetween(tokens, i, -1, OPENING) && !continuesAName(tokens, i);
      BioMention name = starts ? longestNameAt(tokens, mentions, i, runEnd, isSuffix) : null;
      boolean afterName = name != null && !found.isEmpty() && found.get(found.size() - 1).tokenEnd() == i;
      if (name != null && !afterName) {
        found.add(name);
        i = name.tokenEnd();
      } else {
        i++;
      }
    }
    mentions.addAll(found);
  }

  private BioMention longestNameAt(List<CoreLabel> tokens, List<BioMention> mentions, int begin, int runEnd,
      Predicate<String> isSuffix) {
    for (int end = Math.min(runEnd, begin + MAX_TOKENS); end > begin; end--) {
      if (!onlyBetween(tokens, end - 1, 1, CLOSING)) {
        continue;
      }
      String text = EntityMatcher.surface(tokens, begin, end);
      int suffix = suffixLength(tokens.get(end - 1).originalText(), isSuffix);
      int wordEnd = end == runEnd && suffix == 0 ? wordAfter(tokens, mentions, end) : end;
      boolean acidFollows = wordEnd > end && acidWords.contains(lastWord(tokens, wordEnd));
      String name = text.substring(0, text.length() - suffix);
      if (isName(name, acidFollows) && !proteinFollows(tokens, wordEnd) && !unreadWordFollows(tokens, wordEnd)) {
        String written = suffix > 0 ? name : EntityMatcher.surface(tokens, begin, wordEnd);
        return new BioMention(EntityType.CHEMICAL, written, List.of(written.toLowerCase(Locale.ROOT)), begin,
            wordEnd, tokens.get(begin).beginPosition(), tokens.get(wordEnd - 1).endPosition() - suffix);
      }
    }
    return null;
  }

  /** The length of the suffix ("-containing") that {@code token} ends in, or 0. */
  private static int suffixLength(String token, Predicate<String> isSuffix) {
    for (int cut = token.indexOf('-', 1); cut > 0; cut = token.indexOf('-', cut + 1)) {
      if (isSuffix.test(token.substring(cut))) {
        return token.length() - cut;
      }
    }
    return 0;
  }

  /**
   * The end of a word after a space that completes a name ending at token {@code end} ("1,1-dioxide", "acid"),
   * read over free tokens with no whitespace between them, or {@code end} where there is none.
   */
  private int wordAfter(List<CoreLabel> tokens, List<BioMention> mentions, int end) {
    if (end >= tokens.size() || joined(tokens, end)) {
      return end;
    }
    StringBuilder text = new StringBuilder();
    for (int j = end; j < tokens.size() && j - end < MAX_WORD_TOKENS && isFree(mentions, j)
        && (j == end || joined(tokens, j)); j++) {
      text.append(tokens.get(j).originalText());
      String word = text.toString();
      Matcher locant = WORD_LOCANT.matcher(word);
      String bare = (locant.lookingAt() ? word.substring(locant.end()) : word).toLowerCase(Locale.ROOT);
      boolean ends = j + 1 == tokens.size() || !joined(tokens, j + 1) || PUNCTUATION.indexOf(tokens.get(j + 1).originalText().charAt(0)) >= 0;
      if (ends && (words.contains(bare) || acidWords.contains(bare) && bare.equals(word.toLowerCase(Locale.ROOT)))) {
        return j + 1;
      }
    }
    return end;
  }

  /**
   * Whether the word before token {@code i} is the start of a name broken by a space, so that a name at {@code i}
   * would be its tail: a word ending in a hyphen ("1H-indole- 3-ethanamine") or in a locant and a comma ("adenosine
   * 3', 5'-monophosphate").
   */
  private static boolean continuesAName(List<CoreLabel> tokens, int i) {
    int begin = i - 1;
    while (begin > 0 && joined(tokens, begin)) {
      begin--;
    }
    if (begin < 0) {
      return false;
    }
    String before = EntityMatcher.surface(tokens, begin, i);
    return before.endsWith("-") || BROKEN_LOCANTS.matcher(before).matches();
  }

  /** Whether token {@code t} follows the token before it with no whitespace between them. */
  private static boolean joined(List<CoreLabel> tokens, int t) {
    return tokens.get(t).beginPosition() == tokens.get(t - 1).endPosition();
  }

  /**
   * Whether only tokens made of {@code allowed} characters stand between token {@code from} and the whitespace
   * (or sentence edge) in direction {@code step} (-1 before it, 1 after it).
   */
  private static boolean onlyBetween(List<CoreLabel> tokens, int from, int step, String allowed) {
    for (int t = from; step < 0 ? t > 0 && joined(tokens, t) : t + 1 < tokens.size() && joined(tokens, t + 1);
        t += step) {
      String text = tokens.get(t + step).originalText();
      if (text.chars().anyMatch(c -> allowed.indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }

  private static String lastWord(List<CoreLabel> tokens, int end) {
    return tokens.get(end - 1).originalText().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the word after a name ending at token {@code end} is a chemical word made of more than the parts: it
   * ends in an end part of {@value #MIN_CONTINUING} letters or more but is no name of parts throughout, so the name
   * goes on into it ("2-mercaptocyclopentane arylsulfonamide"; not "... hydrochloride", made of parts).
   */
  private boolean unreadWordFollows(List<CoreLabel> tokens, int end) {
    if (end >= tokens.size()) {
      return false;
    }
    String next = tokens.get(end).originalText().toLowerCase(Locale.ROOT);
    boolean endsInAPart = parts.entrySet().stream().anyMatch(p -> p.getValue() == Kind.END
        && p.getKey().length() >= MIN_CONTINUING && next.endsWith(p.getKey()));
    return endsInAPart && next.chars().allMatch(Character::isLetter) && parse(next, 0, false, new HashMap<>()).parts < 0;
  }

  /** Whether the word after a name ending at token {@code end} makes it part of a protein's name. */
  private boolean proteinFollows(List<CoreLabel> tokens, int end) {
    if (end >= tokens.size()) {
      return false;
    }
    String next = tokens.get(end).originalText().toLowerCase(Locale.ROOT);
    return proteinNext.contains(next) || proteinSuffixes.stream().anyMatch(next::endsWith);
  }

  /**
   * Whether text with no whitespace is a systematic name: made of name parts and locants throughout, as the class
   * comment says; {@code acidFollows} when the word "acid" comes after it, so that an acid ending may end it.
   */
  boolean isName(String text, boolean acidFollows) {
    if (text.length() < MIN_LENGTH || !balanced(text) || "-,)]}".indexOf(text.charAt(0)) >= 0
        || "-,([{".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    Parse parse = parse(text, 0, acidFollows, new HashMap<>());
    boolean marked = parse.locants > 0 || text.indexOf('(') >= 0 || text.indexOf('[') >= 0;
    return parse.parts >= MIN_PARTS && (marked || parse.parts >= MIN_PARTS_UNMARKED);
  }

  /** The parts and locants of the best reading of {@code text} from {@code at} on; parts -1 when there is none. */
  private record Parse(int parts, int locants) {
    static final Parse NONE = new Parse(-1, 0);

    Parse plus(int moreParts, int moreLocants) {
      return parts < 0 ? NONE : new Parse(parts + moreParts, locants + moreLocants);
    }

    boolean betterThan(Parse other) {
      return parts > other.parts || parts == other.parts && locants > other.locants;
    }
  }

  private Parse parse(String text, int at, boolean acidFollows, Map<Integer, Parse> memo) {
    Parse known = memo.get(at);
    if (known != null) {
      return known;
    }
    Parse best = Parse.NONE;
    char c = text.charAt(at);
    if (PUNCTUATION.indexOf(c) >= 0 && at + 1 < text.length()) {
      best = parse(text, at + 1, acidFollows, memo);
    }
    Matcher locant = LOCANT.matcher(text).region(at, text.length());
    if (locant.lookingAt() && startsLocant(text, at)) {
      Parse rest = parse(text, locant.end(), acidFollows, memo).plus(0, 1);
      best = rest.betterThan(best) ? rest : best;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (int end = Math.min(text.length(), at + longestPart); end > at; end--) {
      Kind kind = parts.get(lower.substring(at, end));
      if (kind == null) {
        continue;
      }
      boolean last = end == text.length();
      Parse rest;
      if (last || end + 1 == text.length() && lower.charAt(end) == 's') {
        boolean endsName = kind == Kind.END && !acidFollows || kind == Kind.ACID && acidFollows && last;
        rest = endsName ? new Parse(1, 0) : Parse.NONE;
      } else {
        rest = parse(text, end, acidFollows, memo).plus(1, 0);
      }
      best = rest.betterThan(best) ? rest : best;
    }
    memo.put(at, best);
    return best;
  }

  /** A locant starts a name or follows punctuation ("N-", "(R)-", "1,2,4-", "[3,2-e]"), never a part's letters. */
  private static boolean startsLocant(String text, int at) {
    return at == 0 || PUNCTUATION.indexOf(text.charAt(at - 1)) >= 0;
  }

  private static boolean balanced(String text) {
    int[] depth = new int[3];
    for (char c : text.toCharArray()) {
      int kind = "([{".indexOf(c);
      if (kind >= 0) {
        depth[kind]++;
      }
      kind = ")]}".indexOf(c);
      if (kind >= 0 && --depth[kind] < 0) {
        return false;
      }
    }
    return Arrays.stream(depth).allMatch(d -> d == 0);
  }

  private static boolean isFree(List<BioMention> mentions, int token) {
    return mentions.stream().noneMatch(m -> m.covers(token));
  }
}
