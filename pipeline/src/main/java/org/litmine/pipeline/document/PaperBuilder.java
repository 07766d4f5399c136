package org.litmine.pipeline.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a {@link Paper} from headings and paragraphs in reading order, computing the offsets of each section
 * and paragraph in the body text. Readers of every format use it, so offsets mean the same everywhere.
 */
public final class PaperBuilder {

  private final List<Section> sections = new ArrayList<>();
  private final List<Table> tables = new ArrayList<>();
  private final List<Caption> captions = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private final List<String> authors = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private String sectionName = "Front";
  private int sectionLevel = 1;
  private List<Paragraph> paragraphs = new ArrayList<>();
  private int sectionStart = 0;
  private int offset = 0;

  /**
   * Starts a new section. An empty section before it is dropped, unless this one is nested deeper (a level-1
   * heading whose text is all in level-2 subsections is kept, empty, so its heading is not lost).
   */
  public PaperBuilder heading(String name, int level) {
    if (paragraphs.isEmpty() && level > sectionLevel && !(sections.isEmpty() && sectionName.equals("Front"))) {
      sections.add(new Section(sectionName, sectionLevel, offset, offset, List.of()));
    }
    closeSection();
    sectionName = name;
    sectionLevel = level;
    return this;
  }

  /** Adds a paragraph to the current section; blank text is ignored. */
  public PaperBuilder paragraph(String text, int page) {
    String clean = text.strip();
    if (clean.isEmpty()) {
      return this;
    }
    if (offset > 0) {
      offset += Paper.PARAGRAPH_BREAK.length();
    }
    if (paragraphs.isEmpty()) {
      sectionStart = offset;
    }
    paragraphs.add(new Paragraph(page, offset, offset + clean.length(), clean));
    offset += clean.length();
    return this;
  }

  public PaperBuilder table(Table table) {
    tables.add(table);
    return this;
  }

  public PaperBuilder caption(Caption caption) {
    captions.add(caption);
    return this;
  }

  public PaperBuilder reference(Reference reference) {
    references.add(reference);
    return this;
  }

  /** Sets the author names, in order. */
  public PaperBuilder authors(List<String> names) {
    authors.clear();
    authors.addAll(names);
    return this;
  }

  /** Adds a one-line remark on what the reader could not read as it should. */
  public PaperBuilder note(String note) {
    notes.add(note);
    return this;
  }

  private void closeSection() {
    if (!paragraphs.isEmpty()) {
      sections.add(new Section(sectionName, sectionLevel, sectionStart, offset, paragraphs));
    }
    paragraphs = new ArrayList<>();
  }

  public Paper build(String doc, String path, String sha256, String format, int pages, String title, String doi) {
    closeSection();
    return new Paper(doc, path, sha256, format, pages, title, authors, doi, sections, tables, captions, references,
        notes);
  }
}
