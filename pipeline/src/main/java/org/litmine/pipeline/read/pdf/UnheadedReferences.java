package org.litmine.pipeline.read.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells where a numbered reference list starts that no heading opens (BMJ prints its references after the back
 * matter without a "References" heading): a line "1 Kallen K. ..." (entry 1, then a surname and initials) followed
 * within a few lines by one "2 Rogers JM. ...".
 */
final class UnheadedReferences {

  private static final String AUTHOR = "\\s*[A-Z][\\p{L}'’-]+(?:\\s[A-Z][\\p{L}'’-]+)?\\s\\p{Lu}{1,3}\\b";
  private static final Pattern FIRST = Pattern.compile("^(?:\\[1]|1\\.?)" + AUTHOR + ".*");
  private static final Pattern SECOND = Pattern.compile("^(?:\\[2]|2\\.?)" + AUTHOR + ".*");
  private static final int LOOK_AHEAD = 6;

  private UnheadedReferences() {}

  /** Whether the list's first entry starts at line {@code i}. */
  static boolean startAt(List<Line> lines, int i) {
    if (!FIRST.matcher(lines.get(i).text()).matches()) {
      return false;
    }
    for (int k = i + 1; k < lines.size() && k <= i + LOOK_AHEAD; k++) {
      if (SECOND.matcher(lines.get(k).text()).matches()) {
        return true;
      }
    }
    return false;
  }
}
