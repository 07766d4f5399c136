package org.litmine.pipeline.read.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.read.ReadException;

class JatsPaperReaderTest {

  private static final String ARTICLE = """
      <?xml version="1.0"?>
      <!DOCTYPE article PUBLIC "-//NLM//DTD JATS//EN" "http://127.0.0.1:9/never-fetched.dtd" [
        <!ENTITY secret SYSTEM "file:///etc/hostname">
      ]>
      <article><front><article-meta>
        <article-id pub-id-type="pmcid">1</article-id><article-id pub-id-type="doi">10.1155/2016/TEST</article-id>
        <title-group><article-title>Notch and ER<italic>α</italic></article-title></title-group>
        <contrib-group><contrib contrib-type="author"><name><surname>Acar</surname><given-names>Ahmet</given-names>
        </name></contrib></contrib-group>
        <abstract><p>Short abstract.</p></abstract>
      </article-meta></front>
      <body><sec><title>1. Introduction</title><p>Notch binds ER<sup>+</sup> cells [<xref>1</xref>].&secret;</p>
        <sec><title>1.1. Detail</title><p>Second level.</p>
        <table-wrap><label>Table 1</label><caption><title>Doses.</title></caption><table>
        <tr><th>Drug</th><th>Dose</th></tr><tr><td>5-fluorouracil</td><td>10 mg</td></tr></table></table-wrap>
        </sec></sec></body>
      <back><ack><p>Thanks.</p></ack><ref-list><ref id="B1"><label>1</label><element-citation>
        <person-group><name><surname>Smith</surname><given-names>J</given-names></name></person-group>
        <article-title>Title</article-title></element-citation></ref></ref-list></back></article>
      """;

  @Test
  void readsStructureWithoutFetchingAnything(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.nxml");
    Files.writeString(file, ARTICLE);
    Paper paper = new JatsPaperReader().read(file, "x");
    assertEquals("10.1155/2016/test", paper.doi());
    assertEquals("Notch and ERα", paper.title());
    assertEquals(java.util.List.of("Ahmet Acar"), paper.authors());
    assertEquals(java.util.List.of("Abstract", "1. Introduction", "1.1. Detail", "Acknowledgments"),
        paper.sections().stream().map(Section::name).toList());
    assertEquals(2, paper.sections().get(2).level());
    String intro = paper.sections().get(1).paragraphs().get(0).text();
    assertEquals("Notch binds ER+ cells [1].", intro);
    assertFalse(paper.sections().stream().anyMatch(s -> s.paragraphs().stream()
        .anyMatch(p -> p.text().contains("Doses"))), "table kept out of the prose");
    assertEquals(java.util.List.of(java.util.List.of("Drug", "Dose"), java.util.List.of("5-fluorouracil", "10 mg")),
        paper.tables().get(0).rows());
    assertEquals(1, paper.references().size());
    assertTrue(paper.references().get(0).text().startsWith("Smith J"));
  }

  @Test
  void declarationsKeptInTheMetadataBecomeSectionsAfterTheBody(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("d.xml");
    Files.writeString(file, """
        <article><front><article-meta>
          <author-notes><corresp>a@b.org</corresp><fn fn-type="equal"><p>Equal contributors.</p></fn>
            <fn fn-type="con"><p>AB wrote the paper.</p></fn>
            <fn fn-type="conflict"><p><bold>Competing interests: </bold>None were disclosed.</p></fn></author-notes>
          <funding-group><award-group><funding-source>NSF</funding-source></award-group>
            <funding-statement>Funded by the NSF.</funding-statement></funding-group>
        </article-meta></front>
        <body><sec><title>Results</title><p>Text.</p></sec></body>
        <back><ack><p>Thanks.</p></ack></back></article>
        """);
    Paper paper = new JatsPaperReader().read(file, "x");
    assertEquals(java.util.List.of("Results", "Author contributions", "Competing interests", "Funding",
        "Acknowledgments"), paper.sections().stream().map(Section::name).toList());
    assertEquals("None were disclosed.", paper.sections().get(2).paragraphs().get(0).text());
    assertEquals("Funded by the NSF.", paper.sections().get(3).paragraphs().get(0).text());
  }

  @Test
  void rejectsBrokenXml(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("b.xml");
    Files.writeString(file, "<article><body>");
    ReadException e = assertThrows(ReadException.class, () -> new JatsPaperReader().read(file, "x"));
    assertTrue(e.getMessage().startsWith("not well-formed XML"));
    assertFalse(e.getMessage().contains("\n"));
  }
}
