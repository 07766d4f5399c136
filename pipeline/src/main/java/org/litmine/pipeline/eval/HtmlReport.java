package org.litmine.pipeline.eval;

/**
 * A self-contained HTML page of the Markdown report: headings, tables and lists rendered, no outside resources.
 * It renders only the subset of Markdown that {@link ReportWriter} writes.
 */
final class HtmlReport {

  private HtmlReport() {}

  static String render(String markdown) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>litmine evaluation</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;line-height:1.4}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}")
        .append("td:first-child,th:first-child{text-align:left}li li{color:#444}</style></head><body>\n");
    boolean inTable = false;
    int listDepth = 0;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("|")) {
        if (line.startsWith("|---")) {
          continue;
        }
        String tag = inTable ? "td" : "th";
        if (!inTable) {
          html.append("<table>\n");
          inTable = true;
        }
        html.append("<tr>");
        for (String cell : line.substring(1, line.length() - 1).split(" \\| ")) {
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
      } else if (line.startsWith("## ")) {
        html.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
      } else if (line.startsWith("# ")) {
        html.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
      } else if (!line.isBlank()) {
        html.append("<p>").append(inline(line)).append("</p>\n");
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

  private static String inline(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\\|", "|");
    return escaped.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>").replaceAll("`(.+?)`", "<code>$1</code>");
  }
}
