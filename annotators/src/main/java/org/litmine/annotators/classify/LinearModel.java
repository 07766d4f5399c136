package org.litmine.annotators.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multiclass logistic-regression model over string features: one weight per feature and label, and a decision
 * threshold on the probability of any label but the first (the "none" label).
 *
 * <p>The file is text, so that a retrained model shows as a diff: comment lines {@code # labels} (tab-separated,
 * "none" first) and {@code # threshold}, then one line per feature, sorted, with its weight for each label. The
 * same weights always give the same bytes.
 */
public final class LinearModel {

  private static final String LABELS = "# labels\t";
  private static final String THRESHOLD = "# threshold\t";

  private final List<String> labels;
  private final Map<String, double[]> weights;
  private final double threshold;

  public LinearModel(List<String> labels, Map<String, double[]> weights, double threshold) {
    this.labels = List.copyOf(labels);
    this.weights = new HashMap<>(weights);
    this.threshold = threshold;
  }

  public List<String> labels() {
    return labels;
  }

  /** The probability above which a label other than the first is taken. */
  public double threshold() {
    return threshold;
  }

  public LinearModel withThreshold(double newThreshold) {
    return new LinearModel(labels, weights, newThreshold);
  }

  /** The probability of each label (in {@link #labels()} order) for a pair with these features. */
  public double[] probabilities(Collection<String> features) {
    double[] scores = new double[labels.size()];
    for (String feature : features) {
      double[] w = weights.get(feature);
      if (w != null) {
        for (int k = 0; k < scores.length; k++) {
          scores[k] += w[k];
        }
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int k = 0; k < scores.length; k++) {
      scores[k] = Math.exp(scores[k] - max);
      sum += scores[k];
    }
    for (int k = 0; k < scores.length; k++) {
      scores[k] /= sum;
    }
    return scores;
  }

  /** The index of the most probable label other than the first ("none"). */
  public static int bestRelation(double[] probabilities) {
    int best = 1;
    for (int k = 2; k < probabilities.length; k++) {
      if (probabilities[k] > probabilities[best]) {
        best = k;
      }
    }
    return best;
  }

  public static LinearModel read(InputStream in) {
    List<String> labels = null;
    double threshold = 0.5;
    Map<String, double[]> weights = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith(LABELS)) {
          labels = List.of(line.substring(LABELS.length()).split("\t"));
        } else if (line.startsWith(THRESHOLD)) {
          threshold = Double.parseDouble(line.substring(THRESHOLD.length()).strip());
        } else if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          if (labels == null || cols.length != labels.size() + 1) {
            throw new IllegalArgumentException("model line does not have one weight per label: " + line);
          }
          double[] w = new double[labels.size()];
          for (int k = 0; k < w.length; k++) {
            w[k] = Double.parseDouble(cols[k + 1]);
          }
          weights.put(cols[0], w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (labels == null) {
      throw new IllegalArgumentException("model has no '# labels' line");
    }
    return new LinearModel(labels, weights, threshold);
  }

  /** Writes the model; {@code header} lines go first as comments. Returns the number of features written. */
  public int write(Writer out, List<String> header) throws IOException {
    for (String h : header) {
      out.write("# " + h + "\n");
    }
    out.write(LABELS + String.join("\t", labels) + "\n");
    out.write(THRESHOLD + format(threshold) + "\n");
    for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
      List<String> cols = new ArrayList<>();
      cols.add(e.getKey());
      for (double w : e.getValue()) {
        cols.add(format(w));
      }
      out.write(String.join("\t", cols) + "\n");
    }
    return weights.size();
  }

  static String format(double value) {
    String s = String.format(Locale.ROOT, "%.6f", value);
    return s.equals("-0.000000") ? "0.000000" : s;
  }
}
