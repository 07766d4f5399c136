package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litmine.pipeline.document.Caption;
import org.litmine.pipeline.document.PaperBuilder;
import org.litmine.pipeline.document.Table;
import org.litmine.pipeline.read.ReferenceHeadings;

/**
 * Walks the lines of a paper in reading order and builds its structure: headings open sections, running-text
 * lines are joined into paragraphs, captions and tables are set apart, and after the reference heading the lines
 * (or from the first entry of a numbered list that no heading opens, {@link UnheadedReferences}) go to the
 * {@link ReferenceList}, until a heading or a line opening with a known section name as a run-in heading
 * ("Conflict of Interest Statement: ..."). Text set clearly smaller than the running text outside captions and the
 * reference list (footnotes, figure labels, licence lines) is left out of the prose, unless the section's heading
 * is set as small (back matter: acknowledgements, competing interests). Paragraphs of the article's metadata after
 * the first heading (dates, citation and licence lines: {@link MetadataParagraphs}) are left out, and so is a
 * heading that reads as metadata ("Cite this as: ..."). Declarations printed before the first heading
 * ("Funding: ...", {@link FrontDeclarations}) become sections after the body. A heading that
 * opens material printed with the article but not part of it (peer-review reports, see {@link SectionNames})
 * leaves the lines out until the next known section name; before the body has started (a side box of the first
 * page), until the next heading. A paragraph goes on across a column or page break, and around a figure, unless
 * the next line is indented or the last one ended short.
 */
public final class PaperAssembler {

  private final BodyStyle body;
  private final Hyphenation hyphenation;
  private final Headings headings;
  private final FrontSection front = new FrontSection();
  private final FrontDeclarations declarations = new FrontDeclarations();
  private final MetadataParagraphs metadata = MetadataParagraphs.standard();
  private final PaperBuilder builder;
  private final ReferenceList references;
  private final StringBuilder paragraph = new StringBuilder();
  private final StringBuilder declaration = new StringBuilder();
  private Line lastDeclarationLine;
  private int paragraphPage;
  private Line lastProse;
  private boolean inFront = true;
  private boolean inReferences;
  private boolean smallSection;
  private boolean bodyStarted;
  private Skip skip = Skip.NONE;
  private Line lastHeading;

  /**
   * Whether lines are being left out as material that is not part of the article, and until what: the next known
   * section name (peer review after the body), or any heading (a side box of the first page).
   */
  private enum Skip { NONE, TO_SECTION_NAME, TO_HEADING }

  public PaperAssembler(BodyStyle body, Hyphenation hyphenation, Headings headings, PaperBuilder builder) {
    this.body = body;
    this.hyphenation = hyphenation;
    this.headings = headings;
    this.builder = builder;
    this.references = new ReferenceList(hyphenation);
  }

  /** Reads all lines, then hands the finished parts to the builder. */
  public void assemble(List<Line> lines) {
    int i = 0;
    while (i < lines.size()) {
      Line line = lines.get(i);
      if (line.table() != null) {
        if (skip == Skip.NONE) {
          addTable(line.table());
        }
        i++;
      } else if (headings.isHeading(line) && !continuesParagraph(line)) {
        i = heading(lines, i);
      } else if (skip != Skip.NONE) {
        i++;
      } else if (startsCaption(line)) {
        i = caption(lines, i);
      } else if (!inReferences && bodyStarted && UnheadedReferences.startAt(lines, i)) {
        endParagraph();
        inReferences = true;
        references.add(line);
        i++;
      } else if (inReferences && runInSectionName(line).isPresent()) {
        runInSection(line, runInSectionName(line).get());
        i++;
      } else if (inReferences) {
        references.add(line);
        i++;
      } else {
        if ((!body.small(line.first()) || smallSection) && !figureLike(line)) {
          prose(line);
        } else if (inFront) {
          frontSmallLine(line);
        }
        i++;
      }
    }
    endParagraph();
    if (inFront) {
      front.emit(builder);
    }
    endDeclaration();
    declarations.emit(builder);
    references.entries().forEach(builder::reference);
  }

