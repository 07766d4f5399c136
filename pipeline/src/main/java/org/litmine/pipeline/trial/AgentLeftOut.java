package org.litmine.pipeline.trial;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two sides of an assignment whose second alternative is the first with an agent left out, for
 * {@link ComparisonSides}: "X with Y (A) or without it (B)" ({@code OR_WITHOUT_IT}: the agents after the last "with"
 * are left out) and "X plus Y (A) or the same regimen without X (B)" ({@code SAME_REGIMEN_WITHOUT}: the agents it
 * names, {@code DROPPED_AGENTS}). Each side keeps the name its bracket gives it.
 */
final class AgentLeftOut {

  /** A side of a text read from a place: the regimen written before it ({@code forward} false) or after it. */
  interface SideReader {
    Side at(String text, List<RegimenAgents.Agent> agents, int at, boolean forward);
  }

  /** A bracket a text opens with: the name of the alternative "or without it (KRd)". */
  private static final Pattern OPENING_BRACKET = Pattern.compile("^\\s*(\\([^()]*\\))");

  private final TrialPatterns patterns;
  private final BracketNames bracketNames;
  private final SideReader sides;

  AgentLeftOut(TrialPatterns patterns, BracketNames bracketNames, SideReader sides) {
    this.patterns = patterns;
    this.bracketNames = bracketNames;
    this.sides = sides;
  }

  /** The full regimen and the one with an agent left out, or none where the text writes no such alternative. */
  List<Side> sides(String t, List<RegimenAgents.Agent> agents) {
    Matcher m = patterns.get("OR_WITHOUT_IT").matcher(t);
    if (!m.find()) {
      return sameWithout(t, agents);
    }
    Side both = sides.at(t, agents, m.start(), false);
    Matcher with = patterns.get("OR_WITHOUT_IT_ADDED").matcher(t.substring(0, m.start()));
    int added = -1;
    while (with.find()) {
      added = with.end();
    }
    List<String> addedIds = idsBetween(agents, added, m.start());
    if (added < both.start() || addedIds.isEmpty()) {
      return List.of();
    }
    return bothAndRest(t, both, addedIds, m.end(), m.end());
  }

  private List<Side> sameWithout(String t, List<RegimenAgents.Agent> agents) {
    Matcher m = patterns.get("SAME_REGIMEN_WITHOUT").matcher(t);
    if (!m.find()) {
      return List.of();
    }
    Side both = sides.at(t, agents, m.start(), false);
    Matcher dropped = patterns.get("DROPPED_AGENTS").matcher(t).region(m.end(), t.length());
    if (!dropped.lookingAt()) {
      return List.of();
    }
    List<String> droppedIds = idsBetween(agents, m.end(), dropped.end());
    if (droppedIds.isEmpty() || !both.agents().containsAll(droppedIds)) {
      return List.of();
    }
    return bothAndRest(t, both, droppedIds, m.end(), dropped.end());
  }

  /** The ids of the agents written from {@code from} to {@code to}. */
  private static List<String> idsBetween(List<RegimenAgents.Agent> agents, int from, int to) {
    return agents.stream().filter(a -> a.start() >= from && a.end() <= to).map(RegimenAgents.Agent::id).toList();
  }

  /**
   * The full side and the side of its agents but those left out, written from {@code start} to {@code end} and named
   * by the bracket right after it; none where no agent is left.
   */
  private List<Side> bothAndRest(String t, Side both, List<String> leftOut, int start, int end) {
    List<String> rest = both.agents().stream().filter(a -> !leftOut.contains(a)).toList();
    return rest.isEmpty() ? List.of() : List.of(both, new Side(start, end, rest, bracketName(t, end), null));
  }

  /** The name in the bracket right after {@code at}, if one is there. */
  private List<String> bracketName(String t, int at) {
    Matcher bracket = OPENING_BRACKET.matcher(t.substring(at));
    return bracket.find() ? bracketNames.bracketName(bracket.group(1)).stream().toList() : List.of();
  }
}
