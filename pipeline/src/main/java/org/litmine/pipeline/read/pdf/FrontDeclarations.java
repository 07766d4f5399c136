package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;
import org.litmine.pipeline.document.PaperBuilder;

/**
 * The declarations a layout prints before the first heading, in the first page's margin box ("Funding: ...",
 * "Competing Interests: ...", labels in {@code front_declaration_labels.tsv}). They are kept apart from the front
 * matter and become sections of their own after the body, where other layouts print them and where JATS readers
 * put them ({@code JatsDeclarations}).
 */
final class FrontDeclarations {

  private static final Pattern LABEL = labels("org/litmine/pipeline/read/front_declaration_labels.tsv");

  private record Declaration(String name, String text, int page) {}

  private final List<Declaration> found = new ArrayList<>();

  private static Pattern labels(String resource) {
    List<String> labels = TsvResource.firstColumn(resource).stream().map(Pattern::quote).toList();
    return Pattern.compile("^(" + String.join("|", labels) + ")\\s*:\\s*(\\S.*)$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  /** Whether a line opens a declaration: a label of the list and a colon. */
  boolean opens(String line) {
    return LABEL.matcher(line.strip()).matches();
  }

  /** Keeps the paragraph when it is a declaration, and says whether it was. */
  boolean take(String paragraph, int page) {
    Matcher m = LABEL.matcher(paragraph.strip());
    if (!m.matches()) {
      return false;
    }
    found.add(new Declaration(m.group(1), m.group(2), page));
    return true;
  }

  /** Adds the declarations kept, each a section, in the order they were printed. */
  void emit(PaperBuilder builder) {
    for (Declaration d : found) {
      builder.heading(d.name(), 1).paragraph(d.text(), d.page());
    }
    found.clear();
  }
}
