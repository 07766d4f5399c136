package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.trial.TrialFact;
import org.litmine.pipeline.document.Table;

/**
 * Trial records from the rows of trial tables: tables whose header names a drug column and at least two of the
 * other trial columns (combination, cancer, phase, participants, response, status, registry id or reference), found
 * by the header synonyms of {@code columns.tsv}. Each data row is one record (ANNOTATION.md section 2).
 *
 * <p>A row with an empty drug cell continues the row above (a cell broken over lines) unless it has a phase or
 * registry id of its own, when it is a new trial of the drug above (a spanning drug cell). Registry ids and a phase
 * cell's "Phase II" are the trial annotator's facts of the cells ({@link TrialFacts}); a cell that holds only a phase
 * number ("2", "1b/2", "III") is read here.
 */
public final class TableTrialExtractor {

  private static final int MAX_HEADER_ROW = 3;
  private static final Pattern BRACKET = Pattern.compile("\\([^)]*\\)");
  private static final Set<String> TRIAL_COLUMNS =
      Set.of("combination", "cancer", "phase", "participants", "response", "status", "id");
  private static final String NONE = "(?i)\\s*(?:none|no|-|–|—|n/?a|nil|monotherapy|alone|single agent|)\\s*\\.?\\s*";

  private final TrialVocabulary vocabulary;
  private final ResponseParser parser;

  public TableTrialExtractor(TrialVocabulary vocabulary, ResponseParser parser) {
    this.vocabulary = vocabulary;
    this.parser = parser;
  }

  /** The records of one table; none if it is not a trial table. {@code refs} are the paper's reference numbers. */
  public List<TrialRecord> extract(String doc, Table table, TrialDrugs drugs, TrialFacts facts, Set<Integer> refs) {
    List<List<String>> rows = table.rows();
    for (int h = 0; h < Math.min(MAX_HEADER_ROW, rows.size()); h++) {
      Map<String, Integer> columns = columns(rows.get(h));
      long trialColumns = columns.keySet().stream().filter(TRIAL_COLUMNS::contains).count();
      if (columns.containsKey("drug") && trialColumns >= 2) {
        return records(doc, rows.subList(h + 1, rows.size()), columns, drugs, facts, refs);
      }
    }
    return List.of();
  }

