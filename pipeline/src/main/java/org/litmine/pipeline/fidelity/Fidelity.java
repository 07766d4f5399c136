package org.litmine.pipeline.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.litmine.pipeline.document.Caption;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.read.PaperReaders;
import org.litmine.pipeline.read.ReadException;
import org.litmine.pipeline.read.jats.JatsPaperReader;
import org.litmine.pipeline.read.jats.JatsXml;

/**
 * Measures how faithfully a paper was read. The reference is a publisher's plain text ({@code .txt}, see
 * {@link PublisherText}), a JATS XML twin ({@code .xml}/{@code .nxml}, read with {@link JatsPaperReader}) or a BMC
 * {@code art} XML twin ({@link BmcArtXml}). Words are compared in reading order by longest common subsequence:
 * recall is the share of reference words found, precision the share of extracted words that belong. Two
 * comparisons are made: <em>structure</em>, the body words in named sections (every section but the front matter
 * and the abstract, against the twin's body and back sections), and <em>text recovery</em>, the words of every
 * section, front matter and abstract included, against all of the twin's text. Sections are first put in the
 * twin's order of them ({@link SectionOrder}): back matter printed in another order is not a reading error. A figure caption matches when 90% of the reference
 * caption's words are found in order in an extracted caption of the same label.
 */
public final class Fidelity {

  private Fidelity() {}

  public static FidelityReport measure(Path paperPath, Path referencePath) throws ReadException, IOException {
    Paper paper = PaperReaders.all().read(paperPath);
    return measure(paper, readReference(referencePath), paperPath.toString(), referencePath.toString());
  }

  public static ReferenceDoc readReference(Path path) throws ReadException, IOException {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return PublisherText.read(Files.readString(path, StandardCharsets.UTF_8));
    }
    if (name.endsWith(".xml") || name.endsWith(".nxml")) {
      return ReferenceDoc.of(BmcArtXml.isArt(JatsXml.parse(path)) ? BmcArtXml.read(path)
          : new JatsPaperReader().read(path, PaperReaders.sha256(path)));
    }
    throw new ReadException("reference must be a publisher .txt, a JATS .xml/.nxml or a BMC art .xml file");
  }

  public static FidelityReport measure(Paper extracted, ReferenceDoc reference, String paperName, String refName) {
    Paper paper = SectionOrder.follow(extracted, reference.sections());
    List<String> want = Words.of(reference.body());
    List<String> got = Words.of(ReferenceDoc.bodyBlocks(paper, reference.withAbstract()));
    int common = Lcs.length(want, got);
    List<String> wantText = Words.of(reference.text());
    List<String> gotText = Words.of(ReferenceDoc.allBlocks(paper));
    WordMatch text = new WordMatch(wantText.size(), gotText.size(), Lcs.length(wantText, gotText));
    List<TableScore> tables = reference.tables().stream().map(t -> TableScore.of(t, paper.tables())).toList();
    List<Caption> wantFigures = figures(reference.captions());
    List<Caption> gotFigures = figures(paper.captions());
    int matched = 0;
    for (Caption c : wantFigures) {
      List<String> words = Words.of(c.text());
      boolean found = gotFigures.stream().filter(g -> g.label().equalsIgnoreCase(c.label()))
          .anyMatch(g -> Lcs.length(words, Words.of(g.text())) >= 0.9 * words.size());
      matched += found ? 1 : 0;
    }
    return new FidelityReport(paperName, refName, new WordMatch(want.size(), got.size(), common), text, tables,
        wantFigures.size(), gotFigures.size(), matched, reference.references(), paper.references().size());
  }

  private static List<Caption> figures(List<Caption> captions) {
    return captions.stream().filter(c -> c.kind().equals("figure")).toList();
  }
}
