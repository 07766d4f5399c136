package org.litmine.pipeline.fidelity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.read.pdf.SectionNames;

/**
 * Puts an extracted paper's sections in the order of its reference's sections before words are compared in order.
 * A section whose name the reference has (numbering, case and punctuation aside) moves to the reference's place of
 * it; any other section stays right after the section before it. Publishers print back matter (acknowledgements,
 * competing interests, contributions) in another order than their XML lists it, and the comparison in order would
 * otherwise count a section read whole and in its place as lost and added.
 */
public final class SectionOrder {

  private SectionOrder() {}

  public static Paper follow(Paper paper, List<String> referenceSections) {
    if (referenceSections.isEmpty()) {
      return paper;
    }
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < referenceSections.size(); i++) {
      rank.putIfAbsent(SectionNames.key(referenceSections.get(i)), i);
    }
    record Placed(double rank, int index, Section section) {}
    List<Placed> placed = new ArrayList<>();
    double previous = -1;
    for (int i = 0; i < paper.sections().size(); i++) {
      Section section = paper.sections().get(i);
      Integer r = rank.get(SectionNames.key(section.name()));
      previous = r != null ? r : previous;
      placed.add(new Placed(previous, i, section));
    }
    placed.sort(Comparator.comparingDouble(Placed::rank).thenComparingInt(Placed::index));
    List<Section> sections = placed.stream().map(Placed::section).toList();
    return new Paper(paper.doc(), paper.path(), paper.sha256(), paper.format(), paper.pages(), paper.title(),
        paper.authors(), paper.doi(), sections, paper.tables(), paper.captions(), paper.references(), paper.notes());
  }
}
