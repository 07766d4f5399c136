package org.litmine.pipeline.read.jats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.litmine.pipeline.read.ReadException;
import org.litmine.pipeline.read.pdf.TextNormalizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Safe parsing of JATS XML and small DOM helpers. The JDK's own parser is used with the DTD never fetched and
 * external entities and XInclude off, so a file cannot make the reader touch the network or the disk; the DOCTYPE
 * line that PubMed Central (and BioMed Central's {@code art} format) files carry is allowed but ignored.
 */
public final class JatsXml {

  private JatsXml() {}

  public static Document parse(Path path) throws ReadException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      try (InputStream in = Files.newInputStream(path)) {
        return builder.parse(in);
      }
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (SAXException e) {
      throw new ReadException("not well-formed XML: " + oneLine(e.getMessage()), e);
    } catch (IOException e) {
      throw new ReadException("cannot read file: " + oneLine(e.getMessage()), e);
    }
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.replaceAll("\\s+", " ").strip();
  }

  /** The element children of a node with the given name (all element children when name is null). */
  public static List<Element> children(Node parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && (name == null || e.getTagName().equals(name))) {
        out.add(e);
      }
    }
    return out;
  }

  public static Element child(Node parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** All descendants with the given tag, in document order. */
  public static List<Element> descendants(Element root, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = root.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /**
   * The text of an element, normalized. Inline markup adds nothing; with {@code spaced} every element boundary
   * is a word break (for citations, whose parts are elements without spaces between them). Elements named in
   * {@code skip} (floating figures and tables inside a paragraph) are left out.
   */
  public static String text(Node node, boolean spaced, String... skip) {
    StringBuilder out = new StringBuilder();
    append(out, node, spaced, List.of(skip));
    return TextNormalizer.normalize(out.toString());
  }

  private static void append(StringBuilder out, Node node, boolean spaced, List<String> skip) {
    NodeList nodes = node.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(n.getNodeValue());
      } else if (n instanceof Element e && !skip.contains(e.getTagName())) {
        if (spaced) {
          out.append(' ');
        }
        append(out, e, spaced, skip);
        if (spaced) {
          out.append(' ');
        }
      }
    }
  }
}
