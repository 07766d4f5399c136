package org.litmine.pipeline.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.litmine.pipeline.output.Json;

/**
 * Adds {@code notes} to a line of {@code documents.jsonl}: one-line remarks on a document that was processed with
 * a limit applied or a defect worked around (sentences split for the parser, a truncated PDF whose readable pages
 * were kept), so that what a limit did is recorded with the document it did it to. The field is left out when there
 * is nothing to say; notes given twice are kept once, in order.
 */
public final class DocumentNotes {

  public static final String FIELD = "notes";

  private DocumentNotes() {}

  /** The document line with {@code notes} appended to its notes (the line itself when there are none). */
  public static String add(String documentLine, List<String> notes) {
    if (notes.isEmpty()) {
      return documentLine;
    }
    try {
      ObjectNode document = (ObjectNode) Json.mapper().readTree(documentLine);
      JsonNode existing = document.get(FIELD);
      ArrayNode all = existing instanceof ArrayNode array ? array : document.putArray(FIELD);
      for (String note : notes) {
        boolean known = false;
        for (JsonNode n : all) {
          known |= n.asText().equals(note);
        }
        if (!known) {
          all.add(note.replaceAll("\\s+", " ").strip());
        }
      }
      return Json.mapper().writeValueAsString(document);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("Not a document JSON line: " + e.getMessage(), e);
    }
  }

  /** The notes of a document line (empty if it has none). */
  public static List<String> of(String documentLine) {
    try {
      JsonNode notes = Json.mapper().readTree(documentLine).get(FIELD);
      return notes == null ? List.of() : java.util.stream.StreamSupport.stream(notes.spliterator(), false)
          .map(JsonNode::asText).toList();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("Not a document JSON line: " + e.getMessage(), e);
    }
  }
}
