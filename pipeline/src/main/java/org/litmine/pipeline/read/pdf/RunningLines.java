package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers, running footers and page numbers. A segment in the top or bottom margin band of a page
 * is running matter when its shape (digits blanked, case folded) recurs in a margin band of at least a quarter of
 * the pages (two at least), or when it is a bare page number ("7", "Page 7 of 15", "- 7 -") with nothing but running matter beside it (a
 * table row of numbers at the foot of a page stays).
 */
public final class RunningLines {

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)^(page\\s*)?[-–—(\\[]?\\s*\\d{1,4}\\s*[-–—)\\]]?(\\s*(of|/)\\s*\\d{1,4})?$");
  private static final float BAND = 0.09f;

  private RunningLines() {}

  public static List<PageText> remove(List<PageText> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (PageText page : pages) {
      Set<String> seen = new HashSet<>();
      for (Segment s : page.segments()) {
        if (inBand(page, s)) {
          seen.add(shape(s.text()));
        }
      }
      seen.forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    int threshold = Math.max(2, (int) Math.ceil(pages.size() * 0.25));
    List<PageText> out = new ArrayList<>();
    for (PageText page : pages) {
      List<Segment> kept = new ArrayList<>();
      for (Segment s : page.segments()) {
        boolean repeated = inBand(page, s) && counts.getOrDefault(shape(s.text()), 0) >= threshold;
        boolean pageNumber = inBand(page, s) && PAGE_NUMBER.matcher(s.text()).matches()
            && page.segments().stream().filter(o -> o != s && o.sameBaseline(s))
                .allMatch(o -> counts.getOrDefault(shape(o.text()), 0) >= threshold
                    || PAGE_NUMBER.matcher(o.text()).matches());
        if (!repeated && !pageNumber) {
          kept.add(s);
        }
      }
      out.add(page.withSegments(kept));
    }
    return out;
  }

  /** Whether the segment lies in the top or bottom margin band of the page. */
  static boolean inBand(PageText page, Segment s) {
    return s.base() < page.height() * BAND + s.size() || s.base() > page.height() * (1 - BAND);
  }

  static String shape(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }
}
