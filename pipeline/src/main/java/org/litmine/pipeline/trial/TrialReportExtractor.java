package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.trial.TrialFact;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Table;

/**
 * Records of a paper that reports its own trial: one per arm (ANNOTATION.md section 2), sharing the registry id.
 *
 * <p>A paper reports its own trial when its title speaks of a trial or study and it gives a registry id where it
 * states its registration ("registered", "identifier", a "Trial registration" section). Arms are the lettered arms it
 * names (the trial annotator's {@code ARM_LETTER} facts: "Arm A (PC)") or, failing those, regimen abbreviations it
 * uses as arm names ("the XELIRI arm"). An arm's regimen comes from the arm's column header in a table ("Dalotuzumab
 * with pemetrexed/cisplatin"), else from its bracketed abbreviation ({@code LETTERED_ARM_BRACKET}: "Arm B (PC + D)"),
 * using the abbreviations the paper defines ({@link TrialDrugs}); its patients from "14 in arm A" or an "n = 41"
 * header cell. An arm's {@code drug} is the agent only it receives, else its first agent (the control arm's first
 * agent). Phase comes from the title or the first sentence where the authors name their trial's phase; cancer type
 * from the title. Results are read by {@link ArmResults}.
 */
public final class TrialReportExtractor {

  private static final String RADIOTHERAPY = "radiotherapy";
  private static final Pattern TRIAL_TITLE = Pattern.compile("(?i)\\b(?:trial|study|randomi[sz]ed|phase)\\b");
  private static final Pattern OWN_TRIAL = Pattern.compile(
      "(?i)\\b(?:we|our)\\b|\\bthis (?:was|is) an?\\b|\\b(?:this|the) (?:present|current) (?:study|trial)\\b");
  private static final Pattern MODIFIER = Pattern.compile(
      "(?i)(?:(?:stage\\s+[IV]+[A-C]?|metastatic|advanced|recurrent|refractory|unresectable|locally|non-[\\p{L}]+|"
          + "previously\\s+(?:un)?treated)\\s+)+$");

  private final ArmResults armResults;
  private final Pattern armBracket;

  public TrialReportExtractor(ResponseParser parser) {
    this.armResults = new ArmResults(parser);
    this.armBracket = TrialPatterns.ownTrial().get("LETTERED_ARM_BRACKET");
  }

  /** The arm records of the paper's own trial; none if the paper is not a trial report. */
  public List<TrialRecord> extract(Paper paper, List<TrialSentence> sentences, TrialDrugs drugs,
      AnnotatedMentions mentions, TrialFacts facts) {
    String title = paper.title() == null ? "" : paper.title();
    Optional<String> trialId = RegistrationStatement.ownRegistryId(paper, sentences, facts);
    if (trialId.isEmpty() || !TRIAL_TITLE.matcher(title).find()) {
      return List.of();
    }
    List<TrialArm> arms = arms(paper, sentences, drugs);
    String phase = TrialFacts.phase(facts.in(title)).or(() -> ownPhase(sentences)).orElse(null);
    String cancer = cancer(title, mentions).orElse(null);
    List<TrialRecord> records = new ArrayList<>();
    Map<String, List<TrialResult>> results = armResults.read(arms, sentences, paper.tables(), facts);
    for (TrialArm arm : arms) {
      if (arm.regimen().isEmpty()) {
        continue;
      }
      String drug = drugOf(arm, arms);
      List<String> combination = arm.regimen().stream().filter(a -> !a.equals(drug)).toList();
      records.add(new TrialRecord(paper.doc(), arm.label(), drug, combination, cancer, phase, arm.participants(),
          trialId.get(), null, null, results.getOrDefault(arm.label(), List.of()), "text"));
    }
    return records;
  }

  /** The arms: lettered arms if the paper names any, else regimen abbreviations used as arm names. */
  private List<TrialArm> arms(Paper paper, List<TrialSentence> sentences, TrialDrugs drugs) {
    Map<String, TrialArm> arms = new LinkedHashMap<>();
    for (TrialSentence s : sentences) {
      for (TrialFact letter : TextWithFacts.of(s).facts(TrialFact.Kind.ARM_LETTER)) {
        String label = "Arm " + letter.value();
        TrialArm arm = arms.getOrDefault(label, new TrialArm(label, List.of(), null));
        Optional<String> bracket = bracketAfter(s.text(), letter);
        if (arm.regimen().isEmpty() && bracket.isPresent()) {
          arm = arm.withRegimen(drugs.regimen(bracket.get()));
        }
        arms.put(label, arm);
      }
    }
    if (arms.isEmpty()) {
      for (Map.Entry<String, List<String>> abbreviation : drugs.abbreviations().entrySet()) {
        Pattern armUse = Pattern.compile("\\b" + Pattern.quote(abbreviation.getKey()) + "\\s+(?:arm|group)s?\\b");
        if (abbreviation.getValue().size() > 1
            && sentences.stream().anyMatch(s -> armUse.matcher(s.text()).find())) {
          arms.put(abbreviation.getKey(), new TrialArm(abbreviation.getKey(), abbreviation.getValue(), null));
        }
      }
    }
    List<TrialArm> out = new ArrayList<>();
    for (TrialArm arm : arms.values()) {
      List<String> fromTable = tableRegimen(arm, paper.tables(), drugs);
      TrialArm withRegimen = fromTable.isEmpty() ? arm : arm.withRegimen(fromTable);
      out.add(withRegimen.withParticipants(participants(withRegimen, sentences, paper.tables())));
    }
    return out;
  }

