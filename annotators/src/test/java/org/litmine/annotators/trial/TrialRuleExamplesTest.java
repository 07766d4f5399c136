package org.litmine.annotators.trial;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.BioNlp;

/**
 * Every example of every rule of the trial annotator's rule files, read by {@code biotrial} over the annotators'
 * tokens: the comment above a rule gives its examples ("Examples: "...", "..."; not "..."; a Unicode escape read
 * as its character), each quoted text before "not" must yield a fact of the rule's kind, each after it none.
 */
class TrialRuleExamplesTest {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
  private static final Pattern KIND = Pattern.compile("result: \\( \"([A-Z_]+)\"");

  private static StanfordCoreNLP pipeline;

  /** One rule's examples: the kind it reads, the texts it must read it in and those it must not. */
  record RuleExamples(String file, String kind, List<String> positive, List<String> negative) {

    @Override
    public String toString() {
      return file + " " + kind + " " + positive;
    }
  }

  @BeforeAll
  static void build() {
    pipeline = new StanfordCoreNLP(BioNlp.defaults("tokenize,ssplit,biotrial"));
  }

  static Stream<RuleExamples> rules() throws IOException {
    List<RuleExamples> all = new ArrayList<>();
    for (String path : TrialFactAnnotator.DEFAULT_RULES.split(",")) {
      all.addAll(examples(path.substring(path.lastIndexOf('/') + 1), read(path)));
    }
    return all.stream();
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = TrialRuleExamplesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The rules of a file with the examples of the comment right above each. */
  static List<RuleExamples> examples(String file, String text) {
    List<RuleExamples> rules = new ArrayList<>();
    StringBuilder comment = new StringBuilder();
    StringBuilder rule = null;
    for (String line : text.split("\n")) {
      if (rule != null) {
        rule.append(line).append('\n');
        if (line.strip().endsWith("}")) {
          Matcher kind = KIND.matcher(rule);
          if (kind.find() && !TrialFactAnnotator.NONE.equals(kind.group(1))) {
            rules.add(of(file, kind.group(1), comment.toString()));
          }
          rule = null;
          comment.setLength(0);
        }
      } else if (line.startsWith("#")) {
        comment.append(line.substring(1).strip()).append(' ');
      } else if (line.startsWith("{")) {
        rule = new StringBuilder(line).append('\n');
        if (line.strip().endsWith("}")) {
          rule = null;
        }
      } else if (line.isBlank()) {
        comment.setLength(0);
      }
    }
    return rules;
  }

  private static RuleExamples of(String file, String kind, String comment) {
    int examples = comment.indexOf("Example");
    String given = examples < 0 ? "" : comment.substring(examples);
    int not = given.indexOf("not \"");
    List<String> positive = quoted(not < 0 ? given : given.substring(0, not));
    List<String> negative = not < 0 ? List.of() : quoted(given.substring(not));
    return new RuleExamples(file, kind, positive, negative);
  }

  private static List<String> quoted(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      out.add(ESCAPE.matcher(m.group(1)).replaceAll(e -> String.valueOf((char) Integer.parseInt(e.group(1), 16))));
    }
    return out;
  }

  private static boolean reads(String text, String kind) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (sentence.get(BioAnnotations.TrialFactsAnnotation.class).stream()
          .anyMatch(f -> f.kind().name().equals(kind))) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyExampleOfARuleReadsItsKindAndNoCounterExampleDoes(RuleExamples rule) {
    assertFalse(rule.positive().isEmpty(), rule.file() + ": a rule without examples");
    for (String example : rule.positive()) {
      assertTrue(reads(example, rule.kind()), rule.file() + ": no " + rule.kind() + " in \"" + example + "\"");
    }
    for (String counter : rule.negative()) {
      assertFalse(reads(counter, rule.kind()), rule.file() + ": a " + rule.kind() + " in \"" + counter + "\"");
    }
  }
}
