package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.trial.DrugMentions.Found;

/**
 * The drugs and treatments of the texts a trial extractor reads (table cells, regimen descriptions, sentences): the
 * drugs the entity annotators recognized there ({@link DrugMentions}, normalized as ANNOTATION.md asks), and the
 * non-drug treatments of {@code agents.tsv} (radiotherapy, placebo). It looks up no drug lexicon of its own.
 *
 * <p>A paper's own regimen abbreviations ("pemetrexed (P)", "Pemetrexed/cisplatin (PC)", "Capecitabine plus
 * Irinotecan (XELIRI regimen)"), which stand for several drugs or for one letter and are no entity mention, are
 * learned with {@link #learnAbbreviations} and used by {@link #regimen}, which also splits letter runs of known
 * one-letter abbreviations ("PC" = P + C).
 */
public final class TrialDrugs {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'-]*[\\p{L}\\p{N}])?");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "\\(\\s*(?:the\\s+)?([A-Z][A-Za-z0-9-]{0,9})(?:\\s+regimen)?\\s*\\)");
  /** What stands between two drugs of the run a short form stands for ({@code DRUG_RUN_JOINER}, own-trial.rules). */
  private static final Pattern RUN_JOINER = TrialPatterns.ownTrial().get("DRUG_RUN_JOINER");

  private final DrugMentions drugs;
  private final TrialVocabulary vocabulary;
  private final Map<String, List<String>> abbreviations = new LinkedHashMap<>();

  public TrialDrugs(DrugMentions drugs, TrialVocabulary vocabulary) {
    this.drugs = drugs;
    this.vocabulary = vocabulary;
  }

  /** The drugs and treatments named in text, left to right. */
  public List<Found> find(String text) {
    String t = TrialText.fold(text);
    List<Found> found = new ArrayList<>(drugs.find(t));
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

  /**
   * Learns the drug abbreviations a text defines: "pemetrexed (P)", "Pemetrexed/cisplatin (PC)", "Capecitabine plus
   * Irinotecan (XELIRI regimen)": the drugs named right before the bracket, joined as {@code DRUG_RUN_JOINER} of
   * own-trial.rules says (a joiner, a hyphen, a comma), are what the short form stands for.
   */
  public void learnAbbreviations(List<String> texts) {
    texts.forEach(this::learnAbbreviations);
  }

  private void learnAbbreviations(String text) {
    String t = TrialText.fold(text);
    Matcher m = ABBREVIATION.matcher(t);
    while (m.find()) {
      String shortForm = m.group(1);
      if (abbreviations.containsKey(shortForm)) {
        continue;
      }
      List<String> drugs = drugsBefore(t, m.start());
      if (shortForm.length() > 2 && drugs.size() == 1 && drugs.equals(drugAt(t, m.start(1), m.end(1)))) {
        continue;  // "linsitinib (OSI-906)", "5-fluorouracil (5-FU)": a drug's other name, not a regimen's
      }
      if (shortForm.length() == 1 && drugs.size() > 1) {
        drugs = List.of(drugs.get(drugs.size() - 1));
      }
      if (!drugs.isEmpty()) {
        abbreviations.put(shortForm, drugs);
      }
    }
  }

  /** The drug the annotators recognized in exactly this span, if any. */
  private List<String> drugAt(String t, int start, int end) {
    return drugs.find(t).stream().filter(f -> f.start() == start && f.end() == end).map(Found::id).toList();
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
      boolean joined = cursor == window.length() ? gap.matches("[\\s-]*") : RUN_JOINER.matcher(gap).matches();
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
