package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.trial.SentenceFigures.Figure;
import org.litmine.pipeline.trial.TextArms.Arm;

/**
 * Records of a paper that reports its own trial in running text only, as an abstract does: no reference list, no
 * tables, a title (or a sentence) that speaks of a trial or study ({@code OWN_TRIAL_TITLE}), a sentence that says
 * its patients were given a treatment ({@code OWN_TRIAL_TREATMENT}; not in a paper that reviews patients treated
 * before, {@code RETROSPECTIVE}) or one that compares the arms' efficacy ({@code OWN_TRIAL_RESULT}), and a title
 * that does not pool trials ({@code POOLED_TITLE}). One record per arm ({@link TextArms}), with the figures of its
 * sentences ({@link SentenceFigures}).
 *
 * <p>Each figure goes to the arm {@link FigurePlacement} finds for it, or to every arm where the sentence says it is
 * every arm's ("for both arms", {@code EVERY_ARM}), or to the one arm the sentence before named where a sentence that
 * names none speaks of it ("Their 1-year survival rate", {@code ARM_PRONOUN_OPENING}), or to the one arm a sentence
 * opens on and names alone ("In the control arm, ...; median overall survival was 7.1 months",
 * {@code SOLE_ARM_OPENING}); a figure that cannot be placed
 * stays with the trial: {@code arm} null, on the first arm's record. A ratio of a trial that compares no arms (one
 * arm, no comparative title, no randomization, {@code RANDOMIZED}) is a prognostic factor's or a subgroup's, not a
 * result: it is left out.
 * Participants of an arm: "(n=359)" or ", 441;" after its name or its dose ("1.5 mg/m2 daily for 5 days (n = 112)",
 * "... every 3 weeks (223 patients)"), "44 patients to receive" before it ({@code N_AFTER_ARM}, {@code N_AFTER_DOSE},
 * {@code N_AFTER_REGIMEN}, {@code N_BEFORE_ARM}). The registry id
 * is the one the paper states its registration with ({@link RegistrationStatement}).
 */
public final class OwnTrialTextExtractor {

  private final TrialPatterns patterns;
  private final RegimenAgents comparators;
  private final SentenceFigures figures;
  private final TextArms textArms;
  private final ArmNames armNames;
  private final FigurePlacement placement;

  public OwnTrialTextExtractor(TrialVocabulary vocabulary) {
    this.patterns = TrialPatterns.ownTrial();
    this.comparators = RegimenAgents.load();
    this.figures = new SentenceFigures(patterns, vocabulary);
    this.textArms = new TextArms(patterns, comparators);
    this.armNames = new ArmNames(patterns, comparators);
    this.placement = new FigurePlacement(patterns, armNames);
  }

  /**
   * Whether a prepared sentence opens on a part of the trial's patients ({@code SUBGROUP_OPENING}) that
   * {@code described} (the title and the sentences of the comparison that open on no such part, in lower case) does not
   * name ({@link #namesAPart}: "epithelioid tumours" in a trial of mesothelioma), or on a histology
   * ({@code HISTOLOGY_OPENING}: "In leiomyosarcoma,") the title does not name (the assignment may give its share).
   */
  private boolean opensOnSubgroup(String prepared, String described, String lowerTitle) {
    Matcher m = patterns.get("SUBGROUP_OPENING").matcher(prepared);
    Matcher histology = patterns.get("HISTOLOGY_OPENING").matcher(prepared);
    return m.lookingAt() && namesAPart(m.group("population"), described)
        || histology.lookingAt() && namesAPart(histology.group("population"), lowerTitle);
  }

  /**
   * Whether a ratio is a subgroup's: the part of the patients named right before its bracket
   * ({@code SUBGROUP_BEFORE_RATIO}) or right after it ({@code SUBGROUP_AFTER_RATIO}) is one {@code described} does
   * not name ({@link #namesAPart}).
   */
  private boolean ofSubgroup(Figure f, String described) {
    Matcher before = patterns.get("SUBGROUP_BEFORE_RATIO").matcher(f.before());
    Matcher after = patterns.get("SUBGROUP_AFTER_RATIO").matcher(f.after());
    String population = before.find() ? before.group("population") : after.lookingAt() ? after.group("population")
        : null;
    return f.ratio() && population != null && namesAPart(population, described);
  }

