package org.litmine.pipeline.read.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Joins text across line ends, repairing hyphenation. A line ending in "letter-" followed by a line starting with
 * a lower-case letter is a candidate: the hyphen is kept when the part before it holds a digit or a capital after its
 * first letter (a real compound such as "IGF-" or "5-"), when the document itself writes the hyphenated form elsewhere and never the
 * joined one, when both parts are words the document uses on their own ("axis-" "targeted"), or when the second part
 * is a usual head of compounds ("retinoblastoma-" "binding", "dose-" "dependent"; the file
 * {@code org/litmine/pipeline/read/compound_heads.tsv}); otherwise the word was broken by the typesetter and is
 * joined. The joined form, when the document uses it, always wins. The document's own vocabulary is
 * counted once from all its text.
 */
public final class Hyphenation {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
  private static final Pattern TAIL = Pattern.compile("([\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*)-$");
  private static final Pattern HEAD = Pattern.compile("^([\\p{L}\\p{N}]+)");

  private static final Set<String> COMPOUND_HEADS = compoundHeads();

  private final Map<String, Integer> words = new HashMap<>();

  public Hyphenation(List<String> texts) {
    for (String text : texts) {
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        words.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
  }

  /** Appends {@code line} to {@code out}, joining a broken word or putting a space between the two. */
  public void append(StringBuilder out, String line) {
    if (line.isEmpty()) {
      return;
    }
    if (out.length() == 0) {
      out.append(line);
      return;
    }
    if (out.charAt(out.length() - 1) == '-' && Character.isLowerCase(line.codePointAt(0))) {
      Matcher tail = TAIL.matcher(out);
      Matcher head = HEAD.matcher(line);
      if (tail.find() && head.find()) {
        String before = tail.group(1);
        int dash = before.lastIndexOf('-');
        String part = dash >= 0 ? before.substring(dash + 1) : before;
        if (!keepHyphen(part, head.group(1), before)) {
          out.setLength(out.length() - 1);
        }
        out.append(line);
        return;
      }
    }
    char last = out.charAt(out.length() - 1);
    boolean joiner = last == '-' || last == '\u2013' || last == '/';
    if (joiner && out.length() >= 2 && Character.isLetterOrDigit(out.charAt(out.length() - 2))
        && Character.isLetterOrDigit(line.codePointAt(0))) {
      out.append(line);
      return;
    }
    out.append(' ').append(line);
  }

  private boolean keepHyphen(String part, String next, String whole) {
    boolean compoundish = part.chars().anyMatch(Character::isDigit)
        || part.substring(1).chars().anyMatch(Character::isUpperCase);
    String joined = (part + next).toLowerCase(Locale.ROOT);
    String hyphened = (part + "-" + next).toLowerCase(Locale.ROOT);
    int joinedCount = words.getOrDefault(joined, 0);
    int hyphenedCount = words.getOrDefault(hyphened, 0);
    if (joinedCount > 0 && joinedCount >= hyphenedCount) {
      return false;
    }
    if (hyphenedCount > 0) {
      return true;
    }
    if (part.length() >= 3 && COMPOUND_HEADS.contains(next.toLowerCase(Locale.ROOT))) {
      return true;
    }
    boolean twoWords = part.length() >= 3 && next.length() >= 3
        && words.getOrDefault(part.toLowerCase(Locale.ROOT), 0) >= 2
        && words.getOrDefault(next.toLowerCase(Locale.ROOT), 0) >= 2;
    return (compoundish || twoWords) && !whole.isEmpty();
  }

  private static Set<String> compoundHeads() {
    return Set.copyOf(TsvResource.firstColumn("org/litmine/pipeline/read/compound_heads.tsv"));
  }
}
