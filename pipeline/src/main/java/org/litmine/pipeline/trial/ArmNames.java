package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.trial.TextArms.Arm;

/** Where a text names the arms of a trial: by the names the paper gives them, or by an agent only one arm gets. */
final class ArmNames {

  /** A letter or number of a list of arms, or two ("A, B and C", "F, A and FA"), a word of its own. */
  private static final Pattern LISTED_LETTER = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z0-9]{1,2}(?![\\p{L}\\p{N}])");

  private final TrialPatterns patterns;
  private final RegimenAgents comparators;
  /** What makes a procedure's name an arm's: "cystectomy alone", "surgery only". */
  private static final Pattern ALONE = Pattern.compile("^\\s*(?:alone|only)\\b");

  ArmNames(TrialPatterns patterns, RegimenAgents comparators) {
    this.patterns = patterns;
    this.comparators = comparators;
  }

  /**
   * The arms a text names, in order: by the names the paper gives them (not a name inside another arm's longer one:
   * "chemotherapy" in "the pembrolizumab plus chemotherapy group"; not "control" in "disease control",
   * {@code ENDPOINT_CONTROL}), or by an agent only that arm receives (a procedure only as the arm of it alone: "with
   * cystectomy alone", not "At cystectomy").
   */
  List<Integer> named(String text, List<Arm> arms, TrialDrugs drugs) {
    Map<Integer, Integer> at = new java.util.TreeMap<>();
    List<int[]> covered = new ArrayList<>();
    for (int a = 0; a < arms.size(); a++) {
      for (Pattern name : arms.get(a).written()) {
        for (int[] span : spans(name, text)) {
          if (patterns.get("ENDPOINT_CONTROL").matcher(text.substring(0, span[1])).find()) {
            continue;  // "disease control rate" names no control arm
          }
          covered.add(new int[] {span[0], span[1], a});
        }
      }
    }
    covered.addAll(letterLists(text, arms));
    List<RegimenAgents.Agent> agents = comparators.find(text, drugs);
    covered.addAll(regimens(text, arms, agents));
    for (int[] span : covered) {
      if (covered.stream().noneMatch(o -> o[0] <= span[0] && span[1] <= o[1] && o[1] - o[0] > span[1] - span[0])) {
        at.putIfAbsent(span[0], span[2]);
      }
    }
    for (RegimenAgents.Agent agent : agents) {
      if (covered.stream().anyMatch(c -> c[0] <= agent.start() && agent.start() < c[1])
          || comparators.isProcedure(agent.id()) && !ALONE.matcher(text.substring(agent.end())).lookingAt()) {
        continue;
      }
      List<Integer> having = new ArrayList<>();
      for (int a = 0; a < arms.size(); a++) {
        if (arms.get(a).agents().contains(agent.id())) {
          having.add(a);
        }
      }
      if (having.size() == 1) {
        at.putIfAbsent(agent.start(), having.get(0));
      }
    }
    List<Integer> out = new ArrayList<>();
    for (Integer a : at.values()) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The arms a text names, in the order its figures take them: an arm named in a comparison the text opens with comes
   * last ({@code FRONTED_COMPARATOR}: "Compared with the control arm, treatment with bevacizumab resulted in
   * a higher response rate (31.5% v 18.8%)").
   */
  List<Integer> namedInOrder(String t, List<Arm> arms, TrialDrugs drugs) {
    List<Integer> order = named(t, arms, drugs);
    Matcher fronted = patterns.get("FRONTED_COMPARATOR").matcher(t);
    if (!fronted.lookingAt()) {
      return order;
    }
    List<Integer> first = named(fronted.group(), arms, drugs);
    List<Integer> reordered = new ArrayList<>(order.stream().filter(a -> !first.contains(a)).toList());
    reordered.addAll(first.stream().distinct().toList());
    return reordered;
  }

  /**
   * The lettered or numbered arms a list names after one arm word ({@code ARM_LETTER_LIST}: "in arms A, B and C",
   * "groups 1 and 2"), each letter where the text writes it, as {start, end, arm}, for arms named "arm A" and so on.
   */
  private List<int[]> letterLists(String text, List<Arm> arms) {
    List<int[]> out = new ArrayList<>();
    Matcher list = patterns.get("ARM_LETTER_LIST").matcher(text);
    while (list.find()) {
      String word = list.group("word").toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
      Matcher letter = LISTED_LETTER.matcher(text).region(list.start("list"), list.end("list"));
      while (letter.find()) {
        String name = word + " " + letter.group();
        for (int a = 0; a < arms.size(); a++) {
          if (arms.get(a).names().stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
            out.add(new int[] {letter.start(), letter.end(), a});
          }
        }
      }
    }
    return out;
  }

  /**
   * Where the text writes the agents of an arm of several, and only those, as one regimen ("with erlotinib plus
   * bevacizumab" names that arm, not the erlotinib-alone arm; "PPX/carboplatin", an arm's name joined to an agent
   * it also receives, names that arm): each as {start, end, arm}.
   */
  private List<int[]> regimens(String text, List<Arm> arms, List<RegimenAgents.Agent> agents) {
    List<int[]> out = new ArrayList<>();
    List<Item> items = items(text, arms, agents);
    int i = 0;
    while (i < items.size()) {
      int j = i + 1;
      java.util.Set<String> run = new java.util.HashSet<>(items.get(i).agents());
      while (j < items.size() && items.get(j).start() >= items.get(j - 1).end()
          && continuesRun(run, items.get(j).agents(), text.substring(items.get(j - 1).end(), items.get(j).start()),
          arms)) {
        run.addAll(items.get(j).agents());
        j++;
      }
      List<Integer> having = new ArrayList<>();
      for (int a = 0; run.size() >= 2 && a < arms.size(); a++) {
        if (new java.util.HashSet<>(arms.get(a).agents()).equals(run)) {
          having.add(a);
        }
      }
      if (having.size() == 1 && j - i >= 2) {
        out.add(new int[] {items.get(i).start(), items.get(j - 1).end(), having.get(0)});
      }
      i = j;
    }
    return out;
  }

  /**
   * Whether agents joined to a run ({@code AGENT_JOINER}) continue its regimen: with them it is still within one arm's
   * agents, and after a comma or "and" ({@code LIST_SEPARATOR}) none of them is in it yet ("gemcitabine-cisplatin,
   * gemcitabine-carboplatin and paclitaxel-carboplatin" are three regimens; "PPX/carboplatin" one).
   */
  private boolean continuesRun(java.util.Set<String> run, List<String> agents, String joiner, List<Arm> arms) {
    java.util.Set<String> with = new java.util.HashSet<>(run);
    with.addAll(agents);
    return patterns.get("AGENT_JOINER").matcher(joiner).matches()
        && arms.stream().anyMatch(a -> a.agents().containsAll(with))
        && (!patterns.get("LIST_SEPARATOR").matcher(joiner).matches() || agents.stream().noneMatch(run::contains));
  }

  /** An agent, or an arm's name standing for that arm's agents, where a text writes it. */
  private record Item(int start, int end, List<String> agents) {}

  /** The agents a text names and the arms' names it writes next to a sign ("PPX/carboplatin"), in order. */
  private static List<Item> items(String text, List<Arm> arms, List<RegimenAgents.Agent> agents) {
    List<Item> items = new ArrayList<>();
    for (RegimenAgents.Agent agent : agents) {
      items.add(new Item(agent.start(), agent.end(), List.of(agent.id())));
    }
    for (Arm arm : arms) {
      for (String name : arm.names()) {
        for (int start = 0; !name.isEmpty() && start + name.length() <= text.length(); start++) {
          int from = start;
          int end = start + name.length();
          if (text.regionMatches(true, start, name, 0, name.length()) && nextToSign(text, start, end)
              && items.stream().noneMatch(o -> o.start() < end && from < o.end())) {
            items.add(new Item(start, end, arm.agents()));
          }
        }
      }
    }
    items.sort(java.util.Comparator.comparingInt(Item::start));
    return items;
  }

  /** Whether a name at [start, end) is a whole word with a sign right after it or right before it ("PPX/", "/PPX"). */
  private static boolean nextToSign(String text, int start, int end) {
    boolean wordBefore = start > 0
        && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-');
    boolean wordAfter = end < text.length() && Character.isLetterOrDigit(text.charAt(end));
    if (wordBefore || wordAfter) {
      return false;
    }
    String after = text.substring(end).stripLeading();
    String before = text.substring(0, start).stripTrailing();
    return after.startsWith("/") || after.startsWith("+") || before.endsWith("/") || before.endsWith("+");
  }

  /**
   * The pattern that finds where a name is written in a text: as a whole word ("chemotherapy" not in
   * "chemotherapy-naive", "A" not in "A+C"), or before "-treated" ("DC-treated patients"); a one-letter name not as a
   * p value ("P = .03"); a space in the name is also a hyphen in the text ("the chemotherapy-alone group").
   */
  static Pattern pattern(String name) {
    String words = String.join("[\\s-]+", java.util.Arrays.stream(name.strip().split("\\s+")).map(Pattern::quote)
        .toList());
    return Pattern.compile("(?i)(?<![\\p{L}\\p{N}/+-])" + words
        + "(?![\\p{L}\\p{N}/+]|-(?!treated\\b))" + (name.length() == 1 ? "(?!\\s*[=<>≤≥])" : ""));
  }

  /** Where a name's {@link #pattern} finds it in a text, each as {start, end}. */
  static List<int[]> spans(Pattern name, String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = name.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }
}
