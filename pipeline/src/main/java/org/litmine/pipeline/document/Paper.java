package org.litmine.pipeline.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.List;

/**
 * A paper as a reader sees it: metadata, body sections made of paragraphs, tables, captions and references.
 *
 * <p>Section and paragraph offsets index the body text, the paragraphs of all sections joined in order by
 * {@link #PARAGRAPH_BREAK}. This is the record written to {@code documents.jsonl}. {@code authors} are the
 * author names as printed, in order (empty when unknown).
 */
@JsonPropertyOrder({"doc", "path", "sha256", "format", "pages", "title", "authors", "doi", "sections", "tables",
    "captions", "references"})
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
    List<Reference> references) implements Serializable {

  public static final String PARAGRAPH_BREAK = "\n\n";

  public Paper {
    authors = authors == null ? List.of() : List.copyOf(authors);
    sections = List.copyOf(sections);
    tables = List.copyOf(tables);
    captions = List.copyOf(captions);
    references = List.copyOf(references);
  }
}
