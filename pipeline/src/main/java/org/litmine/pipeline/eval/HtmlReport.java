package org.litmine.pipeline.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: the Markdown report rendered as one self-contained page (inline CSS and SVG, no outside
 * resources), with the charts of {@link SvgCharts} under their headings. It renders only the Markdown subset that
 * {@link MarkdownReport} writes: headings (levels 1–3), paragraphs, pipe tables, lists two deep, bold and code.
 * Each table's {@code id} is its heading's slug ({@code scores}, {@code by-effect}, ...), for tests and scripts.
 */
final class HtmlReport {

  private static final String STYLE = "body{font-family:sans-serif;max-width:75em;margin:2em auto;padding:0 1em;"
      + "line-height:1.4;color:#222}table{border-collapse:collapse;margin:.5em 0}"
      + "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}th{background:#f3f3f3}"
      + "td:first-child,th:first-child{text-align:left}li li{color:#444;font-size:.92em}"
      + "h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}code{background:#f4f4f4}"
      + "figure{margin:.5em 0}";

  private HtmlReport() {}

  static String render(Evaluation evaluation) {
    Metrics m = evaluation.metrics();
    Map<String, String> charts = new HashMap<>();
    charts.put(MarkdownReport.BY_EFFECT, SvgCharts.effectBars(m.byEffect()));
    charts.put(MarkdownReport.CONFIDENCE, SvgCharts.precisionRecall(m.confidence()));
    charts.put(MarkdownReport.CONFUSION, SvgCharts.confusion(m.confusion()));
    return render(MarkdownReport.render(evaluation), charts);
  }

  /** The page for {@code markdown}, with each chart placed under the level-2 heading that is its key. */
  static String render(String markdown, Map<String, String> charts) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>litmine evaluation</title>\n")
        .append("<style>").append(STYLE).append("</style></head><body>\n");
    boolean inTable = false;
    int listDepth = 0;
    String tableId = "table";
    Map<String, Integer> ids = new HashMap<>();
    for (String line : markdown.split("\n")) {
      if (line.startsWith("|")) {
        if (line.startsWith("|---")) {
          continue;
        }
        String tag = inTable ? "td" : "th";
        if (!inTable) {
          int n = ids.merge(tableId, 1, Integer::sum);
          html.append("<table id=\"").append(n == 1 ? tableId : tableId + "-" + n).append("\">\n");
          inTable = true;
        }
        html.append("<tr>");
        for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
          html.append('<').append(tag).append('>').append(inline(cell.strip())).append("</").append(tag).append('>');
        }
        html.append("</tr>\n");
        continue;
      }
      if (inTable) {
        html.append("</table>\n");
        inTable = false;
      }
      int depth = line.startsWith("  - ") ? 2 : line.startsWith("- ") ? 1 : 0;
      while (listDepth < depth) {
        html.append("<ul>");
        listDepth++;
      }
      while (listDepth > depth) {
        html.append("</ul>");
        listDepth--;
      }
      if (depth > 0) {
        html.append("<li>").append(inline(line.strip().substring(2))).append("</li>\n");
      } else if (line.startsWith("#")) {
        int level = line.indexOf(' ');
        String text = line.substring(level + 1);
        tableId = slug(text);
        html.append("<h").append(level).append(" id=\"").append(tableId).append("\">").append(inline(text))
            .append("</h").append(level).append(">\n");
        if (level == 2 && charts.containsKey(text)) {
          html.append("<figure>").append(charts.get(text)).append("</figure>\n");
        }
      } else if (!line.isBlank()) {
        html.append("<p>").append(inline(line.endsWith("  ") ? line.strip() + "<br>" : line)).append("</p>\n");
      }
    }
    if (inTable) {
      html.append("</table>\n");
    }
    while (listDepth-- > 0) {
      html.append("</ul>");
    }
    return html.append("</body></html>\n").toString();
  }

  /** The heading's words, lowercased and joined by hyphens, without a trailing count such as "(12)". */
  static String slug(String heading) {
    String s = heading.replaceAll("\\s*\\(\\d+\\)\\s*$", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "-");
    return s.replaceAll("^-|-$", "");
  }

  private static String inline(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\\|", "|")
        .replace("&lt;br&gt;", "<br>");
    return escaped.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>").replaceAll("`(.+?)`", "<code>$1</code>");
  }
}
