package org.litmine.pipeline.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The charts of {@code report.html} as inline SVG, drawn here so the page needs nothing from outside: per-effect
 * precision, recall and F1 bars; the precision–recall curve over confidence thresholds; the effect confusion matrix.
 * Every mark carries a {@code <title>} with its figures, shown on hover.
 */
final class SvgCharts {

  private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#59a14f"};
  private static final String[] MEASURES = {"precision", "recall", "F1"};

  private SvgCharts() {}

  /** Grouped bars: precision, recall and F1 of each effect, on a 0–1 axis. */
  static String effectBars(Map<String, Score> byEffect) {
    int left = 40;
    int top = 30;
    int plotH = 200;
    int group = 100;
    int width = left + Math.max(1, byEffect.size()) * group + 20;
    StringBuilder svg = open(width, top + plotH + 50, "Precision, recall and F1 by effect");
    axisY(svg, left, top, plotH, width - 20);
    for (int m = 0; m < 3; m++) {
      int lx = left + 10 + m * 110;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"17\" font-size=\"12\">%s</text>", lx, COLORS[m], lx + 16, MEASURES[m]));
    }
    int i = 0;
    for (Map.Entry<String, Score> e : byEffect.entrySet()) {
      Score s = e.getValue();
      double[] values = {s.precision(), s.recall(), s.f1()};
      int x0 = left + i * group + 14;
      for (int m = 0; m < 3; m++) {
        double h = values[m] * plotH;
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%.1f\" width=\"22\" height=\"%.1f\" fill=\"%s\"><title>%s %s %.3f</title></rect>",
            x0 + m * 24, top + plotH - h, h, COLORS[m], esc(e.getKey()), MEASURES[m], values[m]));
      }
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>"
              + "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">"
              + "TP %d FP %d FN %d</text>",
          x0 + 35, top + plotH + 16, esc(e.getKey()), x0 + 35, top + plotH + 30, s.tp(), s.fp(), s.fn()));
      i++;
    }
    return svg.append("</svg>\n").toString();
  }

  /** Precision (y) against recall (x), one point per confidence threshold. */
  static String precisionRecall(List<ConfidenceCurve.Point> points) {
    int left = 50;
    int top = 20;
    int size = 300;
    StringBuilder svg = open(left + size + 30, top + size + 50, "Precision-recall curve over confidence thresholds");
    axisY(svg, left, top, size, left + size);
    for (int t = 0; t <= 4; t++) {
      double x = left + t * size / 4.0;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
          + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%.2f</text>",
          x, top, x, top + size, x, top + size + 14, t / 4.0));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">recall"
        + "</text><text x=\"12\" y=\"%d\" font-size=\"12\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">"
        + "precision</text>", left + size / 2, top + size + 34, top + size / 2, top + size / 2));
    StringBuilder line = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (ConfidenceCurve.Point p : points) {
      double x = left + p.score().recall() * size;
      double y = top + size - p.score().precision() * size;
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#4e79a7\"><title>"
          + "confidence ≥ %s: %d predictions, precision %.3f, recall %.3f, F1 %.3f</title></circle>", x, y,
          threshold(p.threshold()), p.predictions(), p.score().precision(), p.score().recall(), p.score().f1()));
    }
    svg.append("<polyline fill=\"none\" stroke=\"#4e79a7\" stroke-width=\"2\" points=\"")
        .append(line.toString().strip()).append("\"/>").append(dots);
    return svg.append("</svg>\n").toString();
  }

  /** Gold effects (rows) against predicted effects (columns); agreeing cells green, confusions red. */
  static String confusion(EffectConfusion.Matrix matrix) {
    List<String> effects = matrix.effects();
    int cell = 56;
    int left = 100;
    int top = 100;
    int max = 1;
    for (String g : effects) {
      for (String p : effects) {
        max = Math.max(max, matrix.count(g, p));
      }
    }
    int n = effects.size();
    StringBuilder svg = open(left + n * cell + 20, top + n * cell + 20, "Effect confusion matrix");
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" font-size=\"12\" text-anchor=\"middle\">"
        + "predicted effect</text><text x=\"12\" y=\"%d\" font-size=\"12\" transform=\"rotate(-90 12 %d)\" "
        + "text-anchor=\"middle\">gold effect</text>", left + n * cell / 2, top + n * cell / 2, top + n * cell / 2));
    for (int j = 0; j < n; j++) {
      int x = left + j * cell + cell / 2;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" transform=\"rotate(-40 %d %d)\""
          + " text-anchor=\"start\">%s</text>", x, top - 6, x, top - 6, esc(effects.get(j))));
    }
    for (int i = 0; i < n; i++) {
      String g = effects.get(i);
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>",
          left - 6, top + i * cell + cell / 2 + 4, esc(g)));
      for (int j = 0; j < n; j++) {
        String p = effects.get(j);
        int c = matrix.count(g, p);
        double alpha = c == 0 ? 0 : 0.15 + 0.85 * c / max;
        String color = i == j ? "89,161,79" : "225,87,89";
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
            + "fill=\"rgba(%s,%.2f)\" stroke=\"#ccc\"><title>gold %s, predicted %s: %d</title></rect>",
            left + j * cell, top + i * cell, cell, cell, color, alpha, esc(g), esc(p), c));
        if (c > 0) {
          svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"middle\">%d"
              + "</text>", left + j * cell + cell / 2, top + i * cell + cell / 2 + 5, c));
        }
      }
    }
    return svg.append("</svg>\n").toString();
  }

  private static StringBuilder open(int width, int height, String label) {
    return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
        + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\">"
        + "<title>%s</title>", width, height, width, height, label, label));
  }

  private static void axisY(StringBuilder svg, int left, int top, int height, int right) {
    for (int t = 0; t <= 4; t++) {
      double y = top + height - t * height / 4.0;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>"
          + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.2f</text>",
          left, y, right, y, t == 0 ? "#888" : "#ddd", left - 4, y + 4, t / 4.0));
    }
  }

  static String threshold(double t) {
    return String.format(Locale.ROOT, "%.3f", t).replaceAll("0+$", "").replaceAll("\\.$", ".0");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
