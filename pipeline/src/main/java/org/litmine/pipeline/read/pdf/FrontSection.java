package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;
import org.litmine.pipeline.document.PaperBuilder;

/**
 * The paragraphs before the first heading (affiliations, dates, an abstract printed without a heading). They go
 * to a section named "Front", except that the longest of them, when it is long enough to be an abstract (60 words
 * or more), goes to a section named "Abstract".
 */
final class FrontSection {

  static final int ABSTRACT_WORDS = 60;

  private final List<String> texts = new ArrayList<>();
  private final List<Integer> pages = new ArrayList<>();
  private boolean emitted;

  void add(String text, int page) {
    texts.add(text);
    pages.add(page);
  }

  /** Adds the paragraphs to a builder that is still in its initial "Front" section. */
  void emit(PaperBuilder builder) {
    if (emitted) {
      return;
    }
    emitted = true;
    int longest = -1;
    int most = ABSTRACT_WORDS - 1;
    for (int i = 0; i < texts.size(); i++) {
      int words = texts.get(i).split("\\s+").length;
      if (words > most) {
        most = words;
        longest = i;
      }
    }
    for (int i = 0; i < texts.size(); i++) {
      if (i == longest) {
        continue;
      }
      builder.paragraph(texts.get(i), pages.get(i));
    }
    if (longest >= 0) {
      builder.heading("Abstract", 1).paragraph(texts.get(longest), pages.get(longest));
    }
  }
}
