package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.litmine.pipeline.document.Table;

/**
 * The results of each arm of a reported trial, from the sentences of its results sections and from arm tables.
 *
 * <p>In a sentence, a figure belongs to the arm its own phrase names ("49% in the XELIRI and 48% in the FOLFIRI
 * arm"), else to the one arm the sentence names ("Arm B (PC + D) had three patients with PR (25%)"), else, in a
 * sentence that names no arm, to the arm the sentence before it in the paragraph named ("The median time to
 * progression was 199 days"). An arm table has arm labels in its header row; each body cell is read with its row's
 * label ("Complete response" + "5 (12%)"), or with the label cell just above it ("Median survival" / "262 days").
 * The same figure read twice is kept once, with its confidence interval if either reading has one.
 */
final class ArmResults {

  private static final Pattern RESULTS_SECTION = Pattern.compile(
      "(?i)result|abstract|summary|finding|outcome|efficacy|response|survival");

  private final ResponseParser parser;

  ArmResults(ResponseParser parser) {
    this.parser = parser;
  }

  /** Results per arm label. */
  Map<String, List<TrialResult>> read(List<TrialArm> arms, List<TrialSentence> sentences, List<Table> tables,
      TrialFacts facts) {
    Map<String, List<TrialResult>> byArm = new LinkedHashMap<>();
    arms.forEach(a -> byArm.put(a.label(), new ArrayList<>()));
    fromSentences(arms, sentences, byArm);
    for (Table table : tables) {
      fromTable(arms, table, facts, byArm);
    }
    return byArm;
  }

  private void fromSentences(List<TrialArm> arms, List<TrialSentence> sentences, Map<String, List<TrialResult>> out) {
    TrialArm current = null;
    int paragraph = -1;
    for (TrialSentence s : sentences) {
      if (s.paragraph() != paragraph) {
        current = null;
        paragraph = s.paragraph();
      }
      if (!RESULTS_SECTION.matcher(s.section()).find()) {
        continue;
      }
      List<TrialArm> named = arms.stream().filter(a -> a.namedIn(s.text())).toList();
      TrialArm sentenceArm = named.size() == 1 ? named.get(0) : named.isEmpty() ? current : null;
      for (TrialResult r : parser.parse(TextWithFacts.of(s))) {
        TrialArm arm = r.arm() == null ? sentenceArm
            : arms.stream().filter(a -> a.is(r.arm())).findFirst().orElse(null);
        if (arm != null) {
          add(out, arm, r);
        }
      }
      current = named.size() == 1 ? named.get(0) : named.isEmpty() ? current : null;
    }
  }

  private void fromTable(List<TrialArm> arms, Table table, TrialFacts facts, Map<String, List<TrialResult>> out) {
    List<List<String>> rows = table.rows();
    for (int h = 0; h < Math.min(2, rows.size()); h++) {
      Map<Integer, TrialArm> columns = new HashMap<>();
      List<String> header = rows.get(h);
      for (int c = 0; c < header.size(); c++) {
        for (TrialArm arm : arms) {
          if (arm.namedIn(header.get(c))) {
            columns.put(c, arm);
          }
        }
      }
      if (columns.size() < 2) {
        continue;
      }
      Map<Integer, String> pending = new HashMap<>();
      for (List<String> row : rows.subList(h + 1, rows.size())) {
        String stub = columns.containsKey(0) || row.isEmpty() ? "" : row.get(0);
        for (Map.Entry<Integer, TrialArm> column : columns.entrySet()) {
          int c = column.getKey();
          String cell = c < row.size() ? row.get(c) : "";
          List<TrialResult> results = parser.parse(TextWithFacts.of((stub + " " + cell).strip(), List.of(stub, cell),
              facts));
          if (results.isEmpty() && pending.containsKey(c)) {
            String above = pending.remove(c);
            results = parser.parse(TextWithFacts.of(above + " " + cell, List.of(above, cell), facts));
          } else if (results.isEmpty() && !cell.isBlank()) {
            pending.put(c, cell);
          }
          for (TrialResult r : results) {
            add(out, column.getValue(), r);
          }
        }
      }
      return;
    }
  }

  private static void add(Map<String, List<TrialResult>> out, TrialArm arm, TrialResult r) {
    TrialResult.addOnce(out.get(arm.label()),
        new TrialResult(r.metric(), r.value(), r.unit(), r.ciLow(), r.ciHigh(), arm.label()));
  }
}
