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
 * paragraphs), all the text (abstract included), the names of the body's sections in order (empty when the
 * reference has no sections), the tables, the captions and the number of references.
 * {@code withAbstract} says whether the body includes the abstract, so the extracted side is cut the same way.
 */
public record ReferenceDoc(List<String> body, List<String> text, List<String> sections, List<Table> tables,
    List<Caption> captions, int references, boolean withAbstract) {

  /** The reference read from a structured paper (an XML twin): its body and back sections, without the abstract. */
  public static ReferenceDoc of(Paper paper) {
    List<String> sections = new ArrayList<>();
    bodySections(paper, false, true).forEach(section -> sections.add(section.name()));
    return new ReferenceDoc(bodyBlocks(paper, false, true), allBlocks(paper), sections, paper.tables(),
        paper.captions(), paper.references().size(), false);
  }

  /**
   * The body blocks of an extracted paper: for each named section its heading and paragraphs, leaving out the
   * "Front" matter (affiliations, dates), the placeholder heading "Body", and the abstract unless asked for.
   */
  public static List<String> bodyBlocks(Paper paper, boolean withAbstract) {
    return bodyBlocks(paper, withAbstract, false);
  }

  /**
   * As {@link #bodyBlocks(Paper, boolean)}; with {@code abstractParts} the level-2 sections right after the
   * abstract are its parts ("Background", "Methods" of a structured abstract in an XML twin) and left out with it.
   */
  static List<String> bodyBlocks(Paper paper, boolean withAbstract, boolean abstractParts) {
    List<String> blocks = new ArrayList<>();
    bodySections(paper, withAbstract, abstractParts).forEach(section -> addSection(blocks, section));
    return blocks;
  }

  private static List<Section> bodySections(Paper paper, boolean withAbstract, boolean abstractParts) {
    List<Section> body = new ArrayList<>();
    boolean inAbstract = false;
    for (Section section : paper.sections()) {
      String name = section.name().toLowerCase(Locale.ROOT);
      if (name.equals("abstract") || section.level() == 1 || !abstractParts) {
        inAbstract = name.equals("abstract");
      }
      if (name.equals("front") || (!withAbstract && inAbstract)) {
        continue;
      }
      body.add(section);
    }
    return body;
  }

  /** Every block of text the paper has in its sections, front matter and abstract included. */
  public static List<String> allBlocks(Paper paper) {
    List<String> blocks = new ArrayList<>();
    paper.sections().forEach(section -> addSection(blocks, section));
    return blocks;
  }

  private static void addSection(List<String> blocks, Section section) {
    String name = section.name().toLowerCase(Locale.ROOT);
    if (!name.equals("body") && !name.equals("front")) {
      blocks.add(section.name());
    }
    section.paragraphs().stream().map(Paragraph::text).forEach(blocks::add);
  }
}
