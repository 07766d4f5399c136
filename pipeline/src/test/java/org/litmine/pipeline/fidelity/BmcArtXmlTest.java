package org.litmine.pipeline.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BmcArtXmlTest {

  private static final String ART = """
      <?xml version='1.0'?>
      <!DOCTYPE art SYSTEM 'http://www.biomedcentral.com/xml/article.dtd'>
      <art><fm><bibl><title><p>A title</p></title></bibl>
      <abs><sec><st><p>Abstract</p></st><sec><st><p>Background</p></st><p>Why we did it.</p></sec></sec></abs></fm>
      <bdy><sec><st><p>Methods</p></st><p>We counted <it>words</it>.</p>
      <sec><st><p>Samples</p></st><p>Ten samples.</p>
      <table id="T1"><title><p>Table 1</p></title><caption><p>Counts</p></caption>
      <tgroup><tbody><row><entry><p>A</p></entry><entry><p>1</p></entry></row></tbody></tgroup></table></sec></sec>
      </bdy><bm><ack><sec><st><p>Acknowledgements</p></st><p>Thanks.</p></sec></ack>
      <refgrp><bibl id="B1"><title><p>One</p></title></bibl><bibl id="B2"><title><p>Two</p></title></bibl></refgrp>
      </bm></art>
      """;

  @Test
  void readsBodyBackMatterTablesAndReferencesWithoutTheAbstract(@TempDir Path dir) throws Exception {
    Path xml = dir.resolve("fulltext.xml");
    Files.writeString(xml, ART.strip());
    ReferenceDoc doc = Fidelity.readReference(xml);
    assertEquals(List.of("Methods", "We counted words.", "Samples", "Ten samples.", "Acknowledgements", "Thanks."),
        doc.body());
    assertEquals(List.of("Abstract", "Why we did it."), doc.text().subList(0, 2));
    assertEquals(List.of(List.of("A", "1")), doc.tables().get(0).rows());
    assertEquals("Table 1", doc.tables().get(0).label());
    assertEquals(2, doc.references());
  }
}
