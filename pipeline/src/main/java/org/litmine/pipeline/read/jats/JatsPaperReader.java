package org.litmine.pipeline.read.jats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.document.Caption;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.PaperBuilder;
import org.litmine.pipeline.document.Reference;
import org.litmine.pipeline.document.Table;
import org.litmine.pipeline.read.DocIds;
import org.litmine.pipeline.read.PaperReader;
import org.litmine.pipeline.read.ReadException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads JATS XML as PubMed Central ships it ({@code *.xml}, {@code *.nxml}). Title, authors and DOI come from
 * {@code article-meta}; the abstract becomes a section "Abstract"; each {@code sec} of the body and back matter a
 * section (nested ones level 2) with its {@code p} and list items as paragraphs, the declarations kept in the
 * metadata after the body ({@link JatsDeclarations}); {@code fig} and
 * {@code table-wrap} anywhere become captions and tables (rows of {@code th}/{@code td} cells); {@code ref-list}
 * entries become references numbered by their label or position.
 */
public final class JatsPaperReader implements PaperReader {

  private static final String[] FLOATS = {"fig", "table-wrap", "fig-group", "table-wrap-group"};

  @Override
  public String format() {
    return "jats";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.endsWith(".nxml") || fileName.endsWith(".xml");
  }

  /** The root element's name in the first bytes of an XML file, after the prolog, comments and doctype. */
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][-\\w.:]*)");

  @Override
  public Optional<String> unlikelyReadable(Path path) {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(16 * 1024);
    } catch (IOException e) {
      return Optional.empty();
    }
    String text = new String(head, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>", "")
        .replaceAll("(?s)<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>", "");
    Matcher root = ROOT.matcher(text);
    if (!root.find()) {
      return Optional.empty();
    }
    String name = root.group(1).substring(root.group(1).indexOf(':') + 1);
    return name.equals("article") ? Optional.empty()
        : Optional.of("is not JATS (its root element is <" + root.group(1) + ">, not <article>)");
  }

  @Override
  public Paper read(Path path, String sha256) throws ReadException {
    Document xml = JatsXml.parse(path);
    Element article = xml.getDocumentElement();
    if (article == null || !article.getTagName().equals("article")) {
      throw new ReadException("not JATS: the root element is not <article>");
    }
    PaperBuilder builder = new PaperBuilder();
    Element meta = JatsXml.descendants(article, "article-meta").stream().findFirst().orElse(null);
    String title = null;
    String doi = null;
    if (meta != null) {
      title = JatsXml.descendants(meta, "article-title").stream().findFirst()
          .map(t -> JatsXml.text(t, false)).orElse(null);
      doi = JatsXml.children(meta, "article-id").stream()
          .filter(e -> e.getAttribute("pub-id-type").equals("doi")).findFirst()
          .map(e -> JatsXml.text(e, false).toLowerCase(Locale.ROOT)).orElse(null);
      builder.authors(authors(meta));
      for (Element abs : JatsXml.children(meta, "abstract")) {
        if (abs.getAttribute("abstract-type").isEmpty()) {
          builder.heading("Abstract", 1);
          sectionContent(builder, abs, 1);
        }
      }
    }
    Element body = JatsXml.child(article, "body");
    if (body != null) {
      builder.heading("Body", 1);
      sectionContent(builder, body, 0);
    }
    if (meta != null) {
      JatsDeclarations.add(builder, meta);
    }
    Element back = JatsXml.child(article, "back");
    if (back != null) {
      for (Element part : JatsXml.children(back, null)) {
        if (part.getTagName().equals("sec") || part.getTagName().equals("ack")
            || part.getTagName().equals("app-group") || part.getTagName().equals("fn-group")) {
          section(builder, part, 1, part.getTagName().equals("ack") ? "Acknowledgments" : "Notes");
        }
      }
      JatsXml.descendants(back, "ref").forEach(ref -> builder.reference(reference(ref)));
    }
    floats(builder, article);
    Paper paper = builder.build(DocIds.of(path, Optional.ofNullable(doi)), path.toString(), sha256, format(), 0,
        title, doi);
    if (paper.sections().isEmpty()) {
      throw new ReadException("empty article: no abstract or body text");
    }
    return paper;
  }

  private static List<String> authors(Element meta) {
    List<String> names = new ArrayList<>();
    for (Element contrib : JatsXml.descendants(meta, "contrib")) {
      if (!contrib.getAttribute("contrib-type").equals("author")) {
        continue;
      }
      Element name = JatsXml.child(contrib, "name");
      if (name != null) {
        String given = Optional.ofNullable(JatsXml.child(name, "given-names")).map(e -> JatsXml.text(e, false))
            .orElse("");
        String surname = Optional.ofNullable(JatsXml.child(name, "surname")).map(e -> JatsXml.text(e, false))
            .orElse("");
        names.add((given + " " + surname).strip());
      } else {
        Optional.ofNullable(JatsXml.child(contrib, "collab")).ifPresent(c -> names.add(JatsXml.text(c, false)));
      }
    }
    return names;
  }

  private static void section(PaperBuilder builder, Element sec, int level, String fallback) {
    Element title = JatsXml.child(sec, "title");
    String name = title == null ? fallback : JatsXml.text(title, false);
    Element label = JatsXml.child(sec, "label");
    if (label != null && title != null) {
      name = JatsXml.text(label, false) + " " + name;
    }
    builder.heading(name, Math.min(level, 2));
    sectionContent(builder, sec, level);
  }

  private static void sectionContent(PaperBuilder builder, Element parent, int level) {
    for (Element child : JatsXml.children(parent, null)) {
      switch (child.getTagName()) {
        case "p" -> builder.paragraph(JatsXml.text(child, false, FLOATS), 0);
        case "sec" -> section(builder, child, level + 1, "Section");
        case "list" -> JatsXml.descendants(child, "list-item")
            .forEach(item -> builder.paragraph(JatsXml.text(item, false, FLOATS), 0));
        case "disp-quote", "boxed-text", "statement" -> sectionContent(builder, child, level);
        default -> { }
      }
    }
  }

  private static void floats(PaperBuilder builder, Element article) {
    for (Element fig : JatsXml.descendants(article, "fig")) {
      builder.caption(new Caption("figure", label(fig, "Figure"), 0, captionText(fig)));
    }
    for (Element wrap : JatsXml.descendants(article, "table-wrap")) {
      String label = label(wrap, "Table");
      String caption = captionText(wrap);
      List<List<String>> rows = new ArrayList<>();
      for (Element tr : JatsXml.descendants(wrap, "tr")) {
        List<String> cells = new ArrayList<>();
        for (Element cell : JatsXml.children(tr, null)) {
          if (cell.getTagName().equals("td") || cell.getTagName().equals("th")) {
            cells.add(JatsXml.text(cell, false));
          }
        }
        rows.add(cells);
      }
      builder.table(new Table(label, caption, 0, rows));
      builder.caption(new Caption("table", label, 0, caption));
    }
  }

  private static String label(Element element, String fallback) {
    Element label = JatsXml.child(element, "label");
    return label == null ? fallback : JatsXml.text(label, false).replaceAll("[.:]$", "");
  }

  private static String captionText(Element element) {
    Element caption = JatsXml.child(element, "caption");
    if (caption == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Element part : JatsXml.children(caption, null)) {
      parts.add(JatsXml.text(part, false));
    }
    return parts.isEmpty() ? JatsXml.text(caption, false) : String.join(" ", parts);
  }

  private static Reference reference(Element ref) {
    Element label = JatsXml.child(ref, "label");
    int number = 0;
    if (label != null) {
      String digits = JatsXml.text(label, false).replaceAll("\\D", "");
      number = digits.isEmpty() || digits.length() > 6 ? 0 : Integer.parseInt(digits);
    }
    List<String> parts = new ArrayList<>();
    for (Element citation : JatsXml.children(ref, null)) {
      if (!citation.getTagName().equals("label")) {
        parts.add(JatsXml.text(citation, true));
      }
    }
    return new Reference(number, String.join(" ", parts).replaceAll("\\s+([.,;:])", "$1"));
  }
}
