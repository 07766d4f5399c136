package org.litmine.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litmine.pipeline.document.PaperBuilder;

/**
 * The whole layout analysis of a PDF, from glyphs to a filled {@link PaperBuilder}: segments per page, running
 * headers and footers removed, body style measured, columns, tables and figure labels found, lines put in
 * reading order, the title block read, then headings, paragraphs, captions, tables and references assembled.
 */
public final class PdfLayout {

  private final FrontMatter front;
  private final int pages;

  private PdfLayout(FrontMatter front, int pages) {
    this.front = front;
    this.pages = pages;
  }

  /** Analyses the pages and fills the builder; returns the front matter found (title, authors, DOI). */
  public static PdfLayout analyse(List<PageGlyphs> glyphs, PaperBuilder builder) {
    List<PageText> raw = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (PageGlyphs page : glyphs) {
      List<Segment> segments = SegmentBuilder.build(page);
      raw.add(new PageText(page.number(), page.width(), page.height(), segments));
      segments.forEach(s -> texts.add(s.text()));
    }
    if (raw.isEmpty()) {
      return new PdfLayout(new FrontMatter(null, List.of(), null, 0), 0);
    }
    List<PageText> pages = RunningLines.remove(raw);
    BodyStyle body = BodyStyle.of(pages);
    Hyphenation hyphenation = new Hyphenation(texts);
    TableFinder tables = new TableFinder(body, hyphenation);
    List<Columns> columns = pages.stream().map(p -> Columns.detect(p, body)).toList();
    Map<Integer, List<TableFinder.Found>> found = tables.find(pages, columns);
    List<Line> lines = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      PageText page = pages.get(p);
      Set<Segment> inTables = Collections.newSetFromMap(new IdentityHashMap<>());
      found.getOrDefault(p, List.of()).forEach(f -> inTables.addAll(f.consumed()));
      Set<Segment> labels = FigureLabels.find(page, columns.get(p), body, inTables);
      PageText text = page.withSegments(page.segments().stream().filter(s -> !labels.contains(s)).toList());
      lines.addAll(ReadingOrder.lines(text, columns.get(p), found.getOrDefault(p, List.of())));
    }
    FrontMatter front = FrontMatter.of(lines, raw.get(0), body);
    List<Line> rest = lines.subList(front.dropped(), lines.size());
    new PaperAssembler(body, hyphenation, new Headings(body, rest), builder).assemble(rest);
    builder.authors(front.authors());
    return new PdfLayout(front, raw.size());
  }

  public FrontMatter front() {
    return front;
  }

  public int pages() {
    return pages;
  }
}
