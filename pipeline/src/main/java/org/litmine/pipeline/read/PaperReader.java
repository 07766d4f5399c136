package org.litmine.pipeline.read;

import java.nio.file.Path;
import java.util.Optional;
import org.litmine.pipeline.document.Paper;

/** Reads one file of one format into a {@link Paper}. Implementations are stateless and thread-safe. */
public interface PaperReader {

  /** The format name written to {@code documents.jsonl} ({@code pdf}, {@code jats}, {@code text}). */
  String format();

  /** Whether this reader takes files with this (lower-case) name. */
  boolean accepts(String fileName);

  Paper read(Path path, String sha256) throws ReadException;

  /**
   * Why this reader would refuse {@code path}, if a cheap look at its first bytes already tells (an XML file whose
   * root is not the element this reader reads); empty when it may well be readable. Used to choose among the formats
   * of one paper before reading.
   */
  default Optional<String> unlikelyReadable(Path path) {
    return Optional.empty();
  }
}
