package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Drug names no lexicon lists, read from their shape: an International Nonproprietary Name ends in a stem that says
 * what the drug does ("zolasartan", "ambrisentan", "orvepitant", "avibactam"), and a research code name starts with
 * its company's prefix ("ICI 118,551", "SKF 82958", "GW9662", "PF-04859989").
 *
 * <p>Both become {@link EntityType#DRUG} mentions (a name of this shape is a drug's, as a listed one is: the trial
 * reader takes it for an arm's agent, "glofitamab") on tokens no other mention covers:
 * <ul>
 *   <li>a lower-case or capitalized word of {@value #MIN_LENGTH} letters or more ending in a stem, grounded to its
 *       lower-case spelling, unless listed as an exception; with the word before it where that word ends in a stem
 *       of a name's first word ("idecabtagene vicleucel", "onasemnogene abeparvovec");</li>
 *   <li>a prefix and a number of three digits or more, in one token ("GW9662", "PF-04859989") or two ("ICI
 *       118,551"), or one capital letter, a hyphen and a number of five digits ("U-75302", "A-61603"), grounded to
 *       the code name's normal form ({@link CodeNames#normalize}). A prefix token that
 *       another mention took on its own ("ICI", an abbreviation of a drug class) gives way to the code name; a
 *       code name a lexicon lists ("BMS-754807") keeps its mention.</li>
 *   <li>a word that is a chiral prefix and the name of a drug a lexicon lists, the single enantiomer of that racemic
 *       drug ("levocetirizine", "esomeprazole", "dexmedetomidine", "armodafinil"), grounded to its lower-case
 *       spelling.</li>
 * </ul>
 *
 * <p>File format ({@code unlisted_drug_names.tsv}): {@code kind<TAB>text<TAB>note}, kind {@code stem}, {@code first}
 * (the stem of a two-word name's first word), {@code except}, {@code prefix} (matched case-sensitively) or
 * {@code chiral}.
 */
public final class UnlistedDrugNames {

  static final int MIN_LENGTH = 8;
  /** The shortest drug name a chiral prefix is read before. */
  static final int MIN_BASE_LENGTH = 6;
  private static final Pattern WORD = Pattern.compile("[A-Z]?[a-z]+");
  private static final String NUMBER = "\\d{3,}(?:[,.]\\d{3})*[A-Za-z]?";
  private static final Pattern NUMBER_TOKEN = Pattern.compile(NUMBER);
  /**
   * A one-letter company prefix, a hyphen and a number of five digits or more, or grouped by a comma ("U-75302",
   * "A-61603", "Y-27632", "L-365,260"): one letter is too common a word or label to stand as a prefix on its own,
   * but with a hyphen and such a number it is a code name (cell lines and catalogue numbers have more letters or
   * fewer digits: "HT-1080", "U-87", "CRL-1573").
   */
  private static final Pattern LETTER_CODE = Pattern.compile("[A-Z]-(?:\\d{5,6}|\\d{3},\\d{3})[A-Za-z]?");

  private final List<String> stems;
  private final List<String> firstWordStems;
  private final Set<String> exceptions;
  private final Set<String> prefixes;
  private final List<String> chiralPrefixes;
  private final Pattern codeToken;

  private UnlistedDrugNames(List<String> stems, List<String> firstWordStems, Set<String> exceptions,
      Set<String> prefixes, List<String> chiralPrefixes) {
    this.stems = List.copyOf(stems);
    this.firstWordStems = List.copyOf(firstWordStems);
    this.exceptions = Set.copyOf(exceptions);
    this.prefixes = Set.copyOf(prefixes);
    this.chiralPrefixes = List.copyOf(chiralPrefixes);
    this.codeToken = Pattern.compile("([A-Za-z]+)-?" + NUMBER);
  }

  public static UnlistedDrugNames none() {
    return new UnlistedDrugNames(List.of(), List.of(), Set.of(), Set.of(), List.of());
  }

  /** Reads the stems, exceptions and code prefixes from a classpath resource. */
  public static UnlistedDrugNames load(String location) {
    List<String> stems = new ArrayList<>();
    List<String> firstWordStems = new ArrayList<>();
    Set<String> exceptions = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    List<String> chiral = new ArrayList<>();
    TsvResource.read(location, cols -> {
      String text = cols[1].strip();
      switch (cols[0].strip()) {
        case "stem" -> stems.add(text.toLowerCase(Locale.ROOT));
        case "first" -> firstWordStems.add(text.toLowerCase(Locale.ROOT));
        case "except" -> exceptions.add(text.toLowerCase(Locale.ROOT));
        case "prefix" -> prefixes.add(text);
        case "chiral" -> chiral.add(text.toLowerCase(Locale.ROOT));
        default -> throw new IllegalArgumentException(
            "kind must be stem, first, except, prefix or chiral, not '" + cols[0] + "'");
      }
    });
    return new UnlistedDrugNames(stems, firstWordStems, exceptions, prefixes, chiral);
  }

  /** Adds the unlisted drug names of a sentence to its mentions, as {@link #addTo(List, List, Predicate)}. */
  public void addTo(List<CoreLabel> tokens, List<BioMention> mentions) {
    addTo(tokens, mentions, name -> false);
  }

  /**
   * Adds the unlisted drug names of a sentence to its mentions (a code name replaces its prefix's mention); a word
   * that is a chiral prefix and a name {@code isDrugName} accepts ("levocetirizine": "levo" + "cetirizine") is one.
   */
  public void addTo(List<CoreLabel> tokens, List<BioMention> mentions, Predicate<String> isDrugName) {
    List<BioMention> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      final int t = i;
      String word = tokens.get(i).originalText();
      List<BioMention> covering = mentions.stream().filter(m -> m.covers(t)).toList();
      int end = codeNameEnd(tokens, i);
      if (end > i && covering.stream().allMatch(m -> !m.type().isDrugLike() && m.tokenEnd() - m.tokenBegin() == 1)) {
        mentions.removeAll(covering);
        String text = EntityMatcher.surface(tokens, i, end);
        found.add(mention(tokens, i, end, text, CodeNames.normalize(text)));
        i = end - 1;
      } else if (covering.isEmpty() && isFirstWord(word) && i + 1 < tokens.size()
          && mentions.stream().noneMatch(m -> m.covers(t + 1)) && isStemName(tokens.get(i + 1).originalText())) {
        String name = EntityMatcher.surface(tokens, i, i + 2);  // "idecabtagene vicleucel"
        found.add(mention(tokens, i, i + 2, name, name.toLowerCase(Locale.ROOT)));
        i++;
      } else if (covering.isEmpty() && (isStemName(word) || isChiralForm(word, isDrugName))) {
        found.add(mention(tokens, i, i + 1, word, word.toLowerCase(Locale.ROOT)));
      }
    }
    mentions.addAll(found);
  }

  /** The end of a code name starting at token i ("GW9662"; "ICI" "118,551"), or i where there is none. */
  private int codeNameEnd(List<CoreLabel> tokens, int i) {
    String word = tokens.get(i).originalText();
    Matcher m = codeToken.matcher(word);
    if (m.matches() && prefixes.contains(m.group(1)) || LETTER_CODE.matcher(word).matches()) {
      return i + 1;
    }
    boolean spaced = i + 1 < tokens.size() && tokens.get(i + 1).beginPosition() > tokens.get(i).endPosition();
    if (prefixes.contains(word) && spaced && NUMBER_TOKEN.matcher(tokens.get(i + 1).originalText()).matches()) {
      return i + 2;
    }
    return i;
  }

  /** A word that opens a name of two words ending in the first word's stem ("idecabtagene" of a CAR-T cell name). */
  private boolean isFirstWord(String word) {
    return endsInOneOf(word, firstWordStems);
  }

  private boolean isStemName(String word) {
    return endsInOneOf(word, stems);
  }

  /** A word of {@value #MIN_LENGTH} letters or more, no exception, that ends in one of the stems. */
  private boolean endsInOneOf(String word, List<String> endings) {
    if (word.length() < MIN_LENGTH || !WORD.matcher(word).matches()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !exceptions.contains(lower) && endings.stream().anyMatch(lower::endsWith);
  }

  /** A word of {@value #MIN_LENGTH} letters or more that is a chiral prefix and a drug's name ("esomeprazole"). */
  private boolean isChiralForm(String word, Predicate<String> isDrugName) {
    if (word.length() < MIN_LENGTH || !WORD.matcher(word).matches()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return chiralPrefixes.stream().anyMatch(p -> lower.startsWith(p)
        && lower.length() - p.length() >= MIN_BASE_LENGTH && isDrugName.test(lower.substring(p.length())));
  }

  private static BioMention mention(List<CoreLabel> tokens, int begin, int end, String text, String id) {
    return new BioMention(EntityType.DRUG, text, List.of(id), begin, end, tokens.get(begin).beginPosition(),
        tokens.get(end - 1).endPosition());
  }
}
