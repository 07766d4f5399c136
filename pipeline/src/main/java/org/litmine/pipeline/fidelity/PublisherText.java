package org.litmine.pipeline.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.document.Caption;
import org.litmine.pipeline.document.Table;

/**
 * Reads a publisher's plain-text rendering of an article as a fidelity reference. Its conventions: blocks are
 * separated by blank lines; the body runs from the "Abstract" line (or the start) to the "References" line;
 * a block starting "Fig. N" or "Table N" is a caption; tab-separated lines after a table caption are its rows
 * (header first) and the block right after them is the table's note; blocks starting with a footnote mark
 * ("*", "©", a superscript digit) are page footnotes. After "References" the entries are bulleted ("- ") or
 * numbered ("12. "); their count is the highest number when there are numbers (a list may start bulleted and go
 * on numbered), else the number of bullets. Captions, tables, notes and footnotes are not body text.
 */
public final class PublisherText {

  private static final Pattern CAPTION = Pattern.compile(
      "^(Fig\\.?|Figure|Table)\\s*(\\d+)[.:]?\\s+(.*)$", Pattern.DOTALL);
  private static final Pattern FOOTNOTE = Pattern.compile("^[*†‡©¹²³⁴⁵⁶⁷⁸⁹⁰].*", Pattern.DOTALL);
  private static final Pattern REFERENCE = Pattern.compile("^\\s*(-|\\d+\\.)\\s+\\S.*");

  private PublisherText() {}

  public static ReferenceDoc read(String text) {
    List<String> lines = text.replace("\r\n", "\n").lines().toList();
    int start = 0;
    int end = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip().toLowerCase(Locale.ROOT);
      if (line.equals("abstract") && start == 0) {
        start = i;
      }
      if (line.equals("references") || line.equals("bibliography")) {
        end = i;
      }
    }
    int references = 0;
    int highest = 0;
    for (int i = end + 1; i < lines.size(); i++) {
      Matcher m = REFERENCE.matcher(lines.get(i));
      if (m.matches()) {
        references++;
        if (!m.group(1).equals("-")) {
          highest = Math.max(highest, Integer.parseInt(m.group(1).replace(".", "")));
        }
      }
    }
    references = highest > 0 ? highest : references;
    List<String> blocks = blocks(lines.subList(start, end));
    List<String> body = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    List<Caption> captions = new ArrayList<>();
    boolean afterTable = false;
    for (String block : blocks) {
      Matcher caption = CAPTION.matcher(block);
      if (caption.matches()) {
        boolean table = caption.group(1).startsWith("Tab");
        String label = (table ? "Table " : "Figure ") + caption.group(2);
        String[] parts = caption.group(3).split("\n");
        captions.add(new Caption(table ? "table" : "figure", label, 0, parts[0].strip()));
        if (table) {
          List<List<String>> rows = new ArrayList<>();
          for (int i = 1; i < parts.length; i++) {
            if (parts[i].contains("\t")) {
              rows.add(List.of(parts[i].split("\t", -1)).stream().map(String::strip).toList());
            }
          }
          tables.add(new Table(label, parts[0].strip(), 0, rows));
          afterTable = true;
        }
        continue;
      }
      if (block.contains("\t") && !tables.isEmpty()) {
        List<List<String>> rows = new ArrayList<>(tables.get(tables.size() - 1).rows());
        block.lines().filter(l -> l.contains("\t"))
            .forEach(l -> rows.add(List.of(l.split("\t", -1)).stream().map(String::strip).toList()));
        Table last = tables.remove(tables.size() - 1);
        tables.add(new Table(last.label(), last.caption(), 0, rows));
        afterTable = true;
        continue;
      }
      if (afterTable) {
        afterTable = false;
        continue;
      }
      if (FOOTNOTE.matcher(block).matches()) {
        continue;
      }
      body.add(block.replace('\n', ' '));
    }
    return new ReferenceDoc(body, body, List.of(), tables, captions, references, start > 0);
  }

  /** Blank-line separated blocks, lines of a block kept apart by newlines. */
  private static List<String> blocks(List<String> lines) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank()) {
        if (block.length() > 0) {
          blocks.add(block.toString());
          block.setLength(0);
        }
      } else {
        block.append(block.length() > 0 ? "\n" : "").append(line.strip());
      }
    }
    if (block.length() > 0) {
      blocks.add(block.toString());
    }
    return blocks;
  }
}
