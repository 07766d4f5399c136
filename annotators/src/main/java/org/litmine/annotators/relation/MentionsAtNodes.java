package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litmine.annotators.classify.SlotKinds;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/** The mentions a rule's matched gene and drug nodes stand for. */
final class MentionsAtNodes {

  private MentionsAtNodes() {}

  /** The gene or family mention covering a node, if any. */
  static Optional<BioMention> geneAt(List<BioMention> mentions, IndexedWord node) {
    if (node == null) {
      return Optional.empty();
    }
    int token = node.index() - 1;
    return mentions.stream().filter(m -> SlotKinds.fillsGeneSlot(m) && m.covers(token)).findFirst();
  }

  /**
   * The named drug covering the node, or every class whose head word the node is, or that covers the node where the
   * node is tagged as a class word ("BRAF" in "BRAF and MEK inhibitors").
   */
  static List<BioMention> drugsAt(List<BioMention> mentions, IndexedWord node) {
    if (node == null) {
      return List.of();
    }
    int token = node.index() - 1;
    List<BioMention> drugs = new ArrayList<>();
    boolean classToken = EntityType.DRUG_CLASS.name().equals(node.ner());
    for (BioMention m : mentions) {
      boolean drug = m.type().isDrugLike() && m.covers(token);
      boolean classHead = m.type() == EntityType.DRUG_CLASS && m.tokenEnd() - 1 == token;
      boolean classWord = m.type() == EntityType.DRUG_CLASS && classToken && m.covers(token);
      if (drug || classHead || classWord) {
        drugs.add(m);
      }
    }
    return drugs;
  }
}
