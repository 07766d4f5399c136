package org.litmine.pipeline.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.document.Caption;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.document.Table;

/**
 * The sentences a run extracted from a document (body paragraphs split at sentence ends, table rows with their
 * cells joined by spaces, captions), searched for the one nearest to a gold sentence by word overlap.
 *
 * <p>Words are runs of letters and digits, lowercased, compared as sets. The nearest sentence has the highest Dice
 * coefficient with the gold sentence; its {@code coverage} is the share of the gold sentence's words it holds.
 */
public final class NearestSentence {

  /** The nearest sentence, its section, and the share of the gold sentence's words found in it. */
  public record Found(String sentence, String section, double coverage) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}(\\[])");

  private record Candidate(String text, String section, Set<String> words) {}

  private final List<Candidate> candidates = new ArrayList<>();

  public NearestSentence(List<Paper> papers) {
    for (Paper paper : papers) {
      for (Section section : paper.sections()) {
        for (Paragraph paragraph : section.paragraphs()) {
          for (String sentence : SENTENCE_END.split(paragraph.text())) {
            add(sentence, section.name());
          }
        }
      }
      for (Table table : paper.tables()) {
        add(table.caption(), table.label());
        table.rows().forEach(row -> add(String.join(" ", row), table.label()));
      }
      for (Caption caption : paper.captions()) {
        add(caption.text(), caption.label());
      }
    }
  }

  private void add(String text, String section) {
    if (text != null && !text.isBlank()) {
      candidates.add(new Candidate(text.strip().replaceAll("\\s+", " "), section, words(text)));
    }
  }

  /** The nearest extracted sentence, or null when the run extracted no text. */
  public Found find(String goldSentence) {
    Set<String> gold = words(goldSentence == null ? "" : goldSentence);
    Candidate best = null;
    double bestDice = -1;
    int bestShared = 0;
    for (Candidate c : candidates) {
      int shared = shared(gold, c.words());
      double dice = gold.size() + c.words().size() == 0 ? 0 : 2.0 * shared / (gold.size() + c.words().size());
      if (dice > bestDice) {
        best = c;
        bestDice = dice;
        bestShared = shared;
      }
    }
    if (best == null) {
      return null;
    }
    return new Found(best.text(), best.section(), gold.isEmpty() ? 0 : (double) bestShared / gold.size());
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) {
      if (b.contains(w)) {
        n++;
      }
    }
    return n;
  }

  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Whether {@code surface} occurs in {@code sentence}, ignoring case, not inside a longer word. */
  public static boolean mentions(String sentence, String surface) {
    if (sentence == null || surface == null || surface.isBlank()) {
      return false;
    }
    String s = sentence.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String f = surface.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    for (int i = s.indexOf(f); i >= 0; i = s.indexOf(f, i + 1)) {
      int end = i + f.length();
      boolean startOk = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
      boolean endOk = end == s.length() || !Character.isLetterOrDigit(s.charAt(end));
      if (startOk && endOk) {
        return true;
      }
    }
    return false;
  }
}
