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
 * participant counts, confidence-interval levels, whole confidence intervals, the numbers that are no response
 * figure (qualifiers, p values, ratios, ranges), the drugs of regimens written as one hyphen-joined word and the arms
 * named by a letter ({@link TrialFact.Kind}), each with its token and character span, into
 * {@link BioAnnotations.TrialFactsAnnotation} on every sentence (an empty list where it reads none), in token order.
 *
 * <p>Register with {@code customAnnotatorClass.biotrial = org.litmine.annotators.trial.TrialFactAnnotator} after
 * {@code tokenize,ssplit}; it needs tokens only (no tagger, no parser). It reads three properties:
 * {@code <name>.rules}, a comma-separated list of TokensRegex rule files (class path or file system), by default the
 * ten files of {@value #RULES_FOLDER}: {@code registry-ids.rules}, {@code phase.rules},
 * {@code participants.rules}, {@code ci-level.rules}, {@code ci.rules}, {@code qualifiers.rules},
 * {@code p-values.rules}, {@code ranges.rules}, {@code combinations.rules}, {@code arms.rules}. Each file is read on
 * its own (its macros are its own) by {@link CoreMapExpressionExtractor}; a file that does not parse fails the
 * construction, naming the annotator and the file (CoreNLP's message gives the line). {@code <name>.triggers} (default
 * {@value #DEFAULT_TRIGGERS}) names, per rule file, a word without which none of its rules can match: the file runs
 * only on sentences with such a token.
 * {@code <name>.drugs} (default: the annotators' drug lexicon, {@code drugs.tsv}) is a comma-separated list of the
 * lexicon files the parts of a hyphen-joined word are looked up in ({@link CombinationParts}); one that cannot be
 * read fails the construction, naming the annotator.
 *
 * <p>The rule format is CoreNLP's ({@code { ruleType: "tokens", pattern: ( ... ), result: ( ... ) }}); a rule's
 * {@code result} is a list: the fact's kind (a {@link TrialFact.Kind} name), the value's text as written (usually
 * {@code $$name.text} of a named group), and optionally a label written before the value ("EudraCT "; of a
 * {@code CI}, the bounds are the value and the third part is the level as written); a rule of
 * kind {@value #NONE} (with a reason in place of the value and a {@code priority} above the others) reads nothing
 * and keeps the tokens it matches from the other rules of its file ("outcomes,8 and ... women": a citation). The
 * annotator normalizes the value by kind (see {@link TrialFact}); a rule whose result is not of that form fails
 * on the sentence it matches, naming the text it matched. A rule of kind {@code DRUG_PART} gives the words it
 * matches: the annotator reads a fact of each part of their hyphen-joined words that the drug lexicon lists whole,
 * its span the part's and its value the lexicon's id (an entity mention may cover the same part).
 */
public class TrialFactAnnotator implements Annotator {

  public static final String RULES_FOLDER = "org/litmine/annotators/rules/trial/";
  public static final String DEFAULT_RULES = RULES_FOLDER + "registry-ids.rules," + RULES_FOLDER + "phase.rules,"
      + RULES_FOLDER + "participants.rules," + RULES_FOLDER + "ci-level.rules," + RULES_FOLDER + "ci.rules,"
      + RULES_FOLDER + "qualifiers.rules," + RULES_FOLDER + "p-values.rules," + RULES_FOLDER + "ranges.rules,"
      + RULES_FOLDER + "combinations.rules," + RULES_FOLDER + "arms.rules";
  public static final String DEFAULT_TRIGGERS = RULES_FOLDER + "triggers.tsv";
  /** The kind of a rule that reads nothing: it keeps the tokens it matches from the other rules of its file. */
  public static final String NONE = "NONE";

  private final String name;
  private final List<RuleFile> ruleFiles = new ArrayList<>();
  private final CombinationParts combinations;

  /** One rule file's extractor, and the word a sentence must hold for it to run (none: every sentence). */
  private record RuleFile(CoreMapExpressionExtractor<MatchedExpression> extractor, Pattern trigger) {

    boolean mayMatch(List<CoreLabel> tokens) {
      return trigger == null || tokens.stream().anyMatch(t -> trigger.matcher(t.word()).matches());
    }
  }

  public TrialFactAnnotator(String name, Properties props) {
    this.name = name;
    this.combinations = combinations(name, props.getProperty(name + ".drugs"));
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

  private static CombinationParts combinations(String name, String drugs) {
    try {
      return drugs == null ? CombinationParts.load()
          : CombinationParts.load(java.util.Arrays.stream(drugs.split(",")).map(String::strip).toList());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + ": cannot read the drug lexicon " + drugs + ": " + e.getMessage(), e);
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
        facts.addAll(facts(match, sentence));
      }
    }
    facts.sort(Comparator.comparingInt(TrialFact::tokenBegin).thenComparingInt(TrialFact::tokenEnd));
    return List.copyOf(facts);
  }

  private List<TrialFact> facts(MatchedExpression match, CoreMap sentence) {
    Object result = match.getValue() == null ? null : match.getValue().get();
    if (!(result instanceof List<?> parts) || parts.size() < 2 || parts.size() > 3) {
      throw new IllegalStateException(name + ": the rule matching \"" + match.getText() + "\" must give a result"
          + " of the form ( KIND, value [, label] ), not " + result);
    }
    if (NONE.equals(text(parts.get(0)))) {
      return List.of();
    }
    TrialFact.Kind kind = TrialFact.Kind.valueOf(text(parts.get(0)));
    return kind == TrialFact.Kind.DRUG_PART ? drugParts(match, sentence) : List.of(fact(kind, parts, match));
  }

  private TrialFact fact(TrialFact.Kind kind, List<?> parts, MatchedExpression match) {
    String written = text(parts.get(1));
    String value = switch (kind) {
      case REGISTRY_ID -> TrialFact.foldDashes(written).replaceAll("\\s+", "").replaceFirst("^#", "");
      case PHASE -> TrialFact.normalizePhase(written);
      case PARTICIPANTS -> WordNumbers.value(written).stream().mapToObj(String::valueOf).findFirst()
          .orElse(written.replace(",", ""));
      case CI_LEVEL -> written.replace('\u00b7', '.').replaceAll("\\s+", "");
      case CI -> TrialFact.normalizeInterval(parts.size() == 3 ? text(parts.get(2)) : null, written);
      case QUALIFIER, P_VALUE, RATIO, RANGE, DRUG_PART -> written;
      case ARM_LETTER -> written.replaceFirst("[^\\p{L}\\p{N}].*$", "");  // "D." is arm D, "II" arm II
    };
    if (parts.size() == 3 && kind != TrialFact.Kind.CI) {
      value = text(parts.get(2)) + value;
    }
    Interval<Integer> tokens = match.getTokenOffsets();
    Interval<Integer> chars = match.getCharOffsets();
    return new TrialFact(kind, value, tokens.getBegin(), tokens.getEnd(), chars.getBegin(), chars.getEnd());
  }

  /**
   * The drugs of the hyphen-joined words a rule matched: a fact of each part the drug lexicon lists whole, its span
   * the part's (its tokens those the part is written in, counted as the match's are).
   */
  private List<TrialFact> drugParts(MatchedExpression match, CoreMap sentence) {
    Interval<Integer> tokens = match.getTokenOffsets();
    Interval<Integer> chars = match.getCharOffsets();
    List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int matchStart = 0;
    while (matchStart + 1 < words.size() && words.get(matchStart).beginPosition() < chars.getBegin()) {
      matchStart++;
    }
    String text = written(words, matchStart, chars.getBegin(), chars.getEnd());
    List<TrialFact> facts = new ArrayList<>();
    for (CombinationParts.Part part : CombinationParts.parts(text)) {
      int begin = chars.getBegin() + part.start();
      int end = chars.getBegin() + part.end();
      int first = matchStart;
      while (first + 1 < words.size() && words.get(first).endPosition() <= begin) {
        first++;
      }
      int last = first + 1;
      while (last < words.size() && words.get(last).beginPosition() < end) {
        last++;
      }
      Optional<String> id = combinations.drug(part.text());
      if (id.isPresent()) {
        facts.add(new TrialFact(TrialFact.Kind.DRUG_PART, id.get(), tokens.getBegin() + first - matchStart,
            tokens.getBegin() + last - matchStart, begin, end));
      }
    }
    return facts;
  }

  /** The characters [begin, end) as the tokens from {@code from} on write them, a space between tokens. */
  private static String written(List<CoreLabel> words, int from, int begin, int end) {
    char[] text = new char[end - begin];
    java.util.Arrays.fill(text, ' ');
    for (int k = from; k < words.size() && words.get(k).beginPosition() < end; k++) {
      CoreLabel word = words.get(k);
      String original = word.originalText() != null ? word.originalText() : word.word();
      for (int i = 0; i < original.length() && word.beginPosition() + i < Math.min(end, word.endPosition()); i++) {
        if (word.beginPosition() + i >= begin) {
          text[word.beginPosition() + i - begin] = original.charAt(i);
        }
      }
    }
    return new String(text);
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
