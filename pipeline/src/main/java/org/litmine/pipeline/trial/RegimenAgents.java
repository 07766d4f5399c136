package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * The agents of an arm named in a text: the drugs and treatments {@link TrialDrugs} finds, and the comparators of
 * {@code comparators.tsv} ("placebo", "best supportive care", "observation", "surgery", an unnamed "chemotherapy"),
 * each with its role: a {@code background} comparator beside a drug is not an agent of the arm; a {@code procedure}
 * (surgery) is a background one that names no arm by its word alone, as the arms of a trial before or after surgery all
 * have it.
 */
final class RegimenAgents {

  static final String COMPARATORS = "org/litmine/pipeline/trial/comparators.tsv";

  /** An agent named in text; {@code background} for a comparator that does not count beside a drug. */
  record Agent(int start, int end, String text, String id, boolean comparator, boolean background) {}

  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, Boolean> background = new HashMap<>();
  private final java.util.Set<String> procedures = new java.util.HashSet<>();
  private final Pattern pattern;
  private final Pattern priorTreatment = TrialPatterns.ownTrial().get("PRIOR_TREATMENT");

  private RegimenAgents() {
    List<String> surfaces = new ArrayList<>();
    TsvResource.read(COMPARATORS, cols -> {
      if (cols.length != 3 || !cols[2].matches("kept|background|procedure")) {
        throw new IllegalArgumentException(
            "RegimenAgents: expected surface, id and role (kept, background or procedure)");
      }
      String key = cols[0].toLowerCase(Locale.ROOT);
      ids.put(key, cols[1]);
      background.put(cols[1], !cols[2].equals("kept"));
      if (cols[2].equals("procedure")) {
        procedures.add(cols[1]);
      }
      surfaces.add(key);
    });
    surfaces.sort(Comparator.comparingInt(String::length).reversed());
    pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", surfaces.stream().map(Pattern::quote)
        .toList()) + ")(?![\\p{L}\\p{N}-])", Pattern.CASE_INSENSITIVE);
  }

  static RegimenAgents load() {
    return new RegimenAgents();
  }

  /**
   * The agents named in text, left to right, not overlapping; not a drug named as the patients' earlier treatment
   * ({@code PRIOR_TREATMENT}: "crizotinib-refractory").
   */
  List<Agent> find(String text, TrialDrugs drugs) {
    List<Agent> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String id = ids.get(m.group().toLowerCase(Locale.ROOT));
      found.add(new Agent(m.start(), m.end(), m.group(), id, true, background.get(id)));
    }
    for (DrugMentions.Found f : drugs.find(text)) {
      if (found.stream().noneMatch(a -> a.start() < f.end() && f.start() < a.end())
          && !priorTreatment.matcher(text.substring(f.end())).lookingAt()) {
        found.add(new Agent(f.start(), f.end(), f.text(), f.id(), false, false));
      }
    }
    found.sort(Comparator.comparingInt(Agent::start));
    return found;
  }

  /** Whether an agent id is a comparator of the file ("placebo", "observation"), not a drug. */
  boolean isComparator(String id) {
    return background.containsKey(id);
  }

  /** Whether an agent id is a procedure ("surgery"), which names no arm by its word alone. */
  boolean isProcedure(String id) {
    return procedures.contains(id);
  }

  /**
   * The agents a text names, with those of the short names the paper defines ({@code defined}: "XELOX", "GP") where
   * no agent is written, in the order of the text.
   */
  List<Agent> find(String text, TrialDrugs drugs, Map<String, List<String>> defined) {
    List<Agent> agents = new ArrayList<>(find(text, drugs));
    for (Map.Entry<String, List<String>> d : defined.entrySet()) {
      Matcher at = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(d.getKey()) + "(?![\\p{L}\\p{N}-])")
          .matcher(text);
      while (at.find()) {
        int start = at.start();
        if (agents.stream().noneMatch(a -> a.start() <= start && start < a.end())) {
          d.getValue().forEach(id -> agents.add(new Agent(start, at.end(), at.group(), id, false, false)));
        }
      }
    }
    agents.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return agents;
  }

  /** Whether two arms' agents are the same, in any order. */
  static boolean sameAgents(List<String> a, List<String> b) {
    return new java.util.HashSet<>(a).equals(new java.util.HashSet<>(b));
  }

  /** The agents that make the arm: background comparators only where nothing else is named. */
  static List<String> arm(List<Agent> agents) {
    boolean drug = agents.stream().anyMatch(a -> !a.background());
    List<String> out = new ArrayList<>();
    for (Agent a : agents) {
      if ((!drug || !a.background()) && !out.contains(a.id())) {
        out.add(a.id());
      }
    }
    return out;
  }
}