  /**
   * The regimen in brackets right after a lettered arm's letter ({@link LetteredArm}, {@code LETTERED_ARM_BRACKET}:
   * "arm B (PC + D)"); none where the letter's word goes on after it ("arm A/B (pooled)").
   */
  Optional<String> bracketAfter(String text, TrialFact letter) {
    return LetteredArm.of(text, letter).flatMap(arm -> arm.after(text, armBracket)).map(m -> m.group("regimen"));
  }

  /** The regimen named in the header cell that labels the arm, or in the cell below it. */
  private static List<String> tableRegimen(TrialArm arm, List<Table> tables, TrialDrugs drugs) {
    for (Table table : tables) {
      List<List<String>> rows = table.rows();
      for (int r = 0; r < Math.min(2, rows.size()); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          String cell = rows.get(r).get(c);
          if (!arm.namedIn(cell) || cell.length() > 80) {
            continue;
          }
          List<String> agents = drugs.regimen(cell);
          if (agents.isEmpty() && r + 1 < rows.size() && rows.get(r + 1).size() == rows.get(r).size()) {
            agents = drugs.regimen(rows.get(r + 1).get(c));
          }
          if (!agents.isEmpty()) {
            return agents;
          }
        }
      }
    }
    return List.of();
  }

  /** Patients of an arm: "14 in arm A", "41 pts in the XELIRI", else an "n = 41" cell of the arm's column. */
  private static Integer participants(TrialArm arm, List<TrialSentence> sentences, List<Table> tables) {
    Pattern written = Pattern.compile("(?i)(?<![\\p{N}.,])(\\d+)\\s+(?:[\\p{L}.]+\\s+){0,2}?(?:in|to|into)\\s+(?:the\\s+)?"
        + arm.pattern().pattern().replace("(?i)", ""));
    for (TrialSentence s : sentences) {
      Matcher m = written.matcher(s.text());
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    Pattern n = Pattern.compile("(?i)\\bn\\s*=\\s*(\\d+)");
    for (Table table : tables) {
      List<List<String>> rows = table.rows();
      for (int r = 0; r < Math.min(3, rows.size()); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          if (arm.namedIn(rows.get(r).get(c))) {
            for (int below = r; below < Math.min(r + 3, rows.size()); below++) {
              if (c < rows.get(below).size()) {
                Matcher m = n.matcher(rows.get(below).get(c));
                if (m.find()) {
                  return Integer.parseInt(m.group(1));
                }
              }
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The agent only this arm receives, if there is exactly one; else the arm's first agent but radiotherapy, which
   * ANNOTATION.md allows in the combination ("radiotherapy with concurrent cisplatin": cisplatin); null for an arm
   * whose agents the text does not name ("ECP (arm B)" with ECP never spelled out).
   */
  static String drugOf(TrialArm arm, List<TrialArm> arms) {
    if (arm.regimen().isEmpty()) {
      return null;
    }
    List<String> own = arm.regimen().stream()
        .filter(a -> arms.stream().filter(o -> o != arm && !o.regimen().isEmpty())
            .allMatch(o -> !o.regimen().contains(a)))
        .toList();
    return own.size() == 1 ? own.get(0)
        : arm.regimen().stream().filter(a -> !a.equals(RADIOTHERAPY)).findFirst().orElse(arm.regimen().get(0));
  }

  /** The phase the authors give their own trial ("We proposed a randomized phase II trial"). */
  private static Optional<String> ownPhase(List<TrialSentence> sentences) {
    for (TrialSentence s : sentences) {
      Optional<String> phase = s.phase();
      if (phase.isPresent() && OWN_TRIAL.matcher(s.text()).find()) {
        return phase;
      }
    }
    return sentences.stream().map(TrialSentence::phase).flatMap(Optional::stream).findFirst();
  }

  /**
   * The cancer the title names (the longest cancer mention the entity annotators found in it), with the modifiers
   * written before it ("Stage IV Metastatic Non-squamous …").
   */
  private static Optional<String> cancer(String title, AnnotatedMentions mentions) {
    List<DrugMentions.Found> spans = mentions.cancers(title);
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    DrugMentions.Found longest = spans.stream()
        .max((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start())).orElseThrow();
    Matcher m = MODIFIER.matcher(title.substring(0, longest.start()));
    int start = m.find() ? m.start() : longest.start();
    return Optional.of(title.substring(start, longest.end()));
  }
}
