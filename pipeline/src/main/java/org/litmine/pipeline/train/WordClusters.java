package org.litmine.pipeline.train;

import edu.stanford.nlp.process.WordShapeClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word classes from unlabelled text by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998),
 * with the predictive class-bigram objective of Uszkoreit and Brants (2008) taken in both directions (Dehdari, Tan and
 * van Genabith 2016): a word's class should be predictable from the word before it and from the word after it. Each
 * pass moves every word, most frequent first, to the class that most raises the likelihood
 * {@code Σ_{u,c} N(u,c) log N(u,c) − Σ_c N(c) log N(c)} of each direction ({@code N(u,c)}: how often word {@code u}
 * is next to a word of class {@code c}); passes repeat until few words move.
 *
 * <p>Words are keyed as CoreNLP's {@code useDistSim} looks them up with {@code casedDistSim=false} and
 * {@code numberEquivalenceDistSim=true} ({@link #key}: lower case, every digit a 9), so the cluster file and the
 * tagger's lookup agree. Words seen fewer than {@code minCount} times share one token and get no class. Everything is
 * counted in integers and visited in a fixed order (count, then the word), so the same text gives the same classes.
 */
public final class WordClusters {

  /** The fewest occurrences a word needs to get a class. */
  public static final int MIN_COUNT = 2;

  /** The most passes over the words. */
  public static final int MAX_PASSES = 20;

  private static final String RARE = "<rare>";
  private static final String BOUNDARY = "<s>";

  private final int classes;
  private final int minCount;
  private final int maxPasses;

  /** Classes to find, the fewest occurrences a word needs to get one, and the most passes over the words. */
  public WordClusters(int classes, int minCount, int maxPasses) {
    if (classes < 2 || minCount < 1 || maxPasses < 1) {
      throw new IllegalArgumentException("need classes >= 2, minCount >= 1, maxPasses >= 1");
    }
    this.classes = classes;
    this.minCount = minCount;
    this.maxPasses = maxPasses;
  }

  /** The key a word is clustered and looked up under: lower case, each digit a 9 (CoreNLP's digit shape). */
  public static String key(String word) {
    return WordShapeClassifier.wordShape(word.toLowerCase(Locale.ROOT), WordShapeClassifier.WORDSHAPEDIGITS);
  }

  /** The class of each word seen at least {@code minCount} times (keyed by {@link #key}), sorted by word. */
  public TreeMap<String, Integer> cluster(List<List<String>> sentences) {
    Vocabulary v = Vocabulary.of(sentences, minCount);
    Counts counts = Counts.of(v, sentences);
    int[] classOf = new int[v.size()];
    for (int w = 0; w < classOf.length; w++) {
      classOf[w] = w % classes;
    }
    Exchange exchange = new Exchange(counts, classOf, classes);
    for (int pass = 0; pass < maxPasses; pass++) {
      int moved = exchange.pass();
      if (moved <= v.size() / 1000) {
        break;
      }
    }
    TreeMap<String, Integer> out = new TreeMap<>();
    for (int w = 0; w < v.size(); w++) {
      String word = v.words.get(w);
      if (!word.equals(RARE) && !word.equals(BOUNDARY)) {
        out.put(word, classOf[w]);
      }
    }
    return out;
  }

  /** The cluster file CoreNLP's {@code distSimLexicon} reads: {@code word<TAB>class} a line, sorted by word. */
  public static String lexicon(Map<String, Integer> clusters) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(clusters).forEach((word, c) -> text.append(word).append('\t').append(c).append('\n'));
    return text.toString();
  }

  /** Word ids, most frequent first (ties by the word); rare words share one id. */
  private record Vocabulary(List<String> words, Map<String, Integer> ids) {

    static Vocabulary of(List<List<String>> sentences, int minCount) {
      Map<String, Integer> counts = new HashMap<>();
      for (List<String> s : sentences) {
        for (String word : s) {
          counts.merge(key(word), 1, Integer::sum);
        }
      }
      List<String> words = new ArrayList<>();
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() >= minCount) {
          words.add(e.getKey());
        }
      }
      words.add(RARE);
      words.add(BOUNDARY);
      words.sort(Comparator.comparing((String w) -> -counts.getOrDefault(w, 0)).thenComparing(w -> w));
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; i < words.size(); i++) {
        ids.put(words.get(i), i);
      }
      return new Vocabulary(List.copyOf(words), ids);
    }

    int size() {
      return words.size();
    }

    int id(String word) {
      Integer id = ids.get(key(word));
      return id == null ? ids.get(RARE) : id;
    }
  }

  /** Bigram counts as sparse lists: each word's left and right neighbours with how often each was seen there. */
  private record Counts(int[][] left, int[][] leftCount, int[][] right, int[][] rightCount, int total) {

    static Counts of(Vocabulary v, List<List<String>> sentences) {
      int boundary = v.ids().get(BOUNDARY);
      List<Map<Integer, Integer>> lefts = new ArrayList<>();
      List<Map<Integer, Integer>> rights = new ArrayList<>();
      for (int w = 0; w < v.size(); w++) {
        lefts.add(new HashMap<>());
        rights.add(new HashMap<>());
      }
      int total = 0;
      for (List<String> s : sentences) {
        int previous = boundary;
        for (int i = 0; i <= s.size(); i++) {
          int current = i < s.size() ? v.id(s.get(i)) : boundary;
          lefts.get(current).merge(previous, 1, Integer::sum);
          rights.get(previous).merge(current, 1, Integer::sum);
          previous = current;
          total++;
        }
      }
      int n = v.size();
      int[][] left = new int[n][];
      int[][] leftCount = new int[n][];
      int[][] right = new int[n][];
      int[][] rightCount = new int[n][];
      for (int w = 0; w < n; w++) {
        left[w] = sortedKeys(lefts.get(w));
        leftCount[w] = valuesOf(lefts.get(w), left[w]);
        right[w] = sortedKeys(rights.get(w));
        rightCount[w] = valuesOf(rights.get(w), right[w]);
      }
      return new Counts(left, leftCount, right, rightCount, total);
    }

    private static int[] sortedKeys(Map<Integer, Integer> m) {
      int[] keys = m.keySet().stream().mapToInt(Integer::intValue).toArray();
      Arrays.sort(keys);
      return keys;
    }

    private static int[] valuesOf(Map<Integer, Integer> m, int[] keys) {
      int[] values = new int[keys.length];
      for (int i = 0; i < keys.length; i++) {
        values[i] = m.get(keys[i]);
      }
      return values;
    }
  }

  /**
   * The exchange passes. {@code toRight[u][c]}: how often a word of class {@code c} follows {@code u};
   * {@code toLeft[u][c]}: how often one precedes it; {@code sizeRight[c]} and {@code sizeLeft[c]}: how often a word of
   * class {@code c} is the right, or the left, word of a bigram.
   */
  private static final class Exchange {

    private final Counts counts;
    private final int[] classOf;
    private final int classes;
    private final int[][] toRight;
    private final int[][] toLeft;
    private final long[] sizeRight;
    private final long[] sizeLeft;
    private final double[] xLogX;

    Exchange(Counts counts, int[] classOf, int classes) {
      this.counts = counts;
      this.classOf = classOf;
      this.classes = classes;
      int n = classOf.length;
      toRight = new int[n][classes];
      toLeft = new int[n][classes];
      sizeRight = new long[classes];
      sizeLeft = new long[classes];
      for (int w = 0; w < n; w++) {
        for (int k = 0; k < counts.right()[w].length; k++) {
          int next = counts.right()[w][k];
          int c = counts.rightCount()[w][k];
          toRight[w][classOf[next]] += c;
          toLeft[next][classOf[w]] += c;
          sizeRight[classOf[next]] += c;
          sizeLeft[classOf[w]] += c;
        }
      }
      xLogX = new double[counts.total() + 2];
      for (int x = 1; x < xLogX.length; x++) {
        xLogX[x] = x * Math.log(x);
      }
    }

    private double f(long x) {
      return x < xLogX.length ? xLogX[(int) x] : x * Math.log(x);
    }

    /** One pass over the words, most frequent first; returns how many moved. */
    int pass() {
      int moved = 0;
      double[] gain = new double[classes];
      for (int w = 0; w < classOf.length; w++) {
        int from = classOf[w];
        Arrays.fill(gain, 0);
        // w's left neighbours see w's class on their right; its right neighbours see it on their left.
        long asRight = addGains(gain, toRight, counts.left()[w], counts.leftCount()[w], from);
        long asLeft = addGains(gain, toLeft, counts.right()[w], counts.rightCount()[w], from);
        int best = from;
        double bestGain = 1e-9;
        for (int c = 0; c < classes; c++) {
          if (c == from) {
            continue;
          }
          double g = gain[c] - (f(sizeRight[from] - asRight) - f(sizeRight[from]) + f(sizeRight[c] + asRight)
              - f(sizeRight[c])) - (f(sizeLeft[from] - asLeft) - f(sizeLeft[from]) + f(sizeLeft[c] + asLeft)
              - f(sizeLeft[c]));
          if (g > bestGain) {
            bestGain = g;
            best = c;
          }
        }
        if (best != from) {
          move(w, from, best, asRight, asLeft);
          moved++;
        }
      }
      return moved;
    }

    /**
     * Adds to {@code gain[c]} what moving a word from class {@code from} to {@code c} gains on its neighbours' rows
     * (each neighbour seen {@code times[k]} times beside it); returns how often the word was seen beside them.
     */
    private long addGains(double[] gain, int[][] rows, int[] neighbours, int[] times, int from) {
      long total = 0;
      for (int k = 0; k < neighbours.length; k++) {
        int[] row = rows[neighbours[k]];
        int n = times[k];
        total += n;
        double leave = f(row[from] - n) - f(row[from]);
        for (int c = 0; c < classes; c++) {
          gain[c] += c == from ? 0 : leave + f(row[c] + n) - f(row[c]);
        }
      }
      return total;
    }

    /** Moves a word's counts on its neighbours' rows from one class to another. */
    private static void shift(int[][] rows, int[] neighbours, int[] times, int from, int to) {
      for (int k = 0; k < neighbours.length; k++) {
        rows[neighbours[k]][from] -= times[k];
        rows[neighbours[k]][to] += times[k];
      }
    }

    private void move(int w, int from, int to, long asRight, long asLeft) {
      shift(toRight, counts.left()[w], counts.leftCount()[w], from, to);
      shift(toLeft, counts.right()[w], counts.rightCount()[w], from, to);
      sizeRight[from] -= asRight;
      sizeRight[to] += asRight;
      sizeLeft[from] -= asLeft;
      sizeLeft[to] += asLeft;
      classOf[w] = to;
    }
  }
}
