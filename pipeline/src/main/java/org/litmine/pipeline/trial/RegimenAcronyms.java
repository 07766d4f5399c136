package org.litmine.pipeline.trial;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Standard chemotherapy regimens a text names by their acronym alone ({@code regimens.tsv}: "FOLFOX4", "mFOLFOX6",
 * "XELOX"), with their agents: an arm "FOLFOX4 alone" receives oxaliplatin, fluorouracil and leucovorin.
 */
final class RegimenAcronyms {

  static final String REGIMENS = "org/litmine/pipeline/trial/regimens.tsv";

  /** A group's or arm's word right after an acronym in brackets: "(GEMOX group". */
  private static final Pattern GROUP_WORD_AFTER = Pattern.compile("\\s*(?:group|arm)\\b");

  private final Map<String, List<String>> agents = new LinkedHashMap<>();
  private final Pattern written;

  private RegimenAcronyms() {
    TsvResource.read(REGIMENS, cols -> {
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException("RegimenAcronyms: expected acronym and agents");
      }
      if (agents.put(cols[0], List.of(cols[1].split(","))) != null) {
        throw new IllegalArgumentException("RegimenAcronyms: " + cols[0] + " is listed twice");
      }
    });
    List<String> acronyms = agents.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).toList();
    written = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:m|mod-)?(?<acronym>" + String.join("|", acronyms)
        + ")(?:-?\\d{1,2})?(?![\\p{L}\\p{N}])");
  }

  static RegimenAcronyms load() {
    return new RegimenAcronyms();
  }

  /**
   * The acronyms the texts write, each as written ("FOLFOX4") with its regimen's agents, in order of first use; also one
   * the text defines in brackets ("irinotecan, fluorouracil and leucovorin (FOLFIRI)": where the paper's own definition
   * is read, that comes first, TextArms); not one that names a group in its bracket ("gemcitabine plus oxaliplatin
   * (GEMOX group, n = 56)"): the paper names that arm itself.
   */
  Map<String, List<String>> in(List<String> texts) {
    Map<String, List<String>> found = new LinkedHashMap<>();
    java.util.Set<String> groupNames = new java.util.HashSet<>();
    for (String text : texts) {
      Matcher m = written.matcher(text);
      while (m.find()) {
        found.putIfAbsent(m.group(), agents.get(m.group("acronym")));
        if (text.substring(0, m.start()).stripTrailing().endsWith("(")
            && GROUP_WORD_AFTER.matcher(text.substring(m.end())).lookingAt()) {
          groupNames.add(m.group());
        }
      }
    }
    found.keySet().removeAll(groupNames);
    return found;
  }
}
