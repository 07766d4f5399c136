package org.litmine.pipeline.fidelity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.document.Caption;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.PaperBuilder;
import org.litmine.pipeline.document.Reference;
import org.litmine.pipeline.document.Table;
import org.litmine.pipeline.read.ReadException;
import org.litmine.pipeline.read.jats.JatsXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads BioMed Central's own article XML (root {@code art}, DTD {@code www.biomedcentral.com/xml/article.dtd}) as a
 * fidelity reference, into the same shape as a JATS twin: the abstract ({@code fm/abs}, its parts' paragraphs) as
 * one section "Abstract"; each {@code sec} of the body ({@code bdy}) and of the back matter's acknowledgements
 * ({@code bm/ack}) a section named by its {@code st} title (nested ones level 2) with its {@code p} as paragraphs;
 * {@code table} and {@code fig} as tables and captions (title and caption text); {@code bm/refgrp/bibl} counted as
 * references. Only the reference side of the benchmark needs it: litmine does not read this format as input.
 */
public final class BmcArtXml {

  private static final Pattern LABEL = Pattern.compile("^(Table|Figure|Fig\\.?)\\s*(\\d+)[.:]?\\s*");
  private static final String[] FLOATS = {"table", "fig", "suppl"};

  private BmcArtXml() {}

  /** Whether a parsed XML document is in BMC's {@code art} format. */
  public static boolean isArt(Document xml) {
    return xml.getDocumentElement() != null && xml.getDocumentElement().getTagName().equals("art");
  }

  public static Paper read(Path path) throws ReadException {
    Document xml = JatsXml.parse(path);
    if (!isArt(xml)) {
      throw new ReadException("not BMC art XML: the root element is not <art>");
    }
    Element art = xml.getDocumentElement();
    PaperBuilder builder = new PaperBuilder();
    Element fm = JatsXml.child(art, "fm");
    Element abs = fm == null ? null : JatsXml.child(fm, "abs");
    if (abs != null) {
      builder.heading("Abstract", 1);
      JatsXml.descendants(abs, "p").stream().filter(p -> !p.getParentNode().getNodeName().equals("st"))
          .forEach(p -> builder.paragraph(JatsXml.text(p, false), 0));
    }
    Element bdy = JatsXml.child(art, "bdy");
    if (bdy != null) {
      builder.heading("Body", 1);
      sections(builder, bdy, 1);
    }
    Element bm = JatsXml.child(art, "bm");
    if (bm != null) {
      for (Element ack : JatsXml.children(bm, "ack")) {
        sections(builder, ack, 1);
      }
      JatsXml.descendants(bm, "refgrp").forEach(group -> JatsXml.children(group, "bibl")
          .forEach(bibl -> builder.reference(new Reference(0, JatsXml.text(bibl, true)))));
    }
    floats(builder, art);
    return builder.build(path.getFileName().toString(), path.toString(), "", "art", 0, title(fm), null);
  }

  private static void sections(PaperBuilder builder, Element parent, int level) {
    for (Element child : JatsXml.children(parent, null)) {
      switch (child.getTagName()) {
        case "sec" -> {
          Element st = JatsXml.child(child, "st");
          builder.heading(st == null ? "Section" : JatsXml.text(st, false), Math.min(level, 2));
          sections(builder, child, level + 1);
        }
        case "p" -> builder.paragraph(JatsXml.text(child, false, FLOATS), 0);
        default -> { }
      }
    }
  }

  private static void floats(PaperBuilder builder, Element art) {
    for (Element fig : JatsXml.descendants(art, "fig")) {
      builder.caption(new Caption("figure", label(fig, "Figure"), 0, captionText(fig)));
    }
    for (Element table : JatsXml.descendants(art, "table")) {
      List<List<String>> rows = new ArrayList<>();
      for (Element row : JatsXml.descendants(table, "row")) {
        rows.add(JatsXml.children(row, "entry").stream().map(e -> JatsXml.text(e, false)).toList());
      }
      String label = label(table, "Table");
      builder.table(new Table(label, captionText(table), 0, rows));
      builder.caption(new Caption("table", label, 0, captionText(table)));
    }
  }

  /** BMC titles read "Table 1" or "Figure 2" followed by the caption's title. */
  private static String label(Element element, String fallback) {
    Element title = JatsXml.child(element, "title");
    String text = title == null ? "" : JatsXml.text(title, false);
    Matcher m = LABEL.matcher(text);
    return m.find() ? fallback + " " + m.group(2) : fallback;
  }

  private static String captionText(Element element) {
    List<String> parts = new ArrayList<>();
    for (String tag : new String[] {"title", "caption"}) {
      Element part = JatsXml.child(element, tag);
      if (part != null) {
        parts.add(JatsXml.text(part, false));
      }
    }
    return LABEL.matcher(String.join(" ", parts)).replaceFirst("");
  }

  private static String title(Element fm) {
    if (fm == null) {
      return null;
    }
    return JatsXml.descendants(fm, "title").stream().findFirst().map(t -> JatsXml.text(t, false)).orElse(null);
  }
}
