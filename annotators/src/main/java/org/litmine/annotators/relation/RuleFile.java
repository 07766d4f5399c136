package org.litmine.annotators.relation;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Semgrex rule file. Rules are blocks of {@code key: value} lines separated by blank lines; lines starting
 * with {@code #} are comments:
 *
 * <pre>
 * # why the rule exists
 * rule: inhibitor-apposition
 * example: The EGFR inhibitor gefitinib slowed growth.
 * confidence: 0.9
 * pattern: {ner:DRUG}=drug &gt;compound ({lemma:inhibitor} &gt;compound {ner:GENE}=gene)
 * </pre>
 *
 * A line {@code define: NAME = fragment} (outside rule blocks) defines a macro that later patterns use as
 * {@code @NAME}, so that a node description shared by many rules ("a loss or inhibition of a gene") is written
 * once. {@code rule}, {@code example} and {@code pattern} are required; a rule may give several {@code pattern} lines,
 * alternatives that all yield the same statement. {@code confidence} defaults to 0.7. {@code guard: no-drug-between}
 * drops a match where another named drug lies between the drug and the {@code cue} node (for appositions; see
 * {@link RelationRule}). A bad rule fails fast with the file, the line and the reason.
 */
public final class RuleFile {

  private static final double DEFAULT_CONFIDENCE = 0.7;
  private static final String NO_DRUG_BETWEEN = "no-drug-between";
  private static final java.util.regex.Pattern MACRO = java.util.regex.Pattern.compile("@([A-Z][A-Z0-9_]*)");

  private RuleFile() {}

  public static List<RelationRule> read(String location, Effect effect) {
    return read(location, effect, new LinkedHashMap<>());
  }

  /** The macros every rule file of a folder shares. */
  static final String COMMON_MACROS = "common.macros";

  /**
   * Reads the rules of every effect from a folder ({@code <effect>.rules}), each file with the folder's shared macros
   * ({@value #COMMON_MACROS}) and its own.
   */
  public static List<RelationRule> readAll(String dir) {
    String folder = dir.endsWith("/") ? dir : dir + "/";
    Map<String, String> common = readMacros(folder + COMMON_MACROS);
    List<RelationRule> rules = new java.util.ArrayList<>();
    for (Effect effect : Effect.values()) {
      rules.addAll(read(folder + effect.label() + ".rules", effect, new LinkedHashMap<>(common)));
    }
    return rules;
  }

  /**
   * Reads the macros of a macros file: blocks of {@code define: NAME = fragment} lines only. A fragment may use
   * macros defined before it.
   */
  public static Map<String, String> readMacros(String location) {
    Map<String, String> macros = new LinkedHashMap<>();
    read(location, null, macros);
    return macros;
  }

  /**
   * Reads the rules of a file; {@code macros} holds the macros defined so far (shared ones, say) and gains the
   * file's own {@code define:} lines. A pattern refers to a macro as {@code @NAME}.
   */
  public static List<RelationRule> read(String location, Effect effect, Map<String, String> macros) {
    InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(location);
    if (in == null) {
      throw new IllegalArgumentException("Rule file not found on the classpath: " + location);
    }
    List<RelationRule> rules = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Map<String, List<String>> block = new LinkedHashMap<>();
      int blockLine = 0;
      int lineNumber = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.startsWith("define:")) {
          define(line.substring("define:".length()), macros, location, lineNumber);
          continue;
        }
        if (line.isBlank()) {
          addRule(rules, block, location, blockLine, effect, macros);
          block.clear();
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new IllegalArgumentException(location + " line " + lineNumber + ": expected key: value, got: " + line);
        }
        if (block.isEmpty()) {
          blockLine = lineNumber;
        }
        block.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
            .add(line.substring(colon + 1).strip());
      }
      addRule(rules, block, location, blockLine, effect, macros);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read rule file " + location + ": " + e.getMessage(), e);
    }
    return rules;
  }

  private static void define(String definition, Map<String, String> macros, String location, int line) {
    int eq = definition.indexOf('=');
    String name = eq < 0 ? "" : definition.substring(0, eq).strip();
    if (!name.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException(location + " line " + line + ": expected define: NAME = fragment");
    }
    macros.put(name, expand(definition.substring(eq + 1).strip(), macros, location, line));
  }

  /** Replaces each {@code @NAME} by its macro, longest names first; an unknown name fails. */
  private static String expand(String pattern, Map<String, String> macros, String location, int line) {
    java.util.regex.Matcher m = MACRO.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String fragment = macros.get(m.group(1));
      if (fragment == null) {
        throw new IllegalArgumentException(location + " line " + line + ": unknown macro @" + m.group(1));
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(fragment));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void addRule(
      List<RelationRule> rules, Map<String, List<String>> block, String location, int line, Effect effect,
      Map<String, String> macros) {
    if (block.isEmpty()) {
      return;
    }
    for (String key : List.of("rule", "example", "pattern")) {
      if (!block.containsKey(key)) {
        throw new IllegalArgumentException(location + " line " + line + ": rule block has no '" + key + ":'");
      }
    }
    String name = block.get("rule").get(0);
    List<SemgrexPattern> patterns = new ArrayList<>();
    for (String pattern : block.get("pattern")) {
      try {
        patterns.add(SemgrexPattern.compile(expand(pattern, macros, location, line)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            location + " line " + line + ": rule " + name + " does not compile: " + e.getMessage(), e);
      }
    }
    double confidence;
    try {
      confidence = Double.parseDouble(block.getOrDefault("confidence", List.of(String.valueOf(DEFAULT_CONFIDENCE))).get(0));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(location + " line " + line + ": confidence is not a number", e);
    }
    boolean noDrugBetween = false;
    for (String guard : block.getOrDefault("guard", List.of())) {
      if (!guard.equals(NO_DRUG_BETWEEN)) {
        throw new IllegalArgumentException(location + " line " + line + ": rule " + name + " has an unknown guard '"
            + guard + "' (known: " + NO_DRUG_BETWEEN + ")");
      }
      noDrugBetween = true;
    }
    rules.add(new RelationRule(name, effect, confidence, block.get("example"), patterns, noDrugBetween));
  }
}
