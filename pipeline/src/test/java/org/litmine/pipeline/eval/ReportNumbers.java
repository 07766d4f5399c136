package org.litmine.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of a rendered {@code report.html} (by {@code id}), read back as text and compared cell by cell with
 * {@code metrics.json}: the score tables, per effect and section, the confidence sweep, the confusion matrix,
 * entities and trials.
 */
final class ReportNumbers {

  private static final Pattern TABLE = Pattern.compile("<table id=\"([^\"]+)\">(.*?)</table>", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<t[dh]>(.*?)</t[dh]>", Pattern.DOTALL);
  private static final String[] SCORE = {"tp", "fp", "fn", "precision", "recall", "f1"};

  /** Table id → data rows (header dropped) → cells as text. */
  private final Map<String, List<List<String>>> tables = new LinkedHashMap<>();
  private final List<String> mismatches = new ArrayList<>();
  private int compared;

  private ReportNumbers() {}

  static ReportNumbers of(String html) {
    ReportNumbers n = new ReportNumbers();
    Matcher t = TABLE.matcher(html);
    while (t.find()) {
      List<List<String>> rows = new ArrayList<>();
      Matcher r = ROW.matcher(t.group(2));
      while (r.find()) {
        List<String> cells = new ArrayList<>();
        Matcher c = CELL.matcher(r.group(1));
        while (c.find()) {
          cells.add(c.group(1).replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
              .replace("&amp;", "&").strip());
        }
        rows.add(cells);
      }
      n.tables.put(t.group(1), rows.isEmpty() ? rows : rows.subList(1, rows.size()));
    }
    return n;
  }

  /** Every disagreement between the page and {@code metrics}, one per line; empty when all agree. */
  String mismatches(JsonNode metrics) {
    mismatches.clear();
    compared = 0;
    Map<String, JsonNode> scores = new LinkedHashMap<>();
    scores.put("strict (gene, drug, effect)", metrics.get("triples"));
    scores.put("relaxed (gene, drug)", metrics.get("relaxed"));
    scores.put("named drugs", metrics.get("drug"));
    scores.put("drug classes", metrics.get("class"));
    scoreTable("scores", scores);
    scoreTable("by-effect", fields(metrics.get("byEffect")));
    scoreTable("by-section", fields(metrics.get("bySection")));
    List<List<String>> sweep = table("confidence");
    JsonNode curve = metrics.get("confidence");
    expect("confidence rows", curve.size(), sweep.size());
    for (int i = 0; i < Math.min(curve.size(), sweep.size()); i++) {
      JsonNode p = curve.get(i);
      expect("confidence threshold", p.get("threshold").asDouble(), sweep.get(i).get(0));
      expect("confidence predictions", p.get("predictions").asDouble(), sweep.get(i).get(1));
      score("confidence ≥ " + sweep.get(i).get(0), p.get("score"), sweep.get(i).subList(2, 8));
    }
    JsonNode confusion = metrics.get("confusion");
    List<List<String>> matrix = table("effect-confusion");
    expect("confusion rows", confusion.get("effects").size(), matrix.size());
    for (int i = 0; i < Math.min(matrix.size(), confusion.get("effects").size()); i++) {
      String gold = confusion.get("effects").get(i).asText();
      expect("confusion row", gold, matrix.get(i).get(0));
      for (int j = 0; j < confusion.get("effects").size(); j++) {
        String predicted = confusion.get("effects").get(j).asText();
        expect("confusion " + gold + "/" + predicted,
            confusion.path("counts").path(gold).path(predicted).asDouble(0), matrix.get(i).get(j + 1));
      }
    }
    JsonNode entities = metrics.get("entities");
    if (entities.get("available").asBoolean()) {
      Map<String, JsonNode> e = new LinkedHashMap<>();
      e.put("all", entities.get("all"));
      e.putAll(fields(entities.get("byKind")));
      scoreTable("entities", e);
    }
    if (metrics.hasNonNull("trials")) {
      Map<String, JsonNode> t = new LinkedHashMap<>();
      t.put("records", metrics.get("trials").get("records"));
      t.put("results", metrics.get("trials").get("results"));
      scoreTable("trials", t);
    }
    return String.join("\n", mismatches);
  }

  /** How many cells the last {@link #mismatches} compared. */
  int compared() {
    return compared;
  }

  private void scoreTable(String id, Map<String, JsonNode> expected) {
    List<List<String>> rows = table(id);
    expect(id + " rows", expected.size(), rows.size());
    for (List<String> row : rows) {
      JsonNode s = expected.get(row.get(0));
      if (s == null) {
        mismatches.add(id + ": row " + row.get(0) + " is not in metrics.json");
      } else {
        score(id + " " + row.get(0), s, row.subList(1, 7));
      }
    }
  }

  private void score(String where, JsonNode score, List<String> cells) {
    for (int k = 0; k < SCORE.length; k++) {
      expect(where + " " + SCORE[k], score.get(SCORE[k]).asDouble(), cells.get(k));
    }
  }

  private List<List<String>> table(String id) {
    List<List<String>> rows = tables.get(id);
    if (rows == null) {
      mismatches.add("no table #" + id + " in the page");
      return List.of();
    }
    return rows;
  }

  private static Map<String, JsonNode> fields(JsonNode object) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }

  private void expect(String what, double expected, String shown) {
    compared++;
    try {
      if (Math.abs(Double.parseDouble(shown) - expected) > 0.0005) {
        mismatches.add(what + ": metrics.json " + expected + ", page " + shown);
      }
    } catch (NumberFormatException e) {
      mismatches.add(what + ": page shows '" + shown + "', not a number");
    }
  }

  private void expect(String what, Object expected, Object shown) {
    compared++;
    if (!expected.equals(shown)) {
      mismatches.add(String.format(Locale.ROOT, "%s: metrics.json %s, page %s", what, expected, shown));
    }
  }
}