  /**
   * Whether words naming patients name a part of them: one of them, not a {@code POPULATION_WORD}, is not in
   * {@code described} (the title and the sentences of the comparison, lower case), by all its letters but its last two
   * and at least five ("hepatitis" is not "hepatocellular").
   */
  private boolean namesAPart(String population, String described) {
    return java.util.Arrays.stream(population.split("[^\\p{L}\\p{N}+-]+"))
        .filter(w -> w.length() >= 3 && !patterns.get("POPULATION_WORD").matcher(w).matches())
        .map(w -> w.toLowerCase(java.util.Locale.ROOT))
        .anyMatch(w -> !described.contains(w.substring(0, Math.min(w.length(), Math.max(5, w.length() - 2)))));
  }

  /** Whether a title and its sentences speak of the paper's own trial (see the class comment). */
  private boolean reportsOwnTrial(String title, List<TrialSentence> sentences) {
    if (patterns.get("OWN_TRIAL_TITLE").matcher(title).find()
        || sentences.stream().anyMatch(x -> patterns.get("OWN_TRIAL_TITLE").matcher(x.text()).find()
            || patterns.get("OWN_TRIAL_RESULT").matcher(x.text()).find())) {
      return true;
    }
    return sentences.stream().anyMatch(x -> patterns.get("OWN_TRIAL_TREATMENT").matcher(x.text()).find())
        && sentences.stream().noneMatch(x -> patterns.get("RETROSPECTIVE").matcher(x.text()).find());
  }

