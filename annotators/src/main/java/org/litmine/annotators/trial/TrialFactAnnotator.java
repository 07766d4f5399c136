package org.litmine.annotators.trial;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Interval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Reads sentence-level clinical-trial facts with CoreNLP TokensRegex rule files: trial registry ids, trial phases,
 * participant counts, confidence-interval levels, whole confidence intervals, and the numbers that are no response
 * figure: qualifiers, p values, ratios, ranges ({@link TrialFact.Kind}), each with its token and character span, into
 * {@link BioAnnotations.TrialFactsAnnotation} on every sentence (an empty list where it reads none), in token order.
 *
 * <p>Register with {@code customAnnotatorClass.biotrial = org.litmine.annotators.trial.TrialFactAnnotator} after
 * {@code tokenize,ssplit}; it needs tokens only (no tagger, no parser). It reads one property:
 * {@code <name>.rules}, a comma-separated list of TokensRegex rule files (class path or file system), by default the
 * eight files of {@value #RULES_FOLDER}: {@code registry-ids.rules}, {@code phase.rules},
 * {@code participants.rules}, {@code ci-level.rules}, {@code ci.rules}, {@code qualifiers.rules},
 * {@code p-values.rules}, {@code ranges.rules}. Each file is read on its own (its macros are its own) by
 * {@link CoreMapExpressionExtractor}; a file that does not parse fails the construction, naming the annotator and the
 * file (CoreNLP's message gives the line). {@code <name>.triggers} (default {@value #DEFAULT_TRIGGERS}) names, per
 * rule file, a word without which none of its rules can match: the file runs only on sentences with such a token.
 *
 * <p>The rule format is CoreNLP's ({@code { ruleType: "tokens", pattern: ( ... ), result: ( ... ) }}); a rule's
 * {@code result} is a list: the fact's kind (a {@link TrialFact.Kind} name), the value's text as written (usually
 * {@code $$name.text} of a named group), and optionally a label written before the value ("EudraCT "; of a
 * {@code CI}, the bounds are the value and the third part is the level as written); a rule of
 * kind {@value #NONE} (with a reason in place of the value and a {@code priority} above the others) reads nothing
 * and keeps the tokens it matches from the other rules of its file ("outcomes,8 and ... women": a citation). The
 * annotator normalizes the value by kind (see {@link TrialFact}); a rule whose result is not of that form fails
 * on the sentence it matches, naming the text it matched.
 */
public class TrialFactAnnotator implements Annotator {

  public static final String RULES_FOLDER = "org/litmine/annotators/rules/trial/";
  public static final String DEFAULT_RULES = RULES_FOLDER + "registry-ids.rules," + RULES_FOLDER + "phase.rules,"
      + RULES_FOLDER + "participants.rules," + RULES_FOLDER + "ci-level.rules," + RULES_FOLDER + "ci.rules,"
      + RULES_FOLDER + "qualifiers.rules," + RULES_FOLDER + "p-values.rules," + RULES_FOLDER + "ranges.rules";
  public static final String DEFAULT_TRIGGERS = RULES_FOLDER + "triggers.tsv";
  /** The kind of a rule that reads nothing: it keeps the tokens it matches from the other rules of its file. */
  public static final String NONE = "NONE";

  private final String name;
  private final List<RuleFile> ruleFiles = new ArrayList<>();

  /** One rule file's extractor, and the word a sentence must hold for it to run (none: every sentence). */
  private record RuleFile(CoreMapExpressionExtractor<MatchedExpression> extractor, Pattern trigger) {

    boolean mayMatch(List<CoreLabel> tokens) {
      return trigger == null || tokens.stream().anyMatch(t -> trigger.matcher(t.word()).matches());
    }
  }

  public TrialFactAnnotator(String name, Properties props) {
    this.name = name;
    Map<String, Pattern> triggers = new HashMap<>();
    TsvResource.read(props.getProperty(name + ".triggers", DEFAULT_TRIGGERS),
        row -> triggers.put(row[0], Pattern.compile(row[1])));
    for (String file : props.getProperty(name + ".rules", DEFAULT_RULES).split(",")) {
      String path = file.strip();
      if (path.isEmpty()) {
        continue;
      }
      Env env = TokenSequencePattern.getNewEnv();
      try {
        ruleFiles.add(new RuleFile(CoreMapExpressionExtractor.createExtractorFromFile(env, path),
            triggers.get(path.substring(path.lastIndexOf('/') + 1))));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(name + ": cannot read the TokensRegex rules " + path + ": "
            + e.getMessage(), e);
      }
    }
  }

  /** With the default rule files. */
  public TrialFactAnnotator() {
    this("biotrial", new Properties());
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentence.set(BioAnnotations.TrialFactsAnnotation.class, facts(sentence));
    }
  }

  /** The facts of one tokenized sentence, in token order. */
  public List<TrialFact> facts(CoreMap sentence) {
    List<TrialFact> facts = new ArrayList<>();
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (RuleFile file : ruleFiles) {
      if (!file.mayMatch(tokens)) {
        continue;
      }
      for (MatchedExpression match : file.extractor().extractExpressions(sentence)) {
        fact(match).ifPresent(facts::add);
      }
    }
    facts.sort(Comparator.comparingInt(TrialFact::tokenBegin).thenComparingInt(TrialFact::tokenEnd));
    return List.copyOf(facts);
  }

  private Optional<TrialFact> fact(MatchedExpression match) {
    Object result = match.getValue() == null ? null : match.getValue().get();
    if (!(result instanceof List<?> parts) || parts.size() < 2 || parts.size() > 3) {
      throw new IllegalStateException(name + ": the rule matching \"" + match.getText() + "\" must give a result"
          + " of the form ( KIND, value [, label] ), not " + result);
    }
    if (NONE.equals(text(parts.get(0)))) {
      return Optional.empty();
    }
    TrialFact.Kind kind = TrialFact.Kind.valueOf(text(parts.get(0)));
    String written = text(parts.get(1));
    String value = switch (kind) {
      case REGISTRY_ID -> TrialFact.foldDashes(written).replaceAll("\\s+", "");
      case PHASE -> TrialFact.normalizePhase(written);
      case PARTICIPANTS -> WordNumbers.value(written).stream().mapToObj(String::valueOf).findFirst()
          .orElse(written.replace(",", ""));
      case CI_LEVEL -> written.replace('\u00b7', '.').replaceAll("\\s+", "");
      case CI -> TrialFact.normalizeInterval(parts.size() == 3 ? text(parts.get(2)) : null, written);
      case QUALIFIER, P_VALUE, RATIO, RANGE -> written;
    };
    if (parts.size() == 3 && kind != TrialFact.Kind.CI) {
      value = text(parts.get(2)) + value;
    }
    Interval<Integer> tokens = match.getTokenOffsets();
    Interval<Integer> chars = match.getCharOffsets();
    return Optional.of(new TrialFact(kind, value, tokens.getBegin(), tokens.getEnd(), chars.getBegin(),
        chars.getEnd()));
  }

  private static String text(Object part) {
    return String.valueOf(part instanceof Value<?> v ? v.get() : part);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(BioAnnotations.TrialFactsAnnotation.class);
  }
}
