package org.litmine.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SamePapersTest {

  private static final String ABSTRACT = "Insulin-like growth factors (IGFs) play important roles in mammalian growth,"
      + " development, aging, and diseases. Aberrant IGFs signaling may lead to malignant transformation and tumor"
      + " progression, thus providing the rationale for targeting IGF axis in cancer. However, clinical trials of the"
      + " type I IGF receptor (IGF-IR)-targeted agents have been largely disappointing.";
  private static final String OTHER = "Sorafenib induces endoplasmic reticulum stress in hepatocellular carcinoma"
      + " cells through the PERK arm of the unfolded protein response, and blocking PERK sensitizes the cells to"
      + " sorafenib in culture and in mouse xenografts, which suggests a combination worth a clinical trial.";

  /** A document whose id is its DOI, else its path. */
  /** {@code words} distinct words: {@code stem0 stem1 ...}. */
  private static String words(String stem, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(stem).append(i).append(' ');
    }
    return text.toString();
  }

  private static SamePapers.Doc doc(String path, String format, String doi, String text) {
    return new SamePapers.Doc(path, doi != null ? doi.toLowerCase() : path, format, doi, SamePapers.shingles(text));
  }

  @Test
  void onePaperInThreeFilesIsReadOnceFromThePdfThatStatesItsDoi() {
    SamePapers same = SamePapers.compare(List.of(
        doc("review/hua.pdf", "pdf", "10.1186/s13045-020-00904-3", "Insulin-like growth factor receptor " + ABSTRACT
            + words("igf", 200)),
        doc("review/hua.onecolumn.pdf", "pdf", null, "Insulin-like growth factor receptor " + ABSTRACT
            + words("igf", 200)),
        doc("review/hua.publisher.txt", "text", null, "REVIEW Open Access Hui Hua " + ABSTRACT + words("igf", 150)
            + "Keywords"),
        doc("jats/perk.nxml", "jats", null, OTHER + words("perk", 200))));

    assertEquals(Set.of("review/hua.onecolumn.pdf", "review/hua.publisher.txt"), same.skipped().keySet());
    assertEquals("same paper as review/hua.pdf (same opening text: 100% of the five-word sequences of its title and"
        + " first 600 words), read once from pdf", same.skipped().get("review/hua.onecolumn.pdf").error());
    assertEquals("find", same.skipped().get("review/hua.publisher.txt").stage());
    assertEquals(Set.of("review/hua.onecolumn.pdf", "review/hua.publisher.txt"), same.skippedDocs());
  }

  @Test
  void oneDoiInTwoFormatsKeepsTheJatsAndTheLinesOfTheirSharedId() {
    SamePapers same = SamePapers.compare(List.of(
        doc("a/paper.pdf", "pdf", "10.1/x", "a short pdf text"),
        doc("b/article.nxml", "jats", "10.1/X", "the publisher's words")));

    assertEquals("same paper as b/article.nxml (same DOI, 10.1/x), read once from jats",
        same.skipped().get("a/paper.pdf").error());
    assertEquals(Set.of(), same.skippedDocs(), "10.1/x is the kept document's id too");
  }

  @Test
  void papersSharingAnAbstractsWorthOfTextAndShortTextsStayApart() {
    SamePapers same = SamePapers.compare(List.of(
        doc("a.txt", "text", null, ABSTRACT + words("a", 300)),
        doc("b.txt", "text", null, ABSTRACT + words("b", 300)),
        doc("c.txt", "text", null, "Trastuzumab resistance " + words("short", 100)),
        doc("d.txt", "text", null, "Trastuzumab resistance " + words("short", 100))));

    assertEquals(Set.of(), same.skipped().keySet());
  }
}
