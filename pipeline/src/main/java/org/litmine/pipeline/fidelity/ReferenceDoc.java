package org.litmine.pipeline.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litmine.pipeline.document.Caption;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.document.Table;

/**
 * What a paper's extraction is compared with: the body text as blocks in reading order (headings and
 * paragraphs), the tables, the captions and the number of references. {@code withAbstract} says whether the body
 * includes the abstract, so the extracted side is cut the same way.
 */
public record ReferenceDoc(List<String> body, List<Table> tables, List<Caption> captions, int references,
    boolean withAbstract) {

  /** The reference read from a structured paper (a JATS twin): its body and back sections, without the abstract. */
  public static ReferenceDoc of(Paper paper) {
    return new ReferenceDoc(bodyBlocks(paper, false), paper.tables(), paper.captions(), paper.references().size(),
        false);
  }

  /**
   * The body blocks of a paper: for each section its heading and paragraphs, leaving out the "Front" matter
   * (affiliations, dates), the placeholder heading "Body", and the abstract unless asked for.
   */
  public static List<String> bodyBlocks(Paper paper, boolean withAbstract) {
    List<String> blocks = new ArrayList<>();
    for (Section section : paper.sections()) {
      String name = section.name().toLowerCase(Locale.ROOT);
      if (name.equals("front") || (!withAbstract && name.equals("abstract"))) {
        continue;
      }
      if (!name.equals("body")) {
        blocks.add(section.name());
      }
      section.paragraphs().stream().map(Paragraph::text).forEach(blocks::add);
    }
    return blocks;
  }
}
