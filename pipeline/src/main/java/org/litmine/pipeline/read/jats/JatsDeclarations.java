package org.litmine.pipeline.read.jats;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;
import org.litmine.pipeline.document.PaperBuilder;
import org.w3c.dom.Element;

/**
 * The declarations a JATS article keeps in its metadata but prints as back-matter sections: author contributions,
 * competing interests and funding ({@code author-notes/fn} by {@code fn-type}, {@code funding-statement}), which
 * types are which in {@code declaration_notes.tsv}. Each becomes a section, so a paper read from its XML has the
 * sections its PDF shows. A note's own title or bold run-in label ("Competing interests: ...") names its section.
 */
final class JatsDeclarations {

  private static final String FUNDING_STATEMENT = "funding-statement";
  private static final Map<String, String> NAMES = load("org/litmine/pipeline/read/jats/declaration_notes.tsv");
  private static final Pattern RUN_IN_LABEL = Pattern.compile("^([^:.]{3,60})[:.]\\s*(.*)$", Pattern.DOTALL);

  private JatsDeclarations() {}

  private static Map<String, String> load(String resource) {
    Map<String, String> out = new HashMap<>();
    TsvResource.read(resource, columns -> out.put(columns[0], columns[1]));
    return Map.copyOf(out);
  }

  /** Adds a section for each declaration in {@code meta}, in document order, notes before funding statements. */
  static void add(PaperBuilder builder, Element meta) {
    for (Element notes : JatsXml.children(meta, "author-notes")) {
      for (Element fn : JatsXml.children(notes, "fn")) {
        String name = NAMES.get(fn.getAttribute("fn-type"));
        if (name != null) {
          declaration(builder, fn, name);
        }
      }
    }
    for (Element funding : JatsXml.children(meta, "funding-group")) {
      boolean first = true;
      for (Element statement : JatsXml.children(funding, FUNDING_STATEMENT)) {
        String text = JatsXml.text(statement, false);
        if (text.isEmpty()) {
          continue;
        }
        if (first) {
          builder.heading(NAMES.get(FUNDING_STATEMENT), 1);
          first = false;
        }
        builder.paragraph(text, 0);
      }
    }
  }

  private static void declaration(PaperBuilder builder, Element fn, String fallbackName) {
    Element title = JatsXml.child(fn, "title");
    String name = title == null ? fallbackName : JatsXml.text(title, false);
    boolean headed = false;
    for (Element p : JatsXml.children(fn, "p")) {
      String text = JatsXml.text(p, false);
      if (!headed && title == null) {
        Element bold = JatsXml.child(p, "bold");
        Matcher label = RUN_IN_LABEL.matcher(text);
        if (bold != null && text.startsWith(JatsXml.text(bold, false)) && label.matches()) {
          name = label.group(1).strip();
          text = label.group(2);
        }
      }
      if (text.isEmpty()) {
        continue;
      }
      if (!headed) {
        builder.heading(name, 1);
        headed = true;
      }
      builder.paragraph(text, 0);
    }
  }
}
