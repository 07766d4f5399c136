package org.litmine.pipeline.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A paper as a reader sees it: metadata, body sections made of paragraphs, tables, captions and references.
 *
 * <p>Section and paragraph offsets index the body text, the paragraphs of all sections joined in order by
 * {@link #PARAGRAPH_BREAK}. This is the record written to {@code documents.jsonl}. {@code authors} are the
 * author names as printed, in order (empty when unknown). {@code notes} are one-line remarks on a paper that was
 * processed with a limit applied or a defect worked around (text that could not be decoded, a truncated PDF whose
 * readable pages were kept, sentences split for the parser), left out of the JSON when there are none.
 */
@JsonPropertyOrder({"doc", "path", "sha256", "format", "pages", "title", "authors", "doi", "sections", "tables",
    "captions", "references", "notes"})
public record Paper(
    String doc,
    String path,
    String sha256,
    String format,
    int pages,
    String title,
    List<String> authors,
    String doi,
    List<Section> sections,
    List<Table> tables,
    List<Caption> captions,
    List<Reference> references,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) implements Serializable {

  public static final String PARAGRAPH_BREAK = "\n\n";

  @JsonCreator
  public Paper {
    notes = notes == null ? List.of() : List.copyOf(notes);
    authors = authors == null ? List.of() : List.copyOf(authors);
    sections = List.copyOf(sections);
    tables = List.copyOf(tables);
    captions = List.copyOf(captions);
    references = List.copyOf(references);
  }

  /** A paper the reader had nothing to remark on. */
  public Paper(String doc, String path, String sha256, String format, int pages, String title, List<String> authors,
      String doi, List<Section> sections, List<Table> tables, List<Caption> captions, List<Reference> references) {
    this(doc, path, sha256, format, pages, title, authors, doi, sections, tables, captions, references, List.of());
  }

  /**
   * This paper with {@code more} notes after its own, each on one line (runs of white space made one space) and
   * each kept once, in order; the paper itself when there are none to add.
   */
  public Paper withNotes(List<String> more) {
    List<String> all = new ArrayList<>(notes);
    for (String note : more) {
      String line = note.replaceAll("\\s+", " ").strip();
      if (!all.contains(line)) {
        all.add(line);
      }
    }
    return all.size() == notes.size() ? this
        : new Paper(doc, path, sha256, format, pages, title, authors, doi, sections, tables, captions, references, all);
  }
}
