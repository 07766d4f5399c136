package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a bracket after a regimen gives its side of a comparison, for {@link ComparisonSides}: "(nab-P arm)",
 * "(MIC)", "(BV/CP, n = 434)", "(Cap-Bev; n = 198)", "(chemoradiotherapy [CRT])"; and whether a name in brackets is
 * only an agent's own short form ("best supportive care (BSC)").
 */
final class BracketNames {

  /**
   * A regimen's short name: letters joined by hyphens or plus signs with two capitals in a row ("pola-R-CHP", "A+AVD"),
   * letters with slashes ("BV/CP"), capitals, or capitals with a small letter between or before them ("GnP", "mFFX");
   * at a bracket's start not a code name.
   */
  private static final Pattern BRACKET_NAME = Pattern.compile(
      "(?=[A-Za-z+-]*[A-Z]{2})[A-Za-z]+(?:[-+][A-Za-z]+)+|[A-Z][A-Za-z]*(?:/[A-Za-z]+)+|[A-Z]{2,6}"
          + "|[a-z]{0,2}[A-Z][a-z]?[A-Z][A-Z]{0,3}");
  private static final Pattern BRACKET_NAME_FIRST = Pattern.compile(
      "^\\(\\s*(?!(?:HR|OR|RR|CI|ORR|DCR|PFS|OS|TTP|DFS|EFS|RFS)\\b)(" + BRACKET_NAME.pattern() + ")\\b(?!-\\d)");
  /** A short name in square brackets that ends a bracket, after the long form: "(chemoradiotherapy [CRT])". */
  private static final Pattern BRACKET_NAME_LAST =
      Pattern.compile("\\[\\s*(" + BRACKET_NAME.pattern() + ")\\s*]\\s*\\)$");

  /** A word before another treatment that only times a schedule by it: "during radiotherapy", "before radiotherapy". */
  private static final Pattern TIMED_BY = Pattern.compile("(?i)during|before|after");
  /** How many words of a schedule may stand between a side's agents and the bracket that names it. */
  private static final int SCHEDULE_WORDS = 16;
  /** Words that end a side: a comma, "or", "and", "versus", "vs". */
  private static final Pattern JOINING = Pattern.compile("(?i),|;|or|and|versus|vs\\.?|compared");

  private final TrialPatterns patterns;

  BracketNames(TrialPatterns patterns) {
    this.patterns = patterns;
  }

  /**
   * The short name a bracket after a regimen gives it: with "arm" or "group" ({@code BRACKET_ARM_NAME}: "(nab-P
   * arm)"), at its start ("(MIC)", "(BV/CP, n = 434)", "(EC 90/600)"; not a figure's: "(HR 0.60, ..."), or as an item
   * of its list after a code name ("(CT-2103, PPX)"); the caller leaves out an agent's own short form ("best supportive
   * care (BSC)").
   */
  java.util.Optional<String> bracketName(String bracket) {
    java.util.Optional<String> arm = armName(bracket);
    if (arm.isPresent()) {
      return arm;
    }
    Matcher first = BRACKET_NAME_FIRST.matcher(bracket);
    if (first.find()) {
      return java.util.Optional.of(first.group(1));
    }
    return java.util.Arrays.stream(bracket.substring(1, bracket.length() - 1).split("[,;]")).map(String::strip)
        .filter(item -> BRACKET_NAME.matcher(item).matches()).findFirst();
  }

