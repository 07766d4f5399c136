package org.litmine.pipeline.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.HeadlessChromium;

/**
 * Writes {@code summary.html} for a hand-made run folder (one fact in two papers, one in one paper, a trial, a skip
 * and a failure) and opens it in headless Chromium: the screenshot must show the grouped triples with their evidence
 * (the marked gene and drug, the effect's colour), the rendered page must hold the facts most-supported first with
 * their sentences, sections and pages, the trial, the skip and the failure, and the address's filter must hide the
 * other facts. The same run gives the same bytes.
 */
class SummaryRenderIT {

  private static final int MARK = 0xffe08a;
  private static final int RESISTANCE = 0xc0392b;

  @TempDir
  Path tmp;

  private HeadlessChromium chromium;
  private Path run;

  @BeforeEach
  void writeRun() throws Exception {
    chromium = HeadlessChromium.orSkip(tmp, "summary.html");
    run = Files.createDirectories(tmp.resolve("run"));
    Files.writeString(run.resolve("documents.jsonl"), String.join("\n",
        "{\"doc\":\"10.1/a\",\"path\":\"c/a.pdf\",\"sha256\":\"x\",\"format\":\"pdf\",\"pages\":3,"
            + "\"title\":\"Trastuzumab resistance in breast cancer\",\"sections\":[]}",
        "{\"doc\":\"pmid2\",\"path\":\"c/pmid2.txt\",\"sha256\":\"y\",\"format\":\"text\",\"pages\":0,"
            + "\"title\":\"HER2 and lapatinib\",\"sections\":[]}") + "\n");
    Files.writeString(run.resolve("triples.jsonl"), String.join("\n",
        triple("10.1/a", "ERBB2", "trastuzumab", "resistance", "Loss of PTEN makes HER2 tumours resist trastuzumab"
            + " in the clinic.", "HER2", "trastuzumab", "Results", 2),
        triple("10.1/a", "IGF1R", "dalotuzumab", "inhibits", "Dalotuzumab blocks IGF-IR signalling.", "IGF-IR",
            "Dalotuzumab", "Introduction", 1),
        triple("pmid2", "ERBB2", "trastuzumab", "resistance", "Cells overexpressing ErbB2 became resistant to"
            + " trastuzumab.", "ErbB2", "trastuzumab", "Abstract", 0)) + "\n");
    Files.writeString(run.resolve("trials.jsonl"), "{\"doc\":\"pmid2\",\"arm\":\"lapatinib\",\"drug\":\"lapatinib\","
        + "\"combination\":[\"capecitabine\"],\"cancerType\":\"breast cancer\",\"phase\":\"3\",\"participants\":324,"
        + "\"trialId\":\"NCT00078572\",\"ref\":null,\"status\":null,\"results\":[{\"metric\":\"ORR\",\"value\":22.0,"
        + "\"unit\":\"%\",\"ciLow\":null,\"ciHigh\":null,\"arm\":\"lapatinib\"}],\"source\":\"text\"}\n");
    Files.writeString(run.resolve("failures.jsonl"), String.join("\n",
        "{\"path\":\"c/a.onecolumn.pdf\",\"stage\":\"find\",\"error\":\"same paper as c/a.pdf (same DOI, 10.1/a),"
            + " read once from pdf\",\"detail\":null}",
        "{\"path\":\"c/bad.pdf\",\"stage\":\"read\",\"error\":\"not a PDF: the file is an HTML page\",\"detail\":null}")
        + "\n");
    RunSummary.write(run, "c", "test", new RunSummary.Counts(4, 2, 1, 1), Set.of("c/a.onecolumn.pdf"));
  }

  private static String triple(String doc, String gene, String drug, String effect, String sentence, String geneText,
      String drugText, String section, int page) {
    return "{\"doc\":\"" + doc + "\",\"gene\":\"" + gene + "\",\"drug\":\"" + drug + "\",\"drugKind\":\"drug\","
        + "\"effect\":\"" + effect + "\",\"negated\":false,\"hedged\":false,\"confidence\":0.9,\"evidence\":[{"
        + "\"sentence\":\"" + sentence + "\",\"section\":\"" + section + "\",\"page\":" + page + ",\"start\":0,"
        + "\"end\":10,\"geneText\":\"" + geneText + "\",\"drugText\":\"" + drugText + "\",\"rule\":\"r\","
        + "\"hedged\":false}]}";
  }

