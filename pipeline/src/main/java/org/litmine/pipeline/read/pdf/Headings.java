package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells section headings from text and gives them a level. A heading is a short line set larger than the running
 * text or wholly in bold (not a caption, not a run-in label such as "Keywords: a, b, c"). Levels come from the
 * styles found in the document: the largest heading style (upright before italic) is level 1, every other style
 * level 2; numbering ("2." versus "2.1.") overrides the style when present.
 */
public final class Headings {

  private static final Pattern NUMBERED_2 = Pattern.compile("^\\d+\\.\\d+(\\.\\d+)*\\.?\\s.*");
  private static final Pattern NUMBERED_1 = Pattern.compile("^(\\d+|[IVX]+)\\.?\\s+\\p{Lu}.*");

  private final BodyStyle body;
  private final List<String> levelOneStyles = new ArrayList<>();

  public Headings(BodyStyle body, List<Line> lines) {
    this.body = body;
    List<Line> candidates = lines.stream().filter(this::isHeading).toList();
    candidates.stream()
        .map(l -> new float[] {Math.round(l.size() * 2) / 2f, l.italic() ? 1 : 0})
        .max(Comparator.<float[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> -a[1]))
        .ifPresent(top -> candidates.stream()
            .filter(l -> Math.round(l.size() * 2) / 2f == top[0] && (l.italic() ? 1 : 0) == top[1])
            .forEach(l -> levelOneStyles.add(styleOf(l))));
  }

  private static String styleOf(Line line) {
    return Math.round(line.size() * 2) + "|" + line.italic();
  }

  /** Whether the line looks like a section heading (or a line of one). */
  public boolean isHeading(Line line) {
    String text = line.text();
    int words = text.split("\\s+").length;
    if (text.length() < 2 || text.length() > 160 || !text.codePoints().anyMatch(Character::isLetter)) {
      return false;
    }
    if (!(line.bold() || body.large(line.first())) || body.small(line.first()) || line.table() != null) {
      return false;
    }
    if (CaptionStart.of(text).isPresent()) {
      return false;
    }
    int colon = text.indexOf(": ");
    if (colon > 0 && text.substring(colon + 2).split("\\s+").length >= 3) {
      return false;
    }
    return !(text.endsWith(",") || text.endsWith(";")) && (!text.endsWith(".") || words <= 10);
  }

  /** The level (1 or 2) of a heading. */
  public int level(Line line, String text) {
    if (NUMBERED_2.matcher(text).matches()) {
      return 2;
    }
    if (NUMBERED_1.matcher(text).matches()) {
      return 1;
    }
    return levelOneStyles.contains(styleOf(line)) ? 1 : 2;
  }
}
