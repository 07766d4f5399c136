package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells section headings from text and gives them a level. A heading is a short line set larger than the running
 * text or wholly in bold (not a caption, not a run-in label such as "Keywords: a, b, c"); or a line that is a
 * known section name ({@link SectionNames}) set apart from the running text (another font, bold, another size or
 * capitals), at any size (back matter is often set small); or a line wholly in a rare font (under 3% of the
 * characters) that such a known heading uses (the weight a typesetter's font name may not tell). Levels come from the
 * styles found in the document: the largest heading style (upright before italic) is level 1, every other style
 * level 2; numbering ("2." versus "2.1.") overrides the style when present.
 */
public final class Headings {

  private static final Pattern NUMBERED_2 = Pattern.compile("^\\d+\\.\\d+(\\.\\d+)*\\.?\\s.*");
  private static final Pattern NUMBERED_1 = Pattern.compile("^(\\d+|[IVX]+)\\.?\\s+\\p{Lu}.*");

  /** A font that sets more than this share of a document's characters is a text font, not a heading font. */
  private static final double RARE_FONT_SHARE = 0.03;

  /** A heading of material that is not the article's ("Open Peer Review", "Author details") is this short. */
  private static final int NOT_ARTICLE_WORDS = 6;

  private final BodyStyle body;
  private final SectionNames names;
  private final Set<String> headingFonts = new HashSet<>();
  private final List<String> levelOneStyles = new ArrayList<>();

  public Headings(BodyStyle body, List<Line> lines) {
    this(body, lines, SectionNames.standard());
  }

  public Headings(BodyStyle body, List<Line> lines, SectionNames names) {
    this.body = body;
    this.names = names;
    Map<String, Integer> fontChars = new HashMap<>();
    int chars = 0;
    for (Line line : lines) {
      for (Segment s : line.segments()) {
        fontChars.merge(s.font(), s.text().length(), Integer::sum);
        chars += s.text().length();
      }
      if (plausible(line) && isNamedHeading(line)) {
        line.segments().forEach(s -> headingFonts.add(s.font()));
      }
    }
    int total = chars;
    headingFonts.remove(body.font());
    headingFonts.removeIf(font -> fontChars.get(font) > total * RARE_FONT_SHARE);
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
    if (!plausible(line)) {
      return false;
    }
    if (isNamedHeading(line)) {
      return true;
    }
    boolean styled = line.bold() || body.large(line.first()) || inHeadingFont(line);
    if (!styled || body.small(line.first())) {
      return false;
    }
    String text = line.text();
    int words = text.split("\\s+").length;
    int colon = text.indexOf(": ");
    if (colon > 0 && text.substring(colon + 2).split("\\s+").length >= 3) {
      return false;
    }
    return !(text.endsWith(",") || text.endsWith(";")) && (!text.endsWith(".") || words <= 10);
  }

  /** Whether the text is a known section name (numbering and a trailing colon aside). */
  public boolean isSectionName(String text) {
    return names.isSectionName(text);
  }

  /** Whether a heading opens material printed with the article that is not part of it (peer review). */
  public boolean opensNonArticleMatter(String text) {
    return names.opensNonArticleMatter(text);
  }

  private static boolean plausible(Line line) {
    String text = line.text();
    return text.length() >= 2 && text.length() <= 160 && text.codePoints().anyMatch(Character::isLetter)
        && line.table() == null && CaptionStart.of(text).isEmpty();
  }

  /**
   * A known section name, or a short heading of material that is not the article's, set apart from the running
   * text: another font, bold, another size, or capitals; not the end of a sentence run on from the line before (in
   * lower case, ending with a full stop: "... declared no / competing interests.").
   */
  private boolean isNamedHeading(Line line) {
    if (line.startsInLowerCase() && line.text().endsWith(".")) {
      return false;
    }
    boolean notArticle = line.text().split("\\s+").length <= NOT_ARTICLE_WORDS
        && names.opensNonArticleMatter(line.text());
    if (!names.isSectionName(line.text()) && !notArticle) {
      return false;
    }
    boolean otherFont = line.segments().stream().noneMatch(s -> s.font().equals(body.font()));
    boolean otherSize = Math.abs(line.size() - body.size()) >= 0.5f;
    String text = line.text();
    boolean capitals = text.equals(text.toUpperCase(Locale.ROOT));
    return otherFont || line.bold() || otherSize || capitals;
  }

  /** Whether the line, starting with a capital or a number, is wholly in a font that a known heading uses. */
  private boolean inHeadingFont(Line line) {
    int first = line.text().codePointAt(0);
    return (Character.isUpperCase(first) || Character.isDigit(first))
        && line.segments().stream().allMatch(s -> headingFonts.contains(s.font()));
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
