package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, authors and DOI of a paper from its first page. The title is the largest type in the upper half of page
 * one (the block of consecutive lines in that style holding the most text); the authors are the lines right after
 * it in the next style, superscript markers dropped; the DOI is the first one the first page states, preferring
 * one introduced by "doi" — the reference list is never searched.
 *
 * @param title the title, or null
 * @param authors the author names
 * @param doi the DOI in lower case, or null
 * @param dropped the number of lines at the start of the reading order used up by the title block (the title,
 *     the authors and anything printed above the title)
 */
public record FrontMatter(String title, List<String> authors, String doi, int dropped) {

  private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[-._;()/:A-Za-z0-9]+[A-Za-z0-9])");
  private static final Pattern DOI_INTRO = Pattern.compile("(?i)(doi\\.org/|doi\\s*:?\\s*)(10\\.\\d{4,9}/\\S+)");
  private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

  public static FrontMatter of(List<Line> lines, PageText firstPageRaw, BodyStyle body) {
    return new FrontMatter(null, List.of(), doi(firstPageRaw), 0).withTitle(lines, firstPageRaw, body);
  }

  private FrontMatter withTitle(List<Line> lines, PageText page, BodyStyle body) {
    float max = 0f;
    for (Line line : lines) {
      if (line.page() == page.number() && line.base() < page.height() * 0.5f) {
        max = Math.max(max, line.size());
      }
    }
    if (max < body.size() * 1.25f) {
      return this;
    }
    int bestStart = -1;
    int bestEnd = -1;
    int bestChars = 0;
    for (int i = 0; i < lines.size() && lines.get(i).page() == page.number(); i++) {
      if (Math.abs(lines.get(i).size() - max) > 0.5f) {
        continue;
      }
      int j = i;
      int chars = 0;
      while (j < lines.size() && lines.get(j).styleKey().equals(lines.get(i).styleKey())) {
        chars += lines.get(j).text().length();
        j++;
      }
      if (chars > bestChars) {
        bestChars = chars;
        bestStart = i;
        bestEnd = j;
      }
      i = j - 1;
    }
    if (bestStart < 0) {
      return this;
    }
    StringBuilder title = new StringBuilder();
    for (int i = bestStart; i < bestEnd; i++) {
      title.append(title.length() > 0 ? " " : "").append(lines.get(i).text());
    }
    int end = bestEnd;
    List<String> authors = new ArrayList<>();
    if (end < lines.size() && isAuthorLine(lines.get(end), body)) {
      String style = lines.get(end).styleKey();
      StringBuilder names = new StringBuilder();
      while (end < lines.size() && lines.get(end).styleKey().equals(style)) {
        for (Segment s : lines.get(end).segments()) {
          names.append(' ').append(s.textWithoutSuperscripts());
        }
        end++;
      }
      authors = splitAuthors(names.toString());
    }
    return new FrontMatter(title.toString().strip(), authors, doi, end);
  }

  private static boolean isAuthorLine(Line line, BodyStyle body) {
    String text = line.text();
    boolean styled = line.size() > body.size() * 1.04f || line.bold();
    boolean looksLikeNames = text.contains(",") || text.contains(" and ") || text.split("\\s+").length <= 4;
    return styled && looksLikeNames && CaptionStart.of(text).isEmpty() && !text.endsWith(".")
        && text.split("\\s+").length >= 2 && text.length() < 600 && !text.toLowerCase(Locale.ROOT).equals("abstract");
  }

  static List<String> splitAuthors(String names) {
    List<String> out = new ArrayList<>();
    for (String part : AUTHOR_SPLIT.split(names)) {
      String name = part.replaceAll("[*†‡§¶#0-9]+", " ").replaceAll("\\s+", " ").strip();
      if (name.length() > 1 && Character.isLetter(name.codePointAt(0))) {
        out.add(name);
      }
    }
    return out;
  }

  /** The DOI of the paper, from its first page. */
  static String doi(PageText page) {
    StringBuilder text = new StringBuilder();
    page.segments().stream().sorted((a, b) -> Float.compare(a.base(), b.base()))
        .forEach(s -> text.append(s.text()).append('\n'));
    Matcher intro = DOI_INTRO.matcher(text);
    if (intro.find()) {
      Matcher m = DOI.matcher(intro.group(2));
      if (m.find()) {
        return m.group(1).toLowerCase(Locale.ROOT);
      }
    }
    Matcher m = DOI.matcher(text);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** The DOI, if any. */
  public Optional<String> doiIfAny() {
    return Optional.ofNullable(doi);
  }
}
