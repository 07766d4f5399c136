package org.litmine.annotators.ner.tagged;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Repairs a BIO tagger's spans where a sentence's own text shows them incomplete: a short form in brackets after a
 * tagged long form ("tissue plasminogen activator ( TPA )") is tagged when its letters spell the long form's
 * (Schwartz and Hearst 2003), and a span with an unclosed bracket takes the closing bracket right after it or drops a
 * bracket left dangling at its edge. It reads the words and labels ({@code B-}type, {@code I-}type, {@code O}) as
 * the tagger gives them; {@link MentionTagger} and litmine's trainer ({@code ./litmine train mentions}, which scores
 * the spans) both repair a BIO tagger's labels, so the scores are those of the spans the annotators find. IO taggers
 * (the chemical one) are left as they are.
 */
public final class SpanRepair {

  /** The most tokens a bracketed short form may have. */
  private static final int MAX_SHORT = 4;

  private SpanRepair() {}

  /**
   * The labels of a BIO tagger with the repairs made (the type read from its {@code B-} labels); the labels as they
   * are where none is {@code B-} (an IO tagger's, or a sentence without spans).
   */
  public static List<String> repair(List<String> words, List<String> labels) {
    for (String l : labels) {
      if (l.startsWith("B-")) {
        return repair(words, labels, l.substring(2));
      }
    }
    return labels;
  }

  /** The labels with the repairs made; {@code label} is the type's name ({@code GENE}). */
  public static List<String> repair(List<String> words, List<String> labels, String label) {
    return brackets(words, shortForms(words, labels, label), label);
  }

  /** "LONG ( SHORT )": LONG a span ending before the bracket, SHORT all the bracket holds, untagged. */
  static List<String> shortForms(List<String> words, List<String> labels, String label) {
    List<String> out = new ArrayList<>(labels);
    for (int[] span : spans(labels)) {
      int open = span[1];
      if (open + 2 >= words.size() || !words.get(open).equals("(") || !geneShaped(words.get(open + 1))) {
        continue;
      }
      int close = -1;
      for (int k = open + 1; k < Math.min(words.size(), open + 2 + MAX_SHORT); k++) {
        if (words.get(k).equals(")")) {
          close = k;
          break;
        }
      }
      if (close < 0) {
        continue;
      }
      boolean fits = true;
      StringBuilder shortForm = new StringBuilder();
      for (int k = open + 1; k < close; k++) {
        String w = words.get(k);
        fits &= labels.get(k).equals("O") && !w.equals(",") && !w.equals(";") && !w.equals("=") && !w.equals("(");
        shortForm.append(w);
      }
      if (fits && longFormStart(words, open, shortForm.toString()) >= span[0]) {
        mark(out, open + 1, close, label);
      }
    }
    return out;
  }

  /**
   * A span holding one unclosed "(" takes the ")" right after it; one ending in "(" drops it; one starting with ")"
   * drops it.
   */
  static List<String> brackets(List<String> words, List<String> labels, String label) {
    List<String> out = new ArrayList<>(labels);
    for (int[] span : spans(labels)) {
      int begin = span[0];
      int end = span[1];
      int depth = 0;
      for (int k = begin; k < end; k++) {
        depth += words.get(k).equals("(") ? 1 : words.get(k).equals(")") ? -1 : 0;
      }
      if (depth == 1 && end < words.size() && words.get(end).equals(")") && labels.get(end).equals("O")) {
        mark(out, begin, end + 1, label);
      } else if (depth == 1 && words.get(end - 1).equals("(")) {
        out.set(end - 1, "O");
      } else if (depth == -1 && words.get(begin).equals(")") && begin + 1 < end) {
        out.set(begin, "O");
        out.set(begin + 1, "B-" + label);
      }
    }
    return out;
  }

  /**
   * Where the long form of {@code shortForm} begins among the words before {@code end} (Schwartz and Hearst: each
   * letter or digit of the short form found in order from the right, its first at the start of a word), or -1.
   */
  static int longFormStart(List<String> words, int end, String shortForm) {
    String letters = shortForm.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    if (letters.length() < 2) {
      return -1;
    }
    int first = Math.max(0, end - Math.min(letters.length() + 5, letters.length() * 2));
    for (int k = first; k < end; k++) {
      if (words.get(k).equals("(") || words.get(k).equals(")") || words.get(k).equals(";")) {
        first = k + 1;
      }
    }
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (int k = first; k < end; k++) {
      if (k > first) {
        text.append(' ');
      }
      starts.add(text.length());
      text.append(words.get(k).toLowerCase(Locale.ROOT));
    }
    int s = letters.length() - 1;
    int t = text.length() - 1;
    while (s >= 0) {
      char c = letters.charAt(s);
      while (t >= 0 && (text.charAt(t) != c
          || s == 0 && t > 0 && Character.isLetterOrDigit(text.charAt(t - 1)))) {
        t--;
      }
      if (t < 0) {
        return -1;
      }
      s--;
      t--;
    }
    for (int k = starts.size() - 1; k >= 0; k--) {
      if (starts.get(k) <= t + 1) {
        return first + k;
      }
    }
    return -1;
  }

  /** A word that can be a gene's short form: two characters or more, a letter first, an upper-case letter or digit. */
  static boolean geneShaped(String word) {
    if (word.length() < 2 || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    return word.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /** Spans as [begin, end) of token indexes: a {@code B-} label, or an {@code I-} after {@code O}, and the I-s after. */
  static List<int[]> spans(List<String> labels) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < labels.size()) {
      if (labels.get(i).equals("O")) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < labels.size() && labels.get(j).startsWith("I-")) {
        j++;
      }
      out.add(new int[] {i, j});
      i = j;
    }
    return out;
  }

  private static void mark(List<String> labels, int begin, int end, String label) {
    labels.set(begin, "B-" + label);
    for (int k = begin + 1; k < end; k++) {
      labels.set(k, "I-" + label);
    }
    if (end < labels.size() && labels.get(end).startsWith("I-")) {
      labels.set(end, "B-" + label);
    }
  }
}
