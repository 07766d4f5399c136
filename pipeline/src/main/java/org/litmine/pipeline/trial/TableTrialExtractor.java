package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.document.Table;

/**
 * Trial records from the rows of trial tables: tables whose header names a drug column and at least two of the
 * other trial columns (combination, cancer, phase, participants, response, status, registry id or reference), found
 * by the header synonyms of {@code columns.tsv}. Each data row is one record (ANNOTATION.md section 2).
 *
 * <p>A row with an empty drug cell continues the row above (a cell broken over lines) unless it has a phase or
 * registry id of its own, when it is a new trial of the drug above (a spanning drug cell).
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
  public List<TrialRecord> extract(String doc, Table table, TrialDrugs drugs, Set<Integer> refs) {
    List<List<String>> rows = table.rows();
    for (int h = 0; h < Math.min(MAX_HEADER_ROW, rows.size()); h++) {
      Map<String, Integer> columns = columns(rows.get(h));
      long trialColumns = columns.keySet().stream().filter(TRIAL_COLUMNS::contains).count();
      if (columns.containsKey("drug") && trialColumns >= 2) {
        return records(doc, table, rows.subList(h + 1, rows.size()), columns, drugs, refs);
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

  private List<TrialRecord> records(String doc, Table table, List<List<String>> body, Map<String, Integer> columns,
      TrialDrugs drugs, Set<Integer> refs) {
    List<List<String>> rows = joinRows(body, columns);
    List<TrialRecord> records = new ArrayList<>();
    for (List<String> row : rows) {
      record(doc, row, columns, drugs, refs).ifPresent(records::add);
    }
    return records;
  }

  /** Joins continuation rows to the row above; a new trial under a spanning drug cell inherits the drug. */
  private List<List<String>> joinRows(List<List<String>> body, Map<String, Integer> columns) {
    List<List<String>> rows = new ArrayList<>();
    int drugColumn = columns.get("drug");
    for (List<String> raw : body) {
      List<String> row = new ArrayList<>(raw);
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      boolean noDrug = cell(row, drugColumn).isBlank();
      boolean ownTrial = !cell(row, columns.getOrDefault("phase", -1)).isBlank()
          || !RegistryIds.find(String.join(" ", row)).isEmpty();
      if (noDrug && !rows.isEmpty() && !ownTrial) {
        List<String> previous = rows.get(rows.size() - 1);
        for (int c = 0; c < row.size(); c++) {
          if (!row.get(c).isBlank()) {
            while (previous.size() <= c) {
              previous.add("");
            }
            previous.set(c, (previous.get(c) + " " + row.get(c)).strip());
          }
        }
      } else {
        if (noDrug && !rows.isEmpty()) {
          while (row.size() <= drugColumn) {
            row.add("");
          }
          row.set(drugColumn, cell(rows.get(rows.size() - 1), drugColumn));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private Optional<TrialRecord> record(String doc, List<String> row, Map<String, Integer> columns, TrialDrugs drugs,
      Set<Integer> refs) {
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
    String phase = TrialText.phaseCell(cell(row, columns.getOrDefault("phase", -1))).orElse(null);
    Integer participants = TrialText.count(cell(row, columns.getOrDefault("participants", -1))).orElse(null);
    String response = cell(row, columns.getOrDefault("response", -1));
    List<TrialResult> results = parser.parse(response);
    String statusText = response + " " + cell(row, columns.getOrDefault("status", -1));
    String status = vocabulary.status(statusText).orElse(null);
    String rowText = String.join(" ", row);
    List<String> ids = RegistryIds.find(rowText);
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
