package org.litmine.pipeline.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.PaperBuilder;
import org.litmine.pipeline.document.Reference;

/**
 * Reads plain UTF-8 text: paragraphs are separated by blank lines; the first paragraph is the title, or its first line
 * where the text follows on the next line unwrapped ("Title\nBACKGROUND: ..."). A later paragraph of one short line
 * (at most {@value #HEADING_WORDS} words, not ending in a full stop, comma, colon or semicolon, and with no value after
 * a colon inside it) is a heading and opens a section, the first section being "Body". After a heading that opens the
 * reference list ("References", "Bibliography"), each line up to the next heading is an entry of the list ("12. ...",
 * "[12] ...", "- ..."), kept out of the prose.
 */
public final class TextPaperReader implements PaperReader {

  static final int HEADING_WORDS = 10;
  /** Longer than any line of hard-wrapped text. */
  private static final int UNWRAPPED_LINE = 200;
  /** A label and the value after it, inside a line: "Identifier: NCT02919969". */
  private static final Pattern LABELLED_VALUE = Pattern.compile(":\\s+\\S");
  private static final Pattern ENTRY = Pattern.compile("^(?:-\\s+|\\[(\\d+)]\\s*|(\\d+)\\.\\s+)?(.*)$");

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
    boolean inReferences = false;
    for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
      String stripped = block.strip();
      if (title != null && isHeading(stripped) && !(inReferences && isMarkedEntry(stripped))) {
        inReferences = ReferenceHeadings.opensReferences(stripped);
        if (!inReferences) {
          builder.heading(stripped, 1);
        }
        continue;
      }
      if (inReferences) {
        stripped.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> builder.reference(entry(l)));
        continue;
      }
      if (title == null && !stripped.isEmpty()) {
        title = firstBlockTitle(stripped);
        if (!title.equals(stripped)) {
          builder.paragraph(title, 0);
          stripped = stripped.substring(title.length()).strip();
        }
      }
      builder.paragraph(oneLine(stripped), 0);
    }
    Optional<String> doi = DocIds.doiIn(text.substring(0, Math.min(text.length(), 2000)));
    return builder.build(DocIds.of(path, doi), path.toString(), sha256, format(), 0, title, doi.orElse(null));
  }

  /**
   * The title of the first block: its first line where a later line of the block is a whole paragraph of unwrapped
   * text (longer than {@value #UNWRAPPED_LINE} characters: a title line with the abstract on the next line), else the
   * block's lines joined (a title wrapped over lines).
   */
  private static String firstBlockTitle(String block) {
    List<String> lines = block.lines().toList();
    return lines.size() > 1 && lines.stream().skip(1).anyMatch(l -> l.length() > UNWRAPPED_LINE) ? lines.get(0).strip()
        : oneLine(block);
  }

  /** A block's lines joined by single spaces. */
  private static String oneLine(String block) {
    return block.replaceAll("\\s*\n\\s*", " ");
  }

  /**
   * A block of one short line that does not end as a sentence or a clause does, nor gives a value after a colon
   * ("TRIAL REGISTRATION ClinicalTrials.gov Identifier: NCT02919969" is a paragraph).
   */
  static boolean isHeading(String block) {
    if (block.isEmpty() || block.contains("\n") || !block.codePoints().anyMatch(Character::isLetter)
        || LABELLED_VALUE.matcher(block).find()) {
      return false;
    }
    char last = block.charAt(block.length() - 1);
    return block.split("\\s+").length <= HEADING_WORDS && ".,:;".indexOf(last) < 0
        && (Character.isUpperCase(block.codePointAt(0)) || Character.isDigit(block.codePointAt(0)));
  }

  /** A reference-list line that starts with its mark ("- ", "12. ", "[12]"). */
  private static boolean isMarkedEntry(String line) {
    Matcher m = ENTRY.matcher(line);
    return m.matches() && m.end(3) - m.start(3) < line.length();
  }

  /** A line of the reference list: its number where it has one ("12. ...", "[12] ..."), else 0. */
  static Reference entry(String line) {
    Matcher m = ENTRY.matcher(line);
    m.matches();
    String number = m.group(1) != null ? m.group(1) : m.group(2);
    return new Reference(number == null ? 0 : Integer.parseInt(number), m.group(3).strip());
  }
}
