package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.ner.CodeNames;

/**
 * Finds and normalizes drug names in short texts (table cells, regimen descriptions) with litmine's drug lexicon,
 * as the entity annotator does: the longest run of up to four tokens the lexicon lists, its identifier as the
 * normalized name. A code name ("MK-0646") stays a code name ({@code mk0646}) unless the paper writes it beside the
 * generic name the lexicon knows for it (ANNOTATION.md: "where the paper equates a code name with an INN").
 * Non-drug treatments of {@code agents.tsv} (radiotherapy, placebo) are found too.
 *
 * <p>A paper's own drug abbreviations ("pemetrexed (P)", "Capecitabine plus Irinotecan (XELIRI regimen)") are
 * learned with {@link #learnAbbreviations} and used by {@link #regimen}, which also splits letter runs of known
 * one-letter abbreviations ("PC" = P + C).
 */
public final class DrugNames {

  /** A drug or treatment named in a text: its span, the text as written and its normalized identifier. */
  public record Found(int start, int end, String text, String id) {}

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'-]*[\\p{L}\\p{N}])?");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "\\(\\s*(?:the\\s+)?([A-Z][A-Za-z0-9-]{0,9})(?:\\s+regimen)?\\s*\\)");

  /** How near (in characters) a generic name and a code name must be written to be equated. */
  private static final int EQUATED_WINDOW = 16;

  private final Lexicon lexicon;
  private final TrialVocabulary vocabulary;
  private final String paperText;
  private final Map<String, List<String>> abbreviations = new LinkedHashMap<>();

  /** {@code paperText} is the paper's own text (lower case not needed), where equated generic names are sought. */
  public DrugNames(Lexicon lexicon, TrialVocabulary vocabulary, String paperText) {
    this.lexicon = lexicon;
    this.vocabulary = vocabulary;
    this.paperText = paperText.toLowerCase(Locale.ROOT);
  }