  /**
   * The name at a bracket's start made of the first letters of the side's agents, one part each, joined by hyphens,
   * plus signs or slashes ({@code AGENT_PREFIX_NAME}: "(Cap-Bev; n = 198)" of capecitabine plus bevacizumab, "(Bev;
   * n = 196)" of bevacizumab alone), if it is one.
   */
  java.util.Optional<String> agentPrefixes(String bracket, List<RegimenAgents.Agent> agents) {
    Matcher name = patterns.get("AGENT_PREFIX_NAME").matcher(bracket);
    if (!name.lookingAt() || agents.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> ids = new ArrayList<>();
    for (String part : name.group("name").split("[-+/]")) {
      String prefix = part.toLowerCase(java.util.Locale.ROOT);
      java.util.Optional<String> agent = agents.stream()
          .filter(a -> a.text().toLowerCase(java.util.Locale.ROOT).startsWith(prefix) && !ids.contains(a.id()))
          .map(RegimenAgents.Agent::id).findFirst();
      if (agent.isEmpty()) {
        return java.util.Optional.empty();
      }
      ids.add(agent.get());
    }
    return java.util.Optional.of(name.group("name"));
  }

  /** The name a bracket with "arm" or "group" gives a side ({@code BRACKET_ARM_NAME}: "(nab-P arm)"), if it is one. */
  java.util.Optional<String> armName(String bracket) {
    Matcher named = patterns.get("BRACKET_ARM_NAME").matcher(bracket);
    return named.lookingAt() ? java.util.Optional.of(named.group("name")) : java.util.Optional.empty();
  }

  /**
   * The short name in square brackets that ends a bracket after its long form, for a bracket that names an agent of the
   * side: "(chemoradiotherapy [CRT])", "(nimotuzumab plus chemoradiotherapy [NCRT])"; not a trial's name ("(Adjuvant
   * Navelbine International Trialist Association [ANITA])").
   */
  static java.util.Optional<String> nameAfterLongForm(String bracket) {
    Matcher last = BRACKET_NAME_LAST.matcher(bracket);
    return last.find() ? java.util.Optional.of(last.group(1)) : java.util.Optional.empty();
  }

  /** Whether a token is a bracket that names a regimen ({@link #bracketName}). */
  boolean namedBracket(String t, int[] token) {
    String word = t.substring(token[0], token[1]);
    return word.startsWith("(") && bracketName(word).isPresent();
  }

  /**
   * Whether a bracket's name that is also an agent's mention is that agent's own short form: its letters in the order
   * of the agent's name written before it ("best supportive care (BSC)", "nab-paclitaxel (nab-P)"), not a regimen's
   * name the agent is found in ("elotuzumab (E-KRd)"), nor a short name the paper defines for several agents
   * ("(GC)").
   */
  static boolean shortFormOf(String name, RegimenAgents.Agent mention, List<RegimenAgents.Agent> agents) {
    if (agents.stream().filter(a -> a.start() == mention.start()).count() > 1) {
      return false;
    }
    String letters = name.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
    return agents.stream().filter(a -> a.end() <= mention.start() && a.id().equals(mention.id())).anyMatch(a -> {
      String written = a.text().replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
      int k = 0;
      for (int c = 0; c < written.length() && k < letters.length(); c++) {
        k += written.charAt(c) == letters.charAt(k) ? 1 : 0;
      }
      return k == letters.length() && written.charAt(0) == letters.charAt(0);
    }) || agents.stream().noneMatch(a -> a.end() <= mention.start() && a.id().equals(mention.id()));
  }

  /** Whether an agent stands in the token at [start, end). */
  static boolean overlaps(RegimenAgents.Agent agent, int[] token) {
    return agent.start() < token[1] && token[0] < agent.end();
  }

  /**
   * The name a side's own bracket gives it after words of its schedule the side's reading stopped at ("oral topotecan
   * 2.3 mg/m2/day on days 1-5 every 21 days for up to four cycles (maintenance arm)", "bevacizumab alone at the same
   * dose (Bev; n = 196)", "nimotuzumab 200 mg during radiotherapy (nimotuzumab plus chemoradiotherapy [NCRT])"): a
   * bracket with "arm" or "group" ({@code BRACKET_ARM_NAME}), of its agents' first letters ({@link #agentPrefixes}) or
   * naming one of its agents and ending in a short name in square brackets ({@link #nameAfterLongForm}), or a long
   * form and its short name ({@link #listedAfterLongForm}: "one week before radiotherapy ... weekly (bioradiotherapy,
   * BRT)") within {@link #SCHEDULE_WORDS} words, none of them another side's agent (but one that times the schedule:
   * "during radiotherapy", "one week before radiotherapy"), a comma or a joining word.
   */
  java.util.Optional<String> armNameAfterSchedule(String t, List<int[]> tokens, int from,
      List<RegimenAgents.Agent> agents, List<RegimenAgents.Agent> own) {
    for (int k = from; k >= 0 && k < tokens.size() && k < from + SCHEDULE_WORDS; k++) {
      int[] tok = tokens.get(k);
      String word = t.substring(tok[0], tok[1]);
      if (word.startsWith("(")) {
        boolean ownAgent = agents.stream()
            .anyMatch(a -> overlaps(a, tok) && own.stream().anyMatch(o -> o.id().equals(a.id())));
        int close = t.indexOf(')', tok[0]);
        String bracket = close < 0 ? word : t.substring(tok[0], close + 1);
        return armName(word).or(() -> agentPrefixes(word, own))
            .or(() -> ownAgent ? nameAfterLongForm(word) : java.util.Optional.empty())
            .or(() -> listedAfterLongForm(bracket));
      }
      boolean during = k > 0 && TIMED_BY.matcher(t.substring(tokens.get(k - 1)[0], tokens.get(k - 1)[1])).matches();
      boolean other = agents.stream()
          .anyMatch(a -> overlaps(a, tok) && own.stream().noneMatch(o -> o.id().equals(a.id())));
      if (other && !during || JOINING.matcher(word).matches()) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The short name of a bracket that gives a long form in words and then the short name: "(bioradiotherapy, BRT)";
   * not a trial's name alone ("(REVEL)") nor a figure's bracket.
   */
  private static java.util.Optional<String> listedAfterLongForm(String bracket) {
    String[] items = bracket.substring(1, bracket.length() - 1).split("[,;]");
    if (items.length != 2 || !items[0].strip().matches("\\p{Ll}[\\p{Ll}\\s-]+")) {
      return java.util.Optional.empty();
    }
    String last = items[1].strip();
    return BRACKET_NAME.matcher(last).matches() ? java.util.Optional.of(last) : java.util.Optional.empty();
  }

  /**
   * Read backwards from a bracket that names an arm ({@code BRACKET_ARM_NAME}, token {@code at}), the token of the last
   * agent before it across words of a schedule (as {@link #armNameAfterSchedule}), or -1: "oral topotecan 2.3 mg/m2/day
   * on days 1-5 every 21 days (maintenance arm) or ...".
   */
  int agentBeforeSchedule(String t, List<int[]> tokens, int at, List<RegimenAgents.Agent> agents) {
    if (armName(t.substring(tokens.get(at)[0], tokens.get(at)[1])).isEmpty()) {
      return -1;
    }
    for (int k = at - 1; k >= 0 && k > at - SCHEDULE_WORDS; k--) {
      int[] tok = tokens.get(k);
      String word = t.substring(tok[0], tok[1]);
      if (agents.stream().anyMatch(a -> overlaps(a, tok))) {
        return k;
      }
      if (JOINING.matcher(word).matches() || word.startsWith("(")) {
        return -1;
      }
    }
    return -1;
  }

}