  /** Column roles of a header row: role to column index, each role taken by its first column. */
  Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> roles = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      Optional<String> role = vocabulary.columnRole(header.get(c));
      if (role.isPresent() && !roles.containsKey(role.get())) {
        roles.put(role.get(), c);
      }
    }
    return roles;
  }

  /**
   * A data row after joining: its cells, and for each cell the table's cells it was joined from (the passages whose
   * trial facts it has).
   */
  private record Row(List<String> cells, List<List<String>> parts) {

    static Row of(List<String> raw) {
      List<List<String>> parts = new ArrayList<>();
      raw.forEach(cell -> parts.add(cell == null ? new ArrayList<>() : new ArrayList<>(List.of(cell))));
      return new Row(new ArrayList<>(raw), parts);
    }

    /** The trial facts of the row's cells, in column order. */
    List<TrialFact> facts(TrialFacts facts) {
      List<TrialFact> all = new ArrayList<>();
      parts.forEach(cellParts -> cellParts.forEach(part -> all.addAll(facts.in(part))));
      return all;
    }

    /** The trial facts of one cell. */
    List<TrialFact> facts(TrialFacts facts, int column) {
      List<TrialFact> all = new ArrayList<>();
      if (column >= 0 && column < parts.size()) {
        parts.get(column).forEach(part -> all.addAll(facts.in(part)));
      }
      return all;
    }

    /** A cell's text with the trial facts of the cells it was joined from. */
    TextWithFacts text(TrialFacts facts, int column) {
      return TextWithFacts.of(cell(cells, column), column >= 0 && column < parts.size() ? parts.get(column)
          : List.of(), facts);
    }

    void set(int column, String text, List<String> from) {
      while (cells.size() <= column) {
        cells.add("");
        parts.add(new ArrayList<>());
      }
      cells.set(column, text);
      parts.set(column, new ArrayList<>(from));
    }
  }

  private List<TrialRecord> records(String doc, List<List<String>> body, Map<String, Integer> columns,
      TrialDrugs drugs, TrialFacts facts, Set<Integer> refs) {
    List<TrialRecord> records = new ArrayList<>();
    for (Row row : joinRows(body, columns, facts)) {
      record(doc, row, columns, drugs, facts, refs).ifPresent(records::add);
    }
    return records;
  }

  /** Joins continuation rows to the row above; a new trial under a spanning drug cell inherits the drug. */
  private List<Row> joinRows(List<List<String>> body, Map<String, Integer> columns, TrialFacts facts) {
    List<Row> rows = new ArrayList<>();
    int drugColumn = columns.get("drug");
    for (List<String> raw : body) {
      if (raw.stream().allMatch(String::isBlank)) {
        continue;
      }
      Row row = Row.of(raw);
      boolean noDrug = cell(raw, drugColumn).isBlank();
      boolean ownTrial = !cell(raw, columns.getOrDefault("phase", -1)).isBlank()
          || !TrialFacts.registryIds(row.facts(facts)).isEmpty();
      if (noDrug && !rows.isEmpty() && !ownTrial) {
        Row previous = rows.get(rows.size() - 1);
        for (int c = 0; c < raw.size(); c++) {
          if (!raw.get(c).isBlank()) {
            String before = c < previous.cells().size() ? previous.cells().get(c) : "";
            List<String> from = new ArrayList<>(c < previous.parts().size() ? previous.parts().get(c) : List.of());
            from.add(raw.get(c));
            previous.set(c, (before + " " + raw.get(c)).strip(), from);
          }
        }
      } else {
        if (noDrug && !rows.isEmpty()) {
          Row above = rows.get(rows.size() - 1);
          row.set(drugColumn, cell(above.cells(), drugColumn),
              drugColumn < above.parts().size() ? above.parts().get(drugColumn) : List.of());
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private Optional<TrialRecord> record(String doc, Row joined, Map<String, Integer> columns, TrialDrugs drugs,
      TrialFacts facts, Set<Integer> refs) {
    List<String> row = joined.cells();
    String drugCell = cell(row, columns.get("drug"));
    List<String> named = outsideBrackets(drugs, drugCell);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    String drug = named.get(0);
    List<String> combination = new ArrayList<>(named.subList(1, named.size()));
    String combinationCell = cell(row, columns.getOrDefault("combination", -1));
    if (!combinationCell.matches(NONE)) {
      for (String id : outsideBrackets(drugs, combinationCell)) {
        if (!id.equals(drug) && !combination.contains(id)) {
          combination.add(id);
        }
      }
    }
    String cancer = cell(row, columns.getOrDefault("cancer", -1)).replaceAll("[.\\s]+$", "").strip();
    int phaseColumn = columns.getOrDefault("phase", -1);
    String phase = TrialFacts.phase(joined.facts(facts, phaseColumn))
        .or(() -> TrialText.barePhase(cell(row, phaseColumn))).orElse(null);
    Integer participants = TrialText.count(cell(row, columns.getOrDefault("participants", -1))).orElse(null);
    String response = cell(row, columns.getOrDefault("response", -1));
    List<TrialResult> results = parser.parse(joined.text(facts, columns.getOrDefault("response", -1)));
    String statusText = response + " " + cell(row, columns.getOrDefault("status", -1));
    String status = vocabulary.status(statusText).orElse(null);
    String rowText = String.join(" ", row);
    List<String> ids = TrialFacts.registryIds(joined.facts(facts));
    Integer ref = reference(cell(row, columns.getOrDefault("id", -1)), rowText, refs);
    return Optional.of(new TrialRecord(doc, null, drug, combination, cancer.isEmpty() ? null : cancer, phase,
        participants, ids.isEmpty() ? null : ids.get(0), ref, status, results, "table"));
  }

  /** The first citation number of the id column, else of the row, that the paper's reference list has. */
  static Integer reference(String idCell, String rowText, Set<Integer> refs) {
    List<Integer> cited = new ArrayList<>(TrialText.citations(idCell));
    if (cited.isEmpty()) {
      cited.addAll(TrialText.citations(rowText));
    }
    if (cited.isEmpty() && idCell.strip().matches("\\d{1,4}")) {
      cited.add(Integer.parseInt(idCell.strip()));
    }
    return cited.stream().filter(n -> refs.isEmpty() || refs.contains(n)).findFirst().orElse(null);
  }

  /** The drugs of a cell outside brackets: "Linsitinib (OSI-906)" is linsitinib, written two ways. */
  private static List<String> outsideBrackets(TrialDrugs drugs, String cell) {
    List<int[]> brackets = new ArrayList<>();
    Matcher m = BRACKET.matcher(cell);
    while (m.find()) {
      brackets.add(new int[] {m.start(), m.end()});
    }
    List<String> ids = new ArrayList<>();
    for (DrugMentions.Found f : drugs.find(cell)) {
      if (brackets.stream().noneMatch(b -> b[0] <= f.start() && f.end() <= b[1]) && !ids.contains(f.id())) {
        ids.add(f.id());
      }
    }
    return ids.isEmpty() ? drugs.ids(cell) : ids;
  }

  private static String cell(List<String> row, int column) {
    return column >= 0 && column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
  }
}