  /**
   * A line set small before the first heading (a margin box of the first page) is left out, unless it opens a
   * declaration ("Funding: ...") or goes on with one: those lines are kept as a paragraph for {@link #declarations}.
   */
  private void frontSmallLine(Line line) {
    boolean goesOn = lastDeclarationLine != null && line.page() == lastDeclarationLine.page()
        && line.column() == lastDeclarationLine.column() && !startsNewParagraph(lastDeclarationLine, line);
    if (!goesOn) {
      endDeclaration();
    }
    if (goesOn || declarations.opens(line.text())) {
      hyphenation.append(declaration, line.text());
      lastDeclarationLine = line;
    }
  }

  private void endDeclaration() {
    if (declaration.length() > 0) {
      declarations.take(declaration.toString(), lastDeclarationLine.page());
      declaration.setLength(0);
    }
    lastDeclarationLine = null;
  }

  private boolean continuesParagraph(Line line) {
    return lastProse != null && paragraph.length() > 0 && line.bold() && !body.large(line.first())
        && Math.abs(line.size() - lastProse.size()) < 0.3f && line.page() == lastProse.page()
        && line.column() == lastProse.column() && line.base() - lastProse.base() < lastProse.size() * 1.5f;
  }

  private int heading(List<Line> lines, int start) {
    Line first = lines.get(start);
    StringBuilder text = new StringBuilder(first.text());
    int i = start + 1;
    Line previous = first;
    while (i < lines.size() && lines.get(i).styleKey().equals(first.styleKey()) && headings.isHeading(lines.get(i))
        && lines.get(i).page() == previous.page() && lines.get(i).base() > previous.base()
        && lines.get(i).base() - previous.base() < previous.size() * 1.6f) {
      hyphenation.append(text, lines.get(i).text());
      previous = lines.get(i);
      i++;
    }
    endParagraph();
    endDeclaration();
    String name = text.toString().strip();
    lastProse = null;
    lastHeading = previous;
    if (metadata.isMetadata(name)) {
      return i;
    }
    if (headings.opensNonArticleMatter(name)) {
      skip = bodyStarted ? Skip.TO_SECTION_NAME : Skip.TO_HEADING;
      inReferences = false;
      return i;
    }
    if (skip == Skip.TO_SECTION_NAME && !headings.isSectionName(name)) {
      return i;
    }
    skip = Skip.NONE;
    smallSection = body.small(first.first());
    bodyStarted |= !name.equalsIgnoreCase("abstract");
    if (inFront) {
      inFront = false;
      front.emit(builder);
    }
    if (ReferenceHeadings.opensReferences(name)) {
      inReferences = true;
    } else {
      inReferences = false;
      builder.heading(name, headings.level(first, name));
    }
    return i;
  }

  /**
   * The known section name a line opens with as a run-in heading ("Conflict of Interest Statement: The authors
   * ..."), flush with its column: back matter set after the reference list.
   */
  private Optional<String> runInSectionName(Line line) {
    String text = line.text();
    int colon = text.indexOf(": ");
    if (colon < 0 || Math.abs(line.x0() - line.colLeft()) > 1.5f) {
      return Optional.empty();
    }
    String name = text.substring(0, colon);
    return headings.isSectionName(name) ? Optional.of(name) : Optional.empty();
  }

  private void runInSection(Line line, String name) {
    references.close();
    inReferences = false;
    smallSection = body.small(line.first());
    bodyStarted = true;
    builder.heading(name, 2);
    paragraphPage = line.page();
    hyphenation.append(paragraph, line.text().substring(name.length() + 1).strip());
    lastProse = line;
  }

  private boolean startsCaption(Line line) {
    Optional<CaptionStart> start = CaptionStart.of(line.text());
    if (start.isEmpty()) {
      return false;
    }
    boolean setApart = line.startsBold() || Math.abs(line.size() - body.size()) > 0.3f
        || !line.first().font().equals(body.font());
    boolean insideParagraph = lastProse != null && paragraph.length() > 0 && !endsShort(lastProse)
        && line.page() == lastProse.page() && line.column() == lastProse.column() && line.base() > lastProse.base()
        && line.base() - lastProse.base() <= body.lineSpacing() * 1.5f
        && Math.abs(line.size() - lastProse.size()) < 0.3f;
    boolean opensBlock = !insideParagraph;
    return setApart && opensBlock;
  }

