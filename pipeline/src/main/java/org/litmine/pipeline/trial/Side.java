package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;

/**
 * A side of a trial's comparison as {@link ComparisonSides} reads it: where it is written, its agents, its names, and
 * its agents as written (or null).
 */
record Side(int start, int end, List<String> agents, List<String> names, String written) {

  /** This side with more names, its own first. */
  Side withNames(List<String> more) {
    List<String> all = new ArrayList<>(names);
    more.stream().filter(n -> !all.contains(n)).forEach(all::add);
    return new Side(start, end, agents, all, written);
  }
}
