package org.litmine.pipeline.read;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * An independent look at a PDF's running heads for tests: the first and last lines of each page as PDFBox's plain
 * stripper sorts them, kept when the same line (digits blanked) opens or closes at least half of the pages.
 */
final class RunningHeads {

  private RunningHeads() {}

  static Set<String> of(File pdfFile) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    int pages;
    try (PDDocument pdf = Loader.loadPDF(pdfFile)) {
      pages = pdf.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        List<String> lines = stripper.getText(pdf).strip().lines().map(String::strip)
            .filter(l -> !l.isEmpty()).toList();
        Set<String> edges = new HashSet<>();
        if (!lines.isEmpty()) {
          edges.add(shape(lines.get(0)));
          edges.add(shape(lines.get(lines.size() - 1)));
        }
        edges.forEach(e -> counts.merge(e, 1, Integer::sum));
      }
    }
    Set<String> heads = new HashSet<>();
    int threshold = Math.max(2, pages / 2);
    counts.forEach((line, n) -> {
      if (n >= threshold && line.length() >= 8) {
        heads.add(line);
      }
    });
    return heads;
  }

  static String shape(String text) {
    return text.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }
}