  private int caption(List<Line> lines, int start) {
    Line first = lines.get(start);
    CaptionStart label = CaptionStart.of(first.text()).orElseThrow();
    StringBuilder text = new StringBuilder(label.rest());
    int i = start + 1;
    Line previous = first;
    while (i < lines.size()) {
      Line next = lines.get(i);
      boolean sameBlock = next.page() == previous.page() && next.base() > previous.base()
          && next.base() - previous.base() < previous.size() * 1.8f && Math.abs(next.size() - first.size()) < 0.6f
          && next.table() == null && (!headings.isHeading(next) || next.startsInLowerCase())
          && CaptionStart.of(next.text()).isEmpty()
          && (Math.abs(next.x0() - first.x0()) < first.size() * 3 || next.column() == first.column());
      if (!sameBlock || (Math.abs(first.size() - body.size()) < 0.3f && indentedOrAfterShort(previous, next))) {
        break;
      }
      hyphenation.append(text, next.text());
      previous = next;
      i++;
    }
    builder.caption(new Caption(label.kind(), label.label(), first.page(), text.toString().strip()));
    return i;
  }

  private void addTable(TableBlock table) {
    String caption = table.caption();
    builder.table(new Table(table.label(), caption, table.page(), table.rows()));
    String full = table.notes().isEmpty() ? caption : caption + " " + table.notes();
    builder.caption(new Caption("table", table.label(), table.page(), full.strip()));
  }

  private void prose(Line line) {
    if (lastProse != null && paragraph.length() > 0 && startsNewParagraph(lastProse, line)) {
      endParagraph();
    }
    if (paragraph.length() == 0) {
      paragraphPage = line.page();
    }
    hyphenation.append(paragraph, line.text());
    lastProse = line;
  }

  /**
   * Whether a line looks like a label inside a figure rather than running text: segments far apart on one
   * baseline, or a short line that neither goes on from a full line of an open paragraph nor follows a heading.
   */
  private boolean figureLike(Line line) {
    List<Segment> segments = line.segments();
    for (int k = 1; k < segments.size(); k++) {
      if (segments.get(k).x0() - segments.get(k - 1).x1() > line.size() * 1.5f) {
        return true;
      }
    }
    float columnWidth = line.colRight() - line.colLeft();
    if (line.x1() - line.x0() >= columnWidth * 0.5f) {
      return false;
    }
    boolean afterHeading = lastHeading != null && lastProse == null && lastHeading.page() == line.page()
        && line.base() > lastHeading.base() && line.base() - lastHeading.base() < lastHeading.size() * 3f;
    boolean continuation = lastProse != null && paragraph.length() > 0
        && Math.abs(lastProse.size() - line.size()) < 0.6f && !endsShort(lastProse)
        && lastProse.x1() >= lastProse.colRight() - lastProse.size() * 2f
        && (lastProse.page() != line.page() || lastProse.column() != line.column()
            || (line.base() > lastProse.base() && line.base() - lastProse.base() < body.lineSpacing() * 1.6f));
    return !(afterHeading || continuation);
  }

  private boolean startsNewParagraph(Line previous, Line line) {
    if (Math.abs(previous.size() - line.size()) > 0.6f) {
      return true;
    }
    if (indentedOrAfterShort(previous, line)) {
      return true;
    }
    boolean sameColumn = previous.page() == line.page() && previous.column() == line.column()
        && line.base() > previous.base();
    return sameColumn && line.base() - previous.base() > Math.max(body.lineSpacing(), previous.size() * 1.1f) * 1.35f;
  }

  private static boolean indentedOrAfterShort(Line previous, Line line) {
    float indent = line.x0() - line.colLeft();
    boolean indented = indent > line.size() * 0.6f && indent < line.size() * 6f;
    return indented || endsShort(previous);
  }

  private static boolean endsShort(Line line) {
    String text = line.text();
    char last = text.charAt(text.length() - 1);
    boolean terminal = last == '.' || last == '?' || last == '!' || last == ':' || last == ')' || last == ']';
    return terminal && line.x1() < line.colRight() - line.size() * 1.5f;
  }

  private void endParagraph() {
    if (paragraph.length() == 0) {
      return;
    }
    if (inFront) {
      if (!declarations.take(paragraph.toString(), paragraphPage)) {
        front.add(paragraph.toString(), paragraphPage);
      }
    } else if (!metadata.isMetadata(paragraph.toString())) {
      builder.paragraph(paragraph.toString(), paragraphPage);
    }
    paragraph.setLength(0);
  }
}