  /** The drugs and treatments named in text, left to right. */
  public List<Found> find(String text) {
    String t = TrialText.fold(text);
    List<Found> found = new ArrayList<>();
    int covered = 0;
    for (SpanFinder.Span span : SpanFinder.find(lexicon, t)) {
      for (int[] word : SpanFinder.words(t.substring(covered, span.start()))) {
        found.addAll(hyphenParts(t, new int[] {covered + word[0], covered + word[1]}));
      }
      found.add(normalized(span.text(), span.start(), span.end(), span.ids()));
      covered = span.end();
    }
    for (int[] word : SpanFinder.words(t.substring(covered))) {
      found.addAll(hyphenParts(t, new int[] {covered + word[0], covered + word[1]}));
    }
    for (TrialVocabulary.AgentMention agent : vocabulary.agents(t)) {
      if (found.stream().noneMatch(f -> f.start() < agent.end() && agent.start() < f.end())) {
        found.add(new Found(agent.start(), agent.end(), t.substring(agent.start(), agent.end()), agent.id()));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** The distinct identifiers named in text, in order. */
  public List<String> ids(String text) {
    List<String> ids = new ArrayList<>();
    for (Found f : find(text)) {
      if (!ids.contains(f.id())) {
        ids.add(f.id());
      }
    }
    return ids;
  }

  private Optional<Found> named(String t, int start, int end) {
    String surface = t.substring(start, end);
    return lexicon.lookup(surface).map(ids -> normalized(surface, start, end, ids));
  }

  private Found normalized(String surface, int start, int end, List<String> ids) {
    String id = ids.get(0);
    if (CodeNames.isCode(surface) && !equated(id, CodeNames.normalize(surface))) {
      id = CodeNames.normalize(surface);
    }
    return new Found(start, end, surface, id);
  }

  /** "Dalotuzumab-MK0646": the drugs among the hyphen-joined parts of a token no lexicon lists whole. */
  private List<Found> hyphenParts(String t, int[] token) {
    List<Found> found = new ArrayList<>();
    int from = token[0];
    String text = t.substring(token[0], token[1]);
    if (!text.contains("-")) {
      return found;
    }
    for (String part : text.split("-")) {
      named(t, from, from + part.length()).ifPresent(found::add);
      from += part.length() + 1;
    }
    return found;
  }

  /**
   * Whether the paper equates a generic name with a code name: writes them side by side ("linsitinib (OSI-906)",
   * "MK-0646 (Dalotuzumab)", "Dalotuzumab (D) or MK-0646", "Dalotuzumab-MK0646"), within a few characters.
   */
  private boolean equated(String generic, String code) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(generic) + "(?![\\p{L}\\p{N}])")
        .matcher(paperText);
    while (m.find()) {
      String window = paperText.substring(Math.max(0, m.start() - EQUATED_WINDOW),
          Math.min(paperText.length(), m.end() + EQUATED_WINDOW));
      if (window.replaceAll("[^\\p{L}\\p{N}]", "").contains(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Learns the drug abbreviations a text defines: "pemetrexed (P)", "Pemetrexed/cisplatin (PC)", "Capecitabine plus
   * Irinotecan (XELIRI regimen)": the drugs named right before the bracket, joined by "/", "+", "plus", "and" or
   * "with", are what the short form stands for.
   */
  public void learnAbbreviations(String text) {
    String t = TrialText.fold(text);
    Matcher m = ABBREVIATION.matcher(t);
    while (m.find()) {
      String shortForm = m.group(1);
      if (lexicon.lookup(shortForm).isPresent() && shortForm.length() > 2 || abbreviations.containsKey(shortForm)) {
        continue;
      }
      List<String> drugs = drugsBefore(t, m.start());
      if (shortForm.length() == 1 && drugs.size() > 1) {
        drugs = List.of(drugs.get(drugs.size() - 1));
      }
      if (!drugs.isEmpty()) {
        abbreviations.put(shortForm, drugs);
      }
    }
  }

  /** The drugs of the run of drug names and joiners that ends at {@code end}. */
  private List<String> drugsBefore(String t, int end) {
    int windowStart = Math.max(0, end - 80);
    String window = t.substring(windowStart, end);
    List<Found> found = find(window);
    List<String> drugs = new ArrayList<>();
    int cursor = window.length();
    for (int i = found.size() - 1; i >= 0; i--) {
      Found f = found.get(i);
      String gap = window.substring(f.end(), cursor);
      boolean joined = cursor == window.length()
          ? gap.matches("[\\s-]*") : gap.matches("(?i)\\s*(?:/|\\+|-|,|plus|and|with|\\(\\w{1,3}\\)\\s*/?)\\s*");
      if (!joined) {
        break;
      }
      if (!drugs.contains(f.id())) {
        drugs.add(0, f.id());
      }
      cursor = f.start();
    }
    return drugs;
  }

  /** The abbreviations learned so far, short form to drugs. */
  public Map<String, List<String>> abbreviations() {
    return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(abbreviations));
  }

  /**
   * The agents of a regimen text ("PC + D", "Dalotuzumab with PC", "XELIRI", "pemetrexed/cisplatin"), in order:
   * learned abbreviations (also as letter runs of one-letter ones) and drug names.
   */
  public List<String> regimen(String text) {
    List<String> agents = new ArrayList<>();
    Matcher m = TOKEN.matcher(TrialText.fold(text));
    int last = 0;
    String t = TrialText.fold(text);
    while (m.find()) {
      List<String> expanded = expand(m.group());
      if (expanded.isEmpty()) {
        continue;
      }
      for (String id : ids(t.substring(last, m.start()))) {
        addOnce(agents, id);
      }
      expanded.forEach(id -> addOnce(agents, id));
      last = m.end();
    }
    for (String id : ids(t.substring(last))) {
      addOnce(agents, id);
    }
    return agents;
  }

  private List<String> expand(String token) {
    if (abbreviations.containsKey(token)) {
      return abbreviations.get(token);
    }
    List<String> out = new ArrayList<>();
    if (token.length() < 2 || token.length() > 4 || !token.chars().allMatch(Character::isUpperCase)) {
      return out;
    }
    for (char c : token.toCharArray()) {
      List<String> one = abbreviations.get(String.valueOf(c));
      if (one == null) {
        return List.of();
      }
      one.forEach(id -> addOnce(out, id));
    }
    return out;
  }

  private static void addOnce(List<String> list, String id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }
}
