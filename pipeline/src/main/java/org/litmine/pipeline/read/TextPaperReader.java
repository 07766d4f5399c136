package org.litmine.pipeline.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.PaperBuilder;

/** Reads plain UTF-8 text: paragraphs are separated by blank lines; the first line is the title. */
public final class TextPaperReader implements PaperReader {

  @Override
  public String format() {
    return "text";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.endsWith(".txt");
  }

  @Override
  public Paper read(Path path, String sha256) throws ReadException {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(path);
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ReadException("not UTF-8 text", e);
    } catch (IOException e) {
      throw new ReadException("cannot read file: " + e.getMessage(), e);
    }
    if (text.isBlank()) {
      throw new ReadException("empty file: no text");
    }
    PaperBuilder builder = new PaperBuilder().heading("Body", 1);
    String title = null;
    for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
      String paragraph = block.strip().replaceAll("\\s*\n\\s*", " ");
      if (title == null && !paragraph.isEmpty()) {
        title = paragraph.lines().findFirst().orElse(paragraph);
      }
      builder.paragraph(paragraph, 0);
    }
    Optional<String> doi = DocIds.doiIn(text.substring(0, Math.min(text.length(), 2000)));
    return builder.build(DocIds.of(path, doi), path.toString(), sha256, format(), 0, title, doi.orElse(null));
  }
}
