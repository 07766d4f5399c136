package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;
import org.litmine.pipeline.document.Reference;

/**
 * Splits the lines of a reference list into entries. Numbered lists ("1.", "[1]", "1)") start an entry at the
 * next number in sequence (or up to two further on, when numbers were lost), so a line beginning with a year or a
 * volume never starts one; unnumbered lists start an
 * entry at a line flush with the column's left edge that follows an entry's indented or short last line, or at a
 * line set where the list's first line was (relative to its column) after a line set elsewhere, or after any line
 * once lines set further right have shown the list's indents to hang. In a list whose entries each end with a line
 * of link labels ("Publisher Full Text", {@code reference_link_labels.tsv}), those lines alone end entries, and are
 * left out. Lines are kept until the list (or a stretch of it) is closed, so the whole stretch shows its style.
 */
public final class ReferenceList {

  private static final Pattern NUMBERED = Pattern.compile(
      "^(?:\\[(\\d{1,4})]|(\\d{1,4})[.)]|(\\d{1,4})(?=\\s))\\s*(\\S.*)$");
  /** How many entry numbers in a row may be lost before a numbered entry is no longer taken as the next. */
  private static final int LOST_NUMBERS = 2;
  private static final Pattern LINK_LINE = linkLine("org/litmine/pipeline/read/reference_link_labels.tsv");

  private final Hyphenation hyphenation;
  private final List<Reference> entries = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private final List<Line> pending = new ArrayList<>();
  private int number = 0;
  private Boolean numbered;
  private Line previous;
  private Float firstOffset;
  private boolean hanging;

  public ReferenceList(Hyphenation hyphenation) {
    this.hyphenation = hyphenation;
  }

  private static Pattern linkLine(String resource) {
    String label = "(?:" + String.join("|", TsvResource.firstColumn(resource).stream().map(Pattern::quote).toList())
        + ")";
    return Pattern.compile(label + "(?:\\s+" + label + ")*", Pattern.CASE_INSENSITIVE);
  }

  public void add(Line line) {
    pending.add(line);
  }

  private static boolean isLinkLine(Line line) {
    return LINK_LINE.matcher(line.text().strip()).matches();
  }

  /** Splits the lines kept since the last close into entries. */
  private void split() {
    boolean linked = pending.stream().anyMatch(ReferenceList::isLinkLine);
    for (Line line : pending) {
      if (!linked) {
        read(line);
      } else if (isLinkLine(line)) {
        endEntry();
      } else {
        hyphenation.append(current, line.text());
      }
    }
    pending.clear();
  }

  private void read(Line line) {
    String text = line.text();
    Matcher m = NUMBERED.matcher(text);
    if (numbered == null) {
      numbered = m.matches();
    }
    if (numbered) {
      if (m.matches() && continuesNumbering(numberOf(m), m.group(4))) {
        endEntry();
        number = numberOf(m);
        current.append(m.group(4));
      } else {
        hyphenation.append(current, text);
      }
    } else {
      float offset = line.x0() - line.colLeft();
      if (firstOffset == null) {
        firstOffset = offset;
      }
      boolean flush = Math.abs(offset) < 1.5f;
      boolean previousEnded = previous != null
          && (previous.x0() > previous.colLeft() + 3f || previous.x1() < previous.colRight() - line.size() * 2);
      boolean asFirst = Math.abs(offset - firstOffset) < 1.5f;
      boolean previousAsFirst = previous != null && Math.abs(previous.x0() - previous.colLeft() - firstOffset) < 1.5f;
      if (current.length() > 0
          && ((flush && previousEnded) || (asFirst && (hanging || !previousAsFirst || previousEnded)))) {
        endEntry();
      }
      hanging |= offset > firstOffset + 3f;
      hyphenation.append(current, text);
    }
    previous = line;
  }

  /**
   * Whether entry {@code next} may follow the last one: the next number, or one a little further on when an entry
   * that starts with a capital letter shows that a number or two were lost (set apart on a page's edge).
   */
  private boolean continuesNumbering(int next, String rest) {
    return next == number + 1
        || (next > number + 1 && next <= number + 1 + LOST_NUMBERS && Character.isUpperCase(rest.codePointAt(0)));
  }

  private static int numberOf(Matcher m) {
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null) {
        return Integer.parseInt(m.group(g));
      }
    }
    return -1;
  }

  /** Ends the list, or a stretch of it: the lines kept are split into entries, the last one ended. */
  void close() {
    split();
    endEntry();
  }

  private void endEntry() {
    if (current.length() > 0) {
      entries.add(new Reference(numbered != null && numbered ? number : 0, current.toString().strip()));
      current.setLength(0);
    }
  }

  public List<Reference> entries() {
    close();
    return List.copyOf(entries);
  }
}
