package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * The named sentence patterns of a rule file under {@code rules/} next to this class ({@code own-trial.rules}, the
 * own-trial reader's; {@code response-figures.rules}, {@link ResponseParser}'s): one pattern a line,
 * {@code name<TAB>regex<TAB>example}, where {@code {NAME}} inside a regex stands for a pattern named above it (or,
 * in a file read on top of another, in that other file: the response figures' number is own-trial's {@code NUM}) and
 * the example is a text the pattern must find (a test runs every example). A malformed line, an unknown reference
 * or a pattern that does not compile fails fast, naming the file and the line.
 */
public final class TrialPatterns {

  static final String OWN_TRIAL = "org/litmine/pipeline/trial/rules/own-trial.rules";
  static final String RESPONSE_FIGURES = "org/litmine/pipeline/trial/rules/response-figures.rules";
  private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z_]+)\\}");

  /** A pattern with its example. */
  public record Rule(String name, Pattern pattern, String example) {}

  private final String location;
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  /** Every pattern's regex with its references expanded, this file's and those of the file it is read on top of. */
  private final Map<String, String> sources;

  private TrialPatterns(String location, Map<String, String> base) {
    this.location = location;
    this.sources = new LinkedHashMap<>(base);
    TsvResource.read(location, cols -> {
      if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
        throw new IllegalArgumentException("TrialPatterns: expected name, regex and example");
      }
      if (sources.containsKey(cols[0])) {
        throw new IllegalArgumentException("TrialPatterns: " + cols[0] + " is defined twice");
      }
      String source = expand(cols[1], sources);
      try {
        rules.put(cols[0], new Rule(cols[0], Pattern.compile(source), cols[2]));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("TrialPatterns: " + cols[0] + " does not compile: " + e.getDescription());
      }
      sources.put(cols[0], source);
    });
  }

  /** The patterns of the own-trial rule file. */
  public static TrialPatterns ownTrial() {
    return new TrialPatterns(OWN_TRIAL, Map.of());
  }

  /** The patterns of the response figures' rule file, which may refer to the own-trial patterns. */
  public static TrialPatterns responseFigures() {
    return new TrialPatterns(RESPONSE_FIGURES, ownTrial().sources);
  }

  /** The pattern named {@code name}; fails if the file has none of that name. */
  public Pattern get(String name) {
    Rule rule = rules.get(name);
    if (rule == null) {
      throw new IllegalStateException("TrialPatterns: " + location + " has no pattern " + name);
    }
    return rule.pattern();
  }

  /** Every rule of this file, in file order. */
  public List<Rule> rules() {
    return new ArrayList<>(rules.values());
  }

  private static String expand(String regex, Map<String, String> sources) {
    Matcher m = REFERENCE.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String source = sources.get(m.group(1));
      if (source == null) {
        throw new IllegalArgumentException("TrialPatterns: unknown pattern {" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(source));
    }
    m.appendTail(out);
    return out.toString();
  }
}