  /** The arm records of the paper's own trial, if the paper is an abstract or text of one trial; else none. */
  public List<TrialRecord> extract(Paper paper, List<TrialSentence> sentences, TrialDrugs drugs, TrialFacts facts) {
    String title = paper.title() == null ? "" : paper.title();
    if (!paper.references().isEmpty() || !paper.tables().isEmpty()
        || patterns.get("POOLED_TITLE").matcher(title).find() || !reportsOwnTrial(title, sentences)) {
      return List.of();
    }
    List<String> texts = sentences.stream().map(TrialSentence::text).toList();
    List<Arm> arms = textArms.find(title, sentences.stream().map(TextWithFacts::of).toList(), drugs);
    if (arms.isEmpty()) {
      return List.of();
    }
    Map<String, List<TrialResult>> byArm = new LinkedHashMap<>();
    arms.forEach(a -> byArm.put(String.valueOf(a.label()), new ArrayList<>()));
    List<TrialResult> unplaced = new ArrayList<>();
    Double paperLevel = null;
    List<String> titled = new ArrayList<>(List.of(title));
    titled.addAll(texts);
    String mainEndpoint = figures.mainEndpoint(titled);
    String paperRatio = null;
    List<Integer> order = null;
    Integer soleArm = null;  // the one arm the sentence before named, which "Their ..." speaks of
    String lowerTitle = title.toLowerCase(java.util.Locale.ROOT);
    boolean comparative = arms.size() > 1 || patterns.get("COMPARATIVE_TITLE").matcher(title).find()
        || texts.stream().anyMatch(x -> patterns.get("RANDOMIZED").matcher(x).find());
    String described = (title + " " + texts.stream().filter(x -> patterns.get("COMPARISON_CUE").matcher(x).find()
            && !patterns.get("SUBGROUP_OPENING").matcher(SentenceFigures.prepare(x)).lookingAt())
        .collect(java.util.stream.Collectors.joining(" "))).toLowerCase(java.util.Locale.ROOT);
    for (TrialSentence s : sentences) {
      boolean everyArmBracket = false;
      String sentence = s.text();
      List<Figure> found = figures.read(sentence, s.facts(), paperLevel, paperRatio).stream()
          .map(f -> f.ratio() && f.endpoint() == null ? f.withEndpoint(mainEndpoint) : f).toList();
      paperLevel = SentenceFigures.lastLevel(s.facts(), paperLevel);
      paperRatio = figures.lastRatio(sentence, s.facts(), paperRatio);
      String prepared = SentenceFigures.prepare(sentence);
      if (opensOnSubgroup(prepared, described, lowerTitle)) {
        found = List.of();
      }
      found = found.stream().filter(f -> !ofSubgroup(f, described)).toList();
      List<Integer> placed = placement.place(found, prepared, arms, drugs, order);
      List<Integer> namedHere = armNames.namedInOrder(prepared, arms, drugs).stream().distinct().toList();
      order = namedHere.size() == arms.size() ? namedHere : order;
      Integer pronounArm = namedHere.isEmpty() && patterns.get("ARM_PRONOUN_OPENING").matcher(prepared).lookingAt()
          ? soleArm : null;
      soleArm = namedHere.size() == 1 ? namedHere.get(0) : pronounArm;
      Integer sentenceArm = openingArm(prepared, namedHere, arms, drugs).orElse(pronounArm);
      for (int i = 0; i < found.size(); i++) {
        Figure f = found.get(i);
        Integer arm = placed.get(i) == null && !f.ratio() ? sentenceArm : placed.get(i);
        if (f.ratio() && f.ratioFor() != null && f.endpoint() != null
            && armNames.named(f.ratioFor(), arms, drugs).isEmpty()
            && !patterns.get("ENDPOINT_WORDS").matcher(f.ratioFor()).find()
            && !patterns.get("RATE_ENDPOINT_WORDS").matcher(f.ratioFor()).find()) {
          continue;
        }
        if (f.ratio() && !comparative) {
          continue;
        }
        if (arms.size() == 1) {
          TrialResult.addOnce(byArm.get(String.valueOf(arms.get(0).label())), f.result(null, null));
        } else if (!f.ratio() && ofEveryArm(f) || arm == null && everyArmBracket) {
          arms.forEach(x -> TrialResult.addOnce(byArm.get(x.label()), f.result(x.label(), null)));
          everyArmBracket = opensBracket(f.after()) || everyArmBracket && !f.after().contains(")");
        } else if (arm == null) {
          TrialResult.addOnce(unplaced, f.result(null, null));
        } else {
          String versus = !f.ratio() ? null : arms.size() == 2 ? arms.get(1 - arm).label()
              : versus(f, prepared, arm, arms, drugs);
          TrialResult.addOnce(byArm.get(arms.get(arm).label()), f.result(arms.get(arm).label(), versus));
        }
      }
    }
    String phase = TrialFacts.phase(facts.in(title)).or(() -> sentences.stream()
        .filter(x -> patterns.get("OWN_PHASE").matcher(x.text()).find()).map(TrialSentence::phase)
        .flatMap(Optional::stream).findFirst()).orElse(null);
    List<TrialArm> regimens = arms.stream().map(a -> new TrialArm(String.valueOf(a.label()), a.agents(), null))
        .toList();
    String cancer = sentences.stream().flatMap(s -> s.cancers().stream()).findFirst().orElse(null);
    String registryId = RegistrationStatement.ownRegistryId(paper, sentences, facts).orElse(null);
    List<TrialRecord> records = new ArrayList<>();
    List<String> armTexts = texts.stream().map(x -> textArms.withoutChoiceWords(SentenceFigures.prepare(x))).toList();
    for (int a = 0; a < arms.size(); a++) {
      Arm arm = arms.get(a);
      List<TrialResult> results = new ArrayList<>(byArm.get(String.valueOf(arm.label())));
      if (records.isEmpty()) {
        results.addAll(unplaced);
      }
      String drug = TrialReportExtractor.drugOf(regimens.get(a), regimens);
      List<String> combination = new ArrayList<>(arm.agents().stream().filter(x -> !x.equals(drug)).toList());
      if (arm.agents().size() == 1 && !arm.agents().contains("chemotherapy") && arm.names().stream()
          .anyMatch(n -> patterns.get("WITH_UNNAMED_CHEMOTHERAPY").matcher(n.strip()).matches())) {
        combination.add("chemotherapy");
      }
      Integer participants = arms.size() == 1 ? enrolled(sentences, patterns.get("ENROLLED"))
          : participants(a, arms, armTexts, drugs);
      records.add(new TrialRecord(paper.doc(), arm.label(), drug, combination, cancer, phase, participants,
          registryId, null, null, results, "text"));
    }
    return records;
  }