  @Test
  void theScreenshotShowsGroupedTriplesWithTheirMarkedEvidence() throws Exception {
    Path png = tmp.resolve("summary.png");
    chromium.run("--screenshot=" + png, "--window-size=1000,900", run.resolve(RunSummary.FILE).toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image != null, "Chromium wrote no readable screenshot at " + png);
    int ink = HeadlessChromium.pixels(image, rgb -> rgb != 0xffffff);
    int marked = HeadlessChromium.pixels(image, rgb -> HeadlessChromium.near(rgb, MARK));
    int resistance = HeadlessChromium.pixels(image, rgb -> HeadlessChromium.near(rgb, RESISTANCE));
    int pixels = image.getWidth() * image.getHeight();
    assertTrue(ink > pixels / 50, "the screenshot is blank: " + ink + " non-white pixels of " + pixels);
    assertTrue(marked > 6 * 150, "the six marked mentions of the evidence are not on screen: " + marked + " pixels");
    assertTrue(resistance > 300, "no 'resistance' badge on screen: " + resistance + " pixels");
  }

  @Test
  void thePageGroupsTriplesAcrossPapersWithEvidenceTrialsSkipsAndFailures() throws Exception {
    String dom = chromium.run("--dump-dom", run.resolve(RunSummary.FILE).toUri().toString());
    assertEquals(List.of("ERBB2|trastuzumab|resistance|2", "IGF1R|dalotuzumab|inhibits|1"), facts(dom),
        "one row per fact, most papers first");
    assertTrue(dom.contains("Loss of PTEN makes <mark>HER2</mark> tumours resist <mark>trastuzumab</mark> in the"
        + " clinic."), "evidence with its mentions marked");
    assertTrue(dom.contains("— Results, page 2"), "section and page");
    assertTrue(dom.contains("Trastuzumab resistance in breast cancer"), "the paper's title");
    assertTrue(dom.contains("<td>lapatinib + capecitabine</td>") && dom.contains("ORR 22%"), "the trial");
    assertTrue(dom.contains("<td>c/a.onecolumn.pdf</td><td>same paper as c/a.pdf"), "the skip");
    assertTrue(dom.contains("<td>c/bad.pdf</td><td>read</td>"), "the failure");
    assertTrue(dom.contains("<b>4</b> inputs") && dom.contains("<b>1</b> skipped"), "the run's counts");
  }

  @Test
  void theFiltersOfTheAddressHideTheOtherFacts() throws Exception {
    String dom = chromium.run("--dump-dom", run.resolve(RunSummary.FILE).toUri() + "#gene=erbb2&effect=resistance");
    assertTrue(dom.contains("<span id=\"shown\">1</span> of 2 facts shown"), dom);
    assertTrue(Pattern.compile("<tbody class=\"triple\" data-gene=\"IGF1R\"[^>]*hidden").matcher(dom).find());
    assertTrue(Pattern.compile("<tbody class=\"triple\" data-gene=\"ERBB2\"[^>h]*>").matcher(dom).find());
  }

  @Test
  void theSameRunGivesTheSameBytes() throws Exception {
    byte[] first = Files.readAllBytes(run.resolve(RunSummary.FILE));
    RunSummary.write(run, "c", "test", new RunSummary.Counts(4, 2, 1, 1), Set.of("c/a.onecolumn.pdf"));
    assertEquals(new String(first), Files.readString(run.resolve(RunSummary.FILE)));
  }

  private static List<String> facts(String dom) {
    Matcher m = Pattern.compile("<tbody class=\"triple\" data-gene=\"([^\"]*)\" data-drug=\"([^\"]*)\" "
        + "data-effect=\"([^\"]*)\"[^>]*>\\s*<tr class=\"head\">(?:<td[^>]*>.*?</td>){3}<td class=\"n\">(\\d+)</td>")
        .matcher(dom);
    List<String> facts = new java.util.ArrayList<>();
    while (m.find()) {
      facts.add(m.group(1) + "|" + m.group(2) + "|" + m.group(3) + "|" + m.group(4));
    }
    return facts;
  }
}
