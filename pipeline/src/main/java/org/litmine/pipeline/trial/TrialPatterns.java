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
 * The named sentence patterns of a rule file ({@code rules/own-trial.rules} next to this class): one pattern a line,
 * {@code name<TAB>regex<TAB>example}, where {@code {NAME}} inside a regex stands for a pattern named above it and
 * the example is a text the pattern must find (a test runs every example). A malformed line, an unknown reference
 * or a pattern that does not compile fails fast, naming the file and the line.
 */
public final class TrialPatterns {

  static final String OWN_TRIAL = "org/litmine/pipeline/trial/rules/own-trial.rules";
  private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z_]+)\\}");

  /** A pattern with its example. */
  public record Rule(String name, Pattern pattern, String example) {}

  private final Map<String, Rule> rules = new LinkedHashMap<>();

  private TrialPatterns(String location) {
    Map<String, String> sources = new LinkedHashMap<>();
    TsvResource.read(location, cols -> {
      if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
        throw new IllegalArgumentException("TrialPatterns: expected name, regex and example");
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
    return new TrialPatterns(OWN_TRIAL);
  }

  /** The pattern named {@code name}; fails if the file has none of that name. */
  public Pattern get(String name) {
    Rule rule = rules.get(name);
    if (rule == null) {
      throw new IllegalStateException("TrialPatterns: " + OWN_TRIAL + " has no pattern " + name);
    }
    return rule.pattern();
  }

  /** Every rule, in file order. */
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