  /**
   * The one arm a sentence opens on and speaks of alone ({@code SOLE_ARM_OPENING}: "In the control arm, ..."; no other
   * arm named in it), if it does.
   */
  private Optional<Integer> openingArm(String prepared, List<Integer> namedHere, List<Arm> arms, TrialDrugs drugs) {
    Matcher m = patterns.get("SOLE_ARM_OPENING").matcher(prepared);
    if (namedHere.size() != 1 || !m.lookingAt()) {
      return Optional.empty();
    }
    List<Integer> opening = armNames.named(m.group("arm"), arms, drugs).stream().distinct().toList();
    return opening.equals(namedHere) ? Optional.of(namedHere.get(0)) : Optional.empty();
  }

  /**
   * Whether a figure is every arm's, wherever the sentence placed it: "32% for both arms", "The 1-year survival rate
   * for each arm was 29.7%", "median OS was not reached in either arm". The figures of a bracket right after one are
   * too: "32% for both arms (partial response = 31%, complete response = 1%)".
   */
  private boolean ofEveryArm(Figure f) {
    return patterns.get("EVERY_ARM").matcher(f.after()).lookingAt()
        || patterns.get("EVERY_ARM_BEFORE").matcher(f.before()).find();
  }

  private static boolean opensBracket(String text) {
    return text.lastIndexOf('(') > text.lastIndexOf(')');
  }

  /**
   * Of a trial of three or more arms, the arm a ratio compares its arm with: the second its own words name, else named
   * right after it before the ratio,
   * else the one arm of the comparison the sentence opens with ({@code FRONTED_COMPARATOR}: "Compared with paclitaxel,
   * the hazard ratio ... was 1.20 ... for nab-paclitaxel") or the one the ratios are said to be against
   * ({@code RATIO_AGAINST}: "hazard ratios versus placebo were 0.41 ... for the X group and 0.45 ... for the Y group";
   * {@code RATIO_AGAINST_AFTER}, in the ratio's clause after it: "..., each as compared with sunitinib").
   */
  private String versus(Figure ratio, String sentence, int arm, List<Arm> arms, TrialDrugs drugs) {
    List<Integer> own = ratio.ratioFor() == null ? List.of()
        : armNames.named(ratio.ratioFor(), arms, drugs).stream().distinct().toList();
    if (own.size() == 2 && own.get(0) == arm) {
      return arms.get(own.get(1)).label();  // "the HR for the 200 mg group compared with the 300 mg group"
    }
    List<Integer> clause = armNames.named(ratio.before(), arms, drugs);
    int k = clause.lastIndexOf(arm);
    if (k >= 0 && k + 1 < clause.size()) {
      return arms.get(clause.get(k + 1)).label();
    }
    Matcher fronted = patterns.get("FRONTED_COMPARATOR").matcher(sentence);
    Matcher against = patterns.get("RATIO_AGAINST").matcher(sentence.substring(0, Math.min(ratio.end(),
        sentence.length())));
    Matcher againstAfter = patterns.get("RATIO_AGAINST_AFTER").matcher(sentence.substring(Math.min(ratio.end(),
        sentence.length())).split(";|\\.\\s", 2)[0]);
    String comparator = fronted.lookingAt() ? fronted.group() : against.find() ? against.group("against")
        : againstAfter.find() ? againstAfter.group("against") : "";
    List<Integer> compared = armNames.named(comparator, arms, drugs).stream().distinct().toList();
    return compared.size() == 1 && compared.get(0) != arm ? arms.get(compared.get(0)).label() : null;
  }

