package org.litmine.pipeline.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.List;

/**
 * A paper as a reader sees it: metadata, body sections made of paragraphs, tables, captions and references.
 *
 * <p>Section and paragraph offsets index the body text, the paragraphs of all sections joined in order by
 * {@link #PARAGRAPH_BREAK}. This is the record written to {@code documents.jsonl}. {@code authors} are the
 * author names as printed, in order (empty when unknown). {@code notes} are the reader's one-line remarks on what it
 * could not read as it should (text that could not be decoded), left out of the JSON when there are none.
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
}
