package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * Longest-match lookup of a lexicon over a short text: at each word, the longest run of up to four words the
 * lexicon lists. Words are letter-digit runs that may hold inner hyphens and apostrophes ("5-FU", "MK-0646").
 */
final class SpanFinder {

  /** A span of text a lexicon lists: offsets, the text as written and its identifiers. */
  record Span(int start, int end, String text, List<String> ids) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'-]*[\\p{L}\\p{N}])?");
  private static final int MAX_WORDS = 4;

  private SpanFinder() {}

  /** The word spans of text as [start, end) pairs. */
  static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    return words;
  }

  /** The spans of text the lexicon lists, left to right, longest first at each word, not overlapping. */
  static List<Span> find(Lexicon lexicon, String text) {
    List<Span> spans = new ArrayList<>();
    List<int[]> words = words(text);
    int i = 0;
    while (i < words.size()) {
      int taken = 0;
      for (int n = Math.min(MAX_WORDS, words.size() - i); n > 0; n--) {
        String surface = text.substring(words.get(i)[0], words.get(i + n - 1)[1]);
        var ids = lexicon.lookup(surface);
        if (ids.isPresent()) {
          spans.add(new Span(words.get(i)[0], words.get(i + n - 1)[1], surface, ids.get()));
          taken = n;
          break;
        }
      }
      i += Math.max(1, taken);
    }
    return spans;
  }
}