  /**
   * An arm's patients: "n in each group", "150 and 151 patients were randomly assigned to X and Y, respectively", "...
   * assigned to X or Y (252 and 256 patients, respectively)",
   * else written right after or before one of its names or its own agents (not inside another arm's name:
   * "necitumumab plus pemetrexed and cisplatin (n=315)" is not the pemetrexed and cisplatin arm's; not before a name
   * the other alternatives follow: "256 patients were assigned to erlotinib or gefitinib" are all the trial's), in
   * texts {@code prepared} as the arms were read ({@link TextArms#withoutChoiceWords}) that do not state the design
   * ({@code DESIGN_CUE}: "65 patients per arm gave 80% power").
   */
  private Integer participants(int a, List<Arm> arms, List<String> prepared, TrialDrugs drugs) {
    Arm arm = arms.get(a);
    for (String t : prepared) {
      if (patterns.get("DESIGN_CUE").matcher(t).find()) {
        continue;  // "65 patients per arm gave 80% power": the design's, not the trial's
      }
      Matcher each = patterns.get("N_EACH_ARM").matcher(t);
      if (each.find()) {
        return count(each.group("n"));
      }
      for (String respectively : List.of("N_RESPECTIVELY", "N_RESPECTIVELY_AFTER")) {
        Matcher listed = patterns.get(respectively).matcher(t);
        if (listed.find()) {
          List<Integer> order = armNames.named(listed.group("arms"), arms, drugs).stream().distinct().toList();
          if (order.size() == 2 && order.contains(a)) {
            return Integer.valueOf(listed.group(order.indexOf(a) == 0 ? "n1" : "n2"));
          }
        }
      }
      List<Pattern> names = new ArrayList<>(arm.written());
      for (RegimenAgents.Agent agent : comparators.find(t, drugs)) {
        if (arm.agents().contains(agent.id()) && arms.stream().filter(o -> o != arm)
            .noneMatch(o -> o.agents().contains(agent.id()))) {
          names.add(ArmNames.pattern(agent.text()));
        }
      }
      List<int[]> others = new ArrayList<>();
      arms.stream().filter(o -> o != arm).forEach(o -> o.written().forEach(n -> others.addAll(ArmNames.spans(n, t))));
      for (Pattern name : names) {
        for (int[] span : ArmNames.spans(name, t)) {
          if (others.stream().anyMatch(o -> o[0] <= span[0] && span[1] <= o[1] && o[1] - o[0] > span[1] - span[0])) {
            continue;
          }
          for (String afterArm : List.of("N_AFTER_ARM", "N_WORDS_AFTER_ARM", "N_AFTER_DOSE", "N_AFTER_REGIMEN")) {
            Matcher after = patterns.get(afterArm).matcher(t.substring(span[1]));
            if (after.lookingAt()) {
              return count(after.group("n"));
            }
          }
          Matcher before = patterns.get("N_BEFORE_ARM").matcher(t.substring(Math.max(0, span[0] - 60), span[0]));
          if (before.find() && !patterns.get("ALTERNATIVES_FOLLOW").matcher(t.substring(span[1])).lookingAt()) {
            return count(before.group("n"));
          }
        }
      }
    }
    return null;
  }

  /** A count of patients as written, maybe with a thousands separator ("2,400"). */
  private static Integer count(String written) {
    return TrialText.count(written).orElseThrow();
  }

  /** A single arm's patients: the first count of patients in a sentence that says they were enrolled or treated. */
  private static Integer enrolled(List<TrialSentence> sentences, Pattern enrolled) {
    for (TrialSentence sentence : sentences) {
      if (enrolled.matcher(sentence.text()).find()) {
        Optional<Integer> n = sentence.participants();
        if (n.isPresent()) {
          return n.get();
        }
      }
    }
    return null;
  }

}
